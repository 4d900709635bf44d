/**
 * What survives around the manifest: a lost header row put back from main's copy, `create`
 * refused over records, a vault made before manifests upgraded on unlock, and a restore that
 * leaves rows and manifest agreeing, above the generation main kept.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { fromBase64 } from '@shared/vault/bytes'
import { envelopeCounter, RECORD_VERSION } from '@shared/vault/recordEnvelope'
import { VaultDb } from './db'
import { memoryKeeper } from './keeper'
import type { IntegrityNotice } from './manifestStore'
import { MANIFEST_INDEX_KEY } from './manifestRows'
import { Vault } from './vault'
import { HEADER_KEY } from './vaultState'
import { headerLost, recoverHeader } from './headerCopy'
import { createBackup, restoreBackup } from './backups'
import type { UnreadableRecord } from './recordStore'
import { kindOfAsync } from '../../tests/support/vaultKit'
import { watchedVault } from '../../tests/support/rendererVault'

const PASSPHRASE = 'Ünïcode pass phrase for Zoë'
const fixtures = resolve(import.meta.dirname, '../../tests/fixtures/vault-v1')
const frozen = (name: string) => readFileSync(resolve(fixtures, name), 'utf8')

let db: VaultDb
let keeper: ReturnType<typeof memoryKeeper>
let reported: UnreadableRecord[]
let notices: IntegrityNotice[]

beforeEach(() => {
  db = new VaultDb(`header-copy-${Math.random().toString(36).slice(2)}`)
  keeper = memoryKeeper()
  reported = []
  notices = []
})

/** A vault over `over` (this test's database unless given); what it reports joins the lists. */
async function newVault(over = db): Promise<Vault> {
  const made = await watchedVault(over, keeper)
  reported = made.reported
  notices = made.notices
  return made.vault
}

const offer = { company: 'Ørsted A/S', salary: { minor: 7_250_000, currency: 'DKK' } }

describe('a lost header row', () => {
  it('is put back from main’s copy, and create is refused over the records meanwhile', async () => {
    const vault = await newVault()
    await vault.create(PASSPHRASE)
    await vault.records.put('journal', 'orsted', offer)
    vault.lock()
    expect(keeper.state.header).toBe((await db.meta.get(HEADER_KEY))!.value)
    await db.meta.delete(HEADER_KEY)

    expect(await headerLost(db)).toBe(true)
    const fresh = await newVault()
    expect(await kindOfAsync(() => fresh.create('another passphrase'))).toBe('vault-exists')
    await recoverHeader(db, keeper)
    expect(await headerLost(db)).toBe(false)
    await fresh.unlock(PASSPHRASE)
    expect(await fresh.records.get('journal', 'orsted')).toEqual(offer)
    expect(reported).toEqual([])
    expect(await kindOfAsync(() => recoverHeader(db, keeper))).toBe('vault-exists')
  })

  it('is not replaced by a copy that does not fit the records, nor by no copy', async () => {
    const vault = await newVault()
    await vault.create(PASSPHRASE)
    await vault.records.put('journal', 'orsted', offer)
    vault.lock()
    await db.meta.delete(HEADER_KEY)
    expect(await kindOfAsync(() => recoverHeader(db, undefined))).toBe('no-header-copy')
    // Main's copy belongs to another vault (made in another profile on this computer).
    const other = new VaultDb(`header-copy-other-${Math.random().toString(36).slice(2)}`)
    await (await newVault(other)).create('the other vault’s passphrase')
    expect(await kindOfAsync(() => recoverHeader(db, keeper))).toBe('no-header-copy')
    keeper.state.header = '{"format":"afterview-vault"'
    expect(await kindOfAsync(() => recoverHeader(db, keeper))).toBe('no-header-copy')
    expect(await db.meta.get(HEADER_KEY)).toBeUndefined()
    await other.delete()
  })
})

describe('a vault made before manifests', () => {
  it('opens, and its rows are sealed again with a counter and listed, reporting nothing', async () => {
    const manifest = JSON.parse(frozen('manifest.json')) as {
      passphrase: string
      records: { table: string; id: string; envelopeB64: string; value: unknown }[]
    }
    await db.open()
    await db.meta.put({ key: HEADER_KEY, value: frozen('vault-header.json') })
    const old = manifest.records.map((r) => ({
      table: r.table,
      id: r.id,
      ciphertext: fromBase64(r.envelopeB64),
    }))
    await db.records.bulkPut(old)
    const vault = await newVault()
    await vault.unlock(manifest.passphrase)
    for (const r of manifest.records) {
      // 'settings' is read through today's schema (defaults filled in); the others as they were.
      if (r.table === 'settings') expect(await vault.records.get(r.table, r.id)).toBeDefined()
      else expect(await vault.records.get(r.table, r.id)).toEqual(r.value)
    }
    expect(reported).toEqual([])
    expect(notices).toEqual([])
    expect(await db.meta.get(MANIFEST_INDEX_KEY)).toBeDefined()
    for (const row of await db.records.toArray()) {
      expect(row.ciphertext[0]).toBe(RECORD_VERSION)
      expect(envelopeCounter(row.ciphertext)).toBeGreaterThan(0)
    }
    // A version-1 copy put back after the upgrade is an older copy.
    await db.records.put(old[0]!)
    vault.lock()
    await vault.unlock(manifest.passphrase)
    expect(await kindOfAsync(() => vault.records.get(old[0]!.table, old[0]!.id))).toBe(
      'rolled-back-record',
    )
  })
})

describe('a restore', () => {
  it('leaves rows and manifest agreeing, above the generation main kept', async () => {
    const vault = await newVault()
    await vault.create(PASSPHRASE)
    await vault.records.put('journal', 'orsted', offer)
    const backup = await createBackup(vault, [])
    for (let i = 0; i < 3; i++) await vault.records.put('journal', `later-${i}`, { note: i })
    await vault.records.manifest.settled()
    const before = keeper.state.generation
    await restoreBackup(vault, backup.bytes, PASSPHRASE, async () => {})
    await vault.records.manifest.settled()
    expect(keeper.state.generation).toBeGreaterThan(before)
    expect((await vault.records.all('journal')).records.map((r) => r.id)).toEqual(['orsted'])
    vault.lock()
    await vault.unlock(PASSPHRASE)
    expect(await vault.records.all('journal')).toEqual({
      records: [{ id: 'orsted', value: offer }],
      unreadable: [],
    })
    expect(reported).toEqual([])
    expect(notices).toEqual([])
    expect(keeper.state.header).toBe((await db.meta.get(HEADER_KEY))!.value)
  })
})
