/**
 * The manifest and write counters against an attacker (or a fault) with access to the disk:
 * an older copy of one row put back, a row deleted, the manifest or the whole database put back
 * from an older copy, a row copied in. Real libsodium, fake IndexedDB, and main's copy of the
 * generation held in memory.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { sealRecord } from '@shared/vault/recordEnvelope'
import { utf8 } from '@shared/vault/bytes'
import { VaultDb, type MetaRow, type RecordRow } from './db'
import { memoryKeeper } from './keeper'
import type { IntegrityNotice } from './manifestStore'
import { MANIFEST_INDEX_KEY } from './manifestRows'
import { Vault } from './vault'
import type { UnreadableRecord } from './recordStore'
import { kindOfAsync } from '../../tests/support/vaultKit'
import { relockWatched, watchedVault } from '../../tests/support/rendererVault'

const PASSPHRASE = 'correct horse battery staple'
const TABLE = 'journal'

let sodium: Sodium
let db: VaultDb
let keeper: ReturnType<typeof memoryKeeper>
let vault: Vault
let reported: UnreadableRecord[]
let notices: IntegrityNotice[]

beforeAll(async () => {
  sodium = await loadSodium()
})

async function newVault(): Promise<Vault> {
  const made = await watchedVault(db, keeper)
  reported = made.reported
  notices = made.notices
  return made.vault
}

beforeEach(async () => {
  db = new VaultDb(`integrity-${Math.random().toString(36).slice(2)}`)
  keeper = memoryKeeper()
  vault = await newVault()
  await vault.create(PASSPHRASE)
})

/** Everything in the database: a copy of the profile folder's IndexedDB at this moment. */
async function snapshot(): Promise<{ records: RecordRow[]; meta: MetaRow[] }> {
  return { records: await db.records.toArray(), meta: await db.meta.toArray() }
}

/** Puts a snapshot back in place of everything in the database, as a disk rollback would. */
async function putBack(copy: { records: RecordRow[]; meta: MetaRow[] }): Promise<void> {
  await db.transaction('rw', db.records, db.meta, async () => {
    await db.records.clear()
    await db.meta.clear()
    await db.records.bulkPut(copy.records)
    await db.meta.bulkPut(copy.meta)
  })
}

/** Locks and unlocks the vault; `reported` and `notices` then hold what the unlock found. */
const relock = (): Promise<void> => relockWatched({ vault, reported, notices }, PASSPHRASE)

const renée = { company: 'Société Générale Côte-d’Ivoire', interviewer: 'Renée Ø. Laurent-Núñez' }
const laterRenée = { ...renée, outcome: 'second round booked for 14 January 2025' }

describe('a record put back from an older copy', () => {
  it('is reported as rolled back, kept as it is, and not saved over', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    await vault.records.put(TABLE, 'globex-2', { company: 'Globex GmbH', salary: 6_100_000 })
    const older = await db.records.get([TABLE, 'acme-1'])
    await vault.records.put(TABLE, 'acme-1', laterRenée)
    await db.records.put(older!)
    await relock()

    const contents = await vault.records.all(TABLE)
    expect(contents.records.map((r) => r.id)).toEqual(['globex-2'])
    expect(contents.unreadable).toEqual([
      { table: TABLE, id: 'acme-1', kind: 'rolled-back-record' },
    ])
    expect(reported).toContainEqual({ table: TABLE, id: 'acme-1', kind: 'rolled-back-record' })
    expect(await kindOfAsync(() => vault.records.get(TABLE, 'acme-1'))).toBe('rolled-back-record')
    expect(await kindOfAsync(() => vault.records.put(TABLE, 'acme-1', renée))).toBe(
      'unreadable-kept',
    )
    // The old copy stays on disk, untouched, until the user allows saving over it.
    expect((await db.records.get([TABLE, 'acme-1']))!.ciphertext).toEqual(older!.ciphertext)
    vault.records.allowReplacing(TABLE, 'acme-1')
    await vault.records.put(TABLE, 'acme-1', laterRenée)
    await relock()
    expect(await vault.records.get(TABLE, 'acme-1')).toEqual(laterRenée)
    expect(reported).toEqual([])
  })

  it('is told apart from a read that began before a save in the same session', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    const reading = vault.records.all(TABLE)
    await vault.records.put(TABLE, 'acme-1', laterRenée)
    expect((await reading).unreadable).toEqual([])
    expect(reported).toEqual([])
  })
})

describe('a record deleted outside the app', () => {
  it('is reported as missing until the user accepts it is gone', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    await vault.records.put(TABLE, 'initech-3', { company: 'Initech', stage: 'rejected' })
    await db.records.delete([TABLE, 'initech-3'])
    await relock()
    expect((await vault.records.all(TABLE)).records.map((r) => r.id)).toEqual(['acme-1'])
    expect(reported).toEqual([{ table: TABLE, id: 'initech-3', kind: 'missing-record' }])
    expect(await vault.records.scan()).toEqual([
      { table: TABLE, id: 'initech-3', kind: 'missing-record' },
    ])
    // Deleting through the app is not a loss: only the outside deletion is reported.
    await vault.records.remove(TABLE, 'acme-1')
    await vault.records.forgetMissing(TABLE, 'initech-3')
    await relock()
    expect(await vault.records.all(TABLE)).toEqual({ records: [], unreadable: [] })
    expect(reported).toEqual([])
  })
})

