/**
 * Where Argon2id runs. In the app: a module worker, so the window keeps painting during the
 * second or so a derivation takes. In tests: in-line.
 */
import { calibrateKdf, deriveKek, type KdfCost, type KdfParams } from '@shared/vault/kdf'
import { VaultError, type VaultErrorKind } from '@shared/vault/errors'
import type { DeriveKek } from '@shared/vault/vaultKeys'
import type { Sodium } from '@shared/vault/sodium'

/** Calibrates and runs the key derivation. */
export interface KdfRunner {
  /** The cost for a new key slot on this machine (about 0.7 s, within floor and cap). */
  calibrate(): Promise<KdfCost>
  derive: DeriveKek
}

/** Messages to the worker. */
export type KdfRequest =
  { id: number; op: 'calibrate' } | { id: number; op: 'derive'; secret: string; params: KdfParams }

/** Messages from the worker. */
export type KdfResponse =
  | { id: number; ok: true; cost?: KdfCost; key?: Uint8Array }
  | { id: number; ok: false; kind: VaultErrorKind | 'internal'; message: string }

/** Derivation on the calling thread. */
export function inlineKdf(sodium: Sodium, now: () => number = () => performance.now()): KdfRunner {
  return {
    calibrate: async () => calibrateKdf(sodium, now),
    derive: async (secret, params) => deriveKek(sodium, secret, params),
  }
}

/** The part of a Worker the runner uses. */
export type KdfWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>

/**
 * Derivation in a module worker, started for each request and ended as soon as nothing is
 * pending: Argon2id's working memory (64 MiB or more, filled from the secret) and libsodium's
 * heap in the worker go with it instead of lingering until the window closes.
 */
export function workerKdf(
  start: () => KdfWorker = () =>
    new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' }),
): KdfRunner {
  let worker: KdfWorker | null = null
  let nextId = 1
  const pending = new Map<number, { resolve: (r: KdfResponse) => void }>()

  function send(
    request: KdfRequest extends infer R
      ? R extends { id: number }
        ? Omit<R, 'id'>
        : never
      : never,
  ): Promise<KdfResponse> {
    if (!worker) {
      const started = start()
      worker = started
      started.onmessage = (event: MessageEvent<KdfResponse>) => {
        pending.get(event.data.id)?.resolve(event.data)
        pending.delete(event.data.id)
        if (pending.size === 0) {
          started.terminate()
          if (worker === started) worker = null
        }
      }
      // A worker that fails to start or crashes must not leave unlock waiting forever.
      worker.onerror = (event) => {
        event.preventDefault()
        for (const [id, { resolve }] of pending) {
          resolve({ id, ok: false, kind: 'internal', message: 'the key derivation worker failed' })
        }
        pending.clear()
        worker?.terminate()
        worker = null
      }
    }
    const id = nextId++
    return new Promise((resolve) => {
      pending.set(id, { resolve })
      worker?.postMessage({ ...request, id })
    })
  }

  function unwrap(response: KdfResponse): KdfResponse & { ok: true } {
    if (response.ok) return response
    if (response.kind === 'internal') throw new Error(response.message)
    throw new VaultError(response.kind, response.message)
  }

  return {
    async calibrate() {
      const { cost } = unwrap(await send({ op: 'calibrate' }))
      if (!cost) throw new Error('worker sent no cost')
      return cost
    },
    async derive(secret, params) {
      const { key } = unwrap(await send({ op: 'derive', secret, params }))
      if (!key) throw new Error('worker sent no key')
      return key
    },
  }
}
