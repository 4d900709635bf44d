/**
 * Main's copy of what the vault needs kept outside its database (KeptVaultState in
 * src-shared/ipc/vault.ts): the header, and the highest manifest generation reported. One small
 * file in the data folder, replaced atomically, writes serialised through one promise chain.
 * Nothing in it is secret: the header holds only salts, costs and wrapped keys, and the
 * generation is a count of saves.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { HostError } from '@shared/ipc/errors'
import { MAX_KEPT_HEADER_CHARS, type KeptVaultState } from '@shared/ipc/vault'
import { decodeVaultHeader } from '@shared/vault/vaultHeader'
import { writeFileAtomic } from '../files/atomicWrite'

/** The file's name inside the data folder. */
export const KEPT_STATE_FILE = 'vault-kept.json'

const fileSchema = v.strictObject({
  format: v.literal('afterview-vault-kept'),
  version: v.literal(1),
  header: v.nullable(v.pipe(v.string(), v.maxLength(MAX_KEPT_HEADER_CHARS))),
  generation: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
})

/** The kept state and the ways to change it. */
export interface KeptStateStore {
  read(): Promise<KeptVaultState>
  /** Keeps `header` (refused with `invalid-payload` unless it reads as a vault header). */
  keepHeader(header: string): Promise<void>
  /** Raises the kept generation to `generation`; a lower one changes nothing. */
  keepGeneration(generation: number): Promise<void>
}

/** The kept state in `dataDir`. A missing or damaged file reads as nothing kept. */
export function keptStateStore(dataDir: string): KeptStateStore {
  const path = join(dataDir, KEPT_STATE_FILE)
  let loaded: Promise<KeptVaultState> | null = null
  let saving: Promise<unknown> = Promise.resolve()

  const load = (): Promise<KeptVaultState> =>
    (loaded ??= (async () => {
      try {
        const parsed = v.safeParse(fileSchema, JSON.parse(await readFile(path, 'utf8')))
        if (parsed.success)
          return { header: parsed.output.header, generation: parsed.output.generation }
      } catch {
        // No file yet, or a damaged one: nothing is kept, and the next change writes it anew.
      }
      return { header: null, generation: 0 }
    })())

  const change = (apply: (state: KeptVaultState) => KeptVaultState | null): Promise<void> => {
    const run = saving
      .catch(() => {})
      .then(async () => {
        const current = await load()
        const next = apply(current)
        if (!next) return
        const text = JSON.stringify({ format: 'afterview-vault-kept', version: 1, ...next })
        await writeFileAtomic(path, new TextEncoder().encode(text))
        loaded = Promise.resolve(next)
      })
    saving = run
    return run
  }

  return {
    read: async () => ({ ...(await load()) }),
    keepHeader(header) {
      try {
        decodeVaultHeader(header)
      } catch {
        return Promise.reject(new HostError('invalid-payload', 'not a vault header'))
      }
      return change((state) => (state.header === header ? null : { ...state, header }))
    },
    keepGeneration: (generation) =>
      change((state) => (generation <= state.generation ? null : { ...state, generation })),
  }
}
