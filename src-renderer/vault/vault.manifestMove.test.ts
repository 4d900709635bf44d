/**
 * A vault written with the single signed manifest (the frozen copy in
 * tests/fixtures/vault-manifest-v1) opens after the manifest was cut into pieces, is moved to
 * pieces on first unlock, and keeps every check the single manifest gave: a record deleted or
 * put back from an older copy, and the single manifest itself put back after the move.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { fromBase64 } from '@shared/vault/bytes'
import { PIECES } from '@shared/vault/manifest'
import { VaultDb, type MetaRow } from './db'
import { memoryKeeper } from './keeper'
import type { IntegrityNotice } from './manifestStore'
import { MANIFEST_INDEX_KEY, SINGLE_MANIFEST_KEY } from './manifestRows'
import type { Vault } from './vault'
import type { UnreadableRecord } from './recordStore'
import { kindOfAsync } from '../../tests/support/vaultKit'
import { relockWatched, watchedVault } from '../../tests/support/rendererVault'

interface SingleManifestVault {
  passphrase: string
  keptGeneration: number
  values: Record<string, unknown>
  meta: MetaRow[]
  records: { table: string; id: string; ciphertextB64: string }[]
}

const frozen = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../tests/fixtures/vault-manifest-v1/single-manifest.json'),
    'utf8',
  ),
) as SingleManifestVault

const rows = () =>
  frozen.records.map((r) => ({ table: r.table, id: r.id, ciphertext: fromBase64(r.ciphertextB64) }))

let db: VaultDb
let keeper: ReturnType<typeof memoryKeeper>
let vault: Vault
let reported: UnreadableRecord[]
let notices: IntegrityNotice[]

beforeEach(async () => {
  db = new VaultDb(`manifest-move-${Math.random().toString(36).slice(2)}`)
  await db.open()
  await db.meta.bulkPut(frozen.meta)
  await db.records.bulkPut(rows())
  keeper = memoryKeeper()
  keeper.state.generation = frozen.keptGeneration
  ;({ vault, reported, notices } = await watchedVault(db, keeper))
})

/** Locks and unlocks the vault; `reported` and `notices` then hold what the unlock found. */
const relock = (): Promise<void> => relockWatched({ vault, reported, notices }, frozen.passphrase)

describe('a vault with the single manifest', () => {
  it('opens with every record, reports nothing, and is moved to pieces', async () => {
    await vault.unlock(frozen.passphrase)
    for (const [name, value] of Object.entries(frozen.values)) {
      const [table, id] = name.split('/') as [string, string]
      expect(await vault.records.get(table, id)).toEqual(value)
    }
    expect(reported).toEqual([])
    expect(notices).toEqual([])
    expect(await db.meta.get(SINGLE_MANIFEST_KEY)).toBeUndefined()
    expect(await db.meta.get(MANIFEST_INDEX_KEY)).toBeDefined()
    const pieces = await db.meta.where('key').startsWith('manifest-piece-').count()
    expect(pieces).toBeGreaterThan(0)
    expect(pieces).toBeLessThanOrEqual(PIECES)
    await relock()
    expect((await vault.records.all('opportunities-x')).records).toHaveLength(2)
    expect(reported).toEqual([])
    expect(notices).toEqual([])
  })

  it('reports a record deleted before the move as missing', async () => {
    await db.records.delete(['opportunities-x', 'b2'])
    await vault.unlock(frozen.passphrase)
    await vault.records.all('opportunities-x')
    expect(reported).toEqual([{ table: 'opportunities-x', id: 'b2', kind: 'missing-record' }])
    await relock()
    await vault.records.all('opportunities-x')
    expect(reported).toContainEqual({ table: 'opportunities-x', id: 'b2', kind: 'missing-record' })
  })

  it('reports a record put back from before the move as rolled back', async () => {
    await vault.unlock(frozen.passphrase)
    await vault.records.put('opportunities-x', 'a1', { company: 'Ørsted A/S', stage: 'accepted' })
    await db.records.put(rows().find((r) => r.id === 'a1')!)
    await relock()
    expect(await kindOfAsync(() => vault.records.get('opportunities-x', 'a1'))).toBe(
      'rolled-back-record',
    )
  })

  it('catches the single manifest put back after the move', async () => {
    await vault.unlock(frozen.passphrase)
    await vault.records.put('notes-x', 'n1', { text: 'Chase Priya on Monday' })
    await vault.records.manifest.settled()
    await db.meta.where('key').startsWith('manifest').delete()
    await db.meta.bulkPut(frozen.meta)
    await relock()
    expect(await kindOfAsync(() => vault.records.get('notes-x', 'n1'))).toBe('unlisted-record')
    expect(notices).toEqual([{ kind: 'vault-rolled-back', saves: 1 }])
  })
})