describe('a row the manifest does not list', () => {
  it('is reported as unlisted, even when sealed under the vault’s own key', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    const keys = vault.requireKeys()
    const planted = sealRecord(
      sodium,
      keys.records,
      keys.keyId,
      TABLE,
      'planted',
      utf8(JSON.stringify({ company: 'Umbrella' })),
      1,
    )
    await db.records.put({ table: TABLE, id: 'planted', ciphertext: planted })
    await relock()
    expect((await vault.records.all(TABLE)).unreadable).toEqual([
      { table: TABLE, id: 'planted', kind: 'unlisted-record' },
    ])
  })
})

describe('the manifest or the whole database put back from an older copy', () => {
  it('is caught by the generation main keeps, with the number of lost saves', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    const copy = await snapshot()
    await vault.records.put(TABLE, 'acme-1', laterRenée)
    await vault.records.put(TABLE, 'globex-2', { company: 'Globex GmbH' })
    await vault.records.manifest.settled()
    await putBack(copy)
    await relock()
    // The old copy is consistent with itself: only the generation main keeps gives it away.
    expect(await vault.records.get(TABLE, 'acme-1')).toEqual(renée)
    expect(notices).toEqual([{ kind: 'vault-rolled-back', saves: 2 }])
    // The next save goes above main's generation, so the warning is not repeated after it.
    await vault.records.put(TABLE, 'acme-1', laterRenée)
    await relock()
    await vault.records.all(TABLE)
    expect(notices).toEqual([])
  })

  it('reports the rows newer than an older manifest put back on its own', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    const oldManifest = (await db.meta.toArray()).filter((row) => row.key.startsWith('manifest'))
    await vault.records.put(TABLE, 'acme-1', laterRenée)
    await db.meta.bulkPut(oldManifest)
    await relock()
    expect((await vault.records.all(TABLE)).unreadable).toEqual([
      { table: TABLE, id: 'acme-1', kind: 'unlisted-record' },
    ])
    expect(notices).toEqual([{ kind: 'vault-rolled-back', saves: 1 }])
  })

  it('says so when the manifest is damaged or deleted, and lists the rows afresh', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    const stored = (await db.meta.get(MANIFEST_INDEX_KEY))!.value
    await db.meta.put({
      key: MANIFEST_INDEX_KEY,
      value: stored.replace('"generation":', '"generation":9'),
    })
    await relock()
    expect(await vault.records.get(TABLE, 'acme-1')).toEqual(renée)
    expect(notices).toEqual([{ kind: 'manifest-damaged' }])
    await db.meta.delete(MANIFEST_INDEX_KEY)
    await relock()
    expect(await vault.records.get(TABLE, 'acme-1')).toEqual(renée)
    expect(notices).toEqual([{ kind: 'manifest-missing' }])
    await relock()
    await vault.records.all(TABLE)
    expect(notices).toEqual([])
  })
})

describe('a change of passphrase', () => {
  it('keeps every row’s counter and the manifest, under the new key', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    await vault.records.put(TABLE, 'globex-2', { company: 'Globex GmbH' })
    await vault.changePassphrase(PASSPHRASE, 'a new and longer passphrase')
    await vault.records.manifest.settled()
    vault.lock()
    await vault.unlock('a new and longer passphrase')
    expect((await vault.records.all(TABLE)).records).toHaveLength(2)
    const before = await db.records.get([TABLE, 'acme-1'])
    await vault.records.put(TABLE, 'acme-1', laterRenée)
    await db.records.put(before!)
    await vault.records.manifest.settled()
    vault.lock()
    await vault.unlock('a new and longer passphrase')
    expect(await kindOfAsync(() => vault.records.get(TABLE, 'acme-1'))).toBe('rolled-back-record')
    expect(notices).toEqual([])
  })
})

describe('a vault made after another on the same computer', () => {
  it('starts above the generation main kept, and reports nothing', async () => {
    await vault.records.put(TABLE, 'acme-1', renée)
    await vault.records.manifest.settled()
    const kept = keeper.state.generation
    vault.lock()
    await db.delete()
    db = new VaultDb(`integrity-again-${Math.random().toString(36).slice(2)}`)
    vault = await newVault()
    await vault.create(PASSPHRASE)
    await vault.records.put(TABLE, 'acme-1', renée)
    await relock()
    await vault.records.all(TABLE)
    expect(notices).toEqual([])
    expect(keeper.state.generation).toBeGreaterThan(kept)
  })
})
