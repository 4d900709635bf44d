import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { Vault } from './vault'
import type { UnreadableRecord } from './recordStore'
import { dumpIndexedDb } from '../../tests/support/idbDump'
import { kindOfAsync } from '../../tests/support/vaultKit'

let sodium: Sodium
let name: string
let vault: Vault
let reported: UnreadableRecord[]

beforeAll(async () => {
  sodium = await loadSodium()
})

beforeEach(() => {
  name = `vault-test-${Math.random().toString(36).slice(2)}`
  reported = []
  vault = new Vault({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
    onUnreadable: (rows) => reported.push(...rows),
  })
})

describe('the vault', () => {
  it('creates, stores records, locks and unlocks with the passphrase', async () => {
    expect(await vault.exists()).toBe(false)
    const code = await vault.create('a long passphrase')
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
    await vault.records.put('journal', 'o1', { company: 'Globex', salary: 61000 })
    vault.lock()
    expect(await kindOfAsync(() => vault.records.get('journal', 'o1'))).toBe('locked')
    await vault.unlock('a long passphrase')
    expect(await vault.records.get('journal', 'o1')).toEqual({ company: 'Globex', salary: 61000 })
  })

  it('zeroes the keys on lock', async () => {
    await vault.create('pw')
    const keys = vault.requireKeys()
    const copies = [keys.dataKey, keys.records, keys.backups]
    vault.lock()
    for (const key of copies) expect(key.every((b) => b === 0)).toBe(true)
  })

  it('rejects a wrong passphrase or recovery code with typed errors and writes nothing', async () => {
    const code = await vault.create('right passphrase')
    await vault.records.put('contacts', 'c1', { name: 'Ada' })
    vault.lock()
    const before = await dumpIndexedDb(name)
    expect(await kindOfAsync(() => vault.unlock('wrong passphrase'))).toBe('wrong-passphrase')
    const wrongCode = code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
    expect(await kindOfAsync(() => vault.resetWithRecoveryCode(wrongCode, 'new'))).toBe(
      'wrong-recovery-code',
    )
    expect(await kindOfAsync(() => vault.resetWithRecoveryCode('nonsense', 'new'))).toBe(
      'invalid-recovery-code',
    )
    expect(await dumpIndexedDb(name)).toBe(before)
    expect(vault.unlocked).toBe(false)
  })

  it('resets the passphrase with the recovery code, keeping every record', async () => {
    const code = await vault.create('forgotten')
    await vault.records.put('notes', 'n1', 'remember this')
    vault.lock()
    await vault.resetWithRecoveryCode(code.toLowerCase(), 'fresh passphrase')
    expect(await vault.records.get('notes', 'n1')).toBe('remember this')
    vault.lock()
    expect(await kindOfAsync(() => vault.unlock('forgotten'))).toBe('wrong-passphrase')
    await vault.unlock('fresh passphrase')
    await vault.resetWithRecoveryCode(code, 'again')
  })

  it('changes the passphrase after checking the current one, re-encrypting every record', async () => {
    await vault.create('old one')
    await vault.records.put('notes', 'n1', { a: 1 })
    const before = await dumpIndexedDb(name)
    expect(await kindOfAsync(() => vault.changePassphrase('not it', 'new one'))).toBe(
      'wrong-passphrase',
    )
    expect(await dumpIndexedDb(name)).toBe(before)
    expect(await vault.changePassphrase('old one', 'new one')).toBeNull()
    const rowsBefore = JSON.stringify(JSON.parse(before).records)
    expect(JSON.stringify(JSON.parse(await dumpIndexedDb(name)).records)).not.toBe(rowsBefore)
    vault.lock()
    expect(await kindOfAsync(() => vault.unlock('old one'))).toBe('wrong-passphrase')
    await vault.unlock('new one')
    expect(await vault.records.get('notes', 'n1')).toEqual({ a: 1 })
  })

  it('reports a damaged row, keeps it, and still loads the others', async () => {
    await vault.create('pw')
    await vault.records.put('journal', 'good', { ok: true })
    await vault.records.put('journal', 'bad', { ok: false })
    const db = new VaultDb(name)
    const row = await db.records.get(['journal', 'bad'])
    if (!row) throw new Error('row missing')
    row.ciphertext[40] = (row.ciphertext[40] ?? 0) ^ 1
    await db.records.put(row)
    const { records, unreadable } = await vault.records.all('journal')
    expect(records).toEqual([{ id: 'good', value: { ok: true } }])
    expect(unreadable).toEqual([{ table: 'journal', id: 'bad', kind: 'corrupt-record' }])
    expect(reported).toEqual(unreadable)
    expect(await db.records.get(['journal', 'bad'])).toBeDefined()
    expect(await vault.records.scan()).toEqual(unreadable)
  })

  it('reports a record that decrypts but fails its schema like a damaged one, and keeps it', async () => {
    await vault.create('pw')
    const profile = { name: 'Sam Taylor', email: '', phone: '', currentJob: null }
    await vault.records.put('profile', 'me', profile)
    // A date that does not exist: the record opens, but is not a profile.
    await vault.records.put('profile', 'old', {
      ...profile,
      currentJob: { serviceStart: '2026-02-30' },
    })
    const { records, unreadable } = await vault.records.all('profile')
    expect(records).toEqual([{ id: 'me', value: profile }])
    expect(unreadable).toEqual([{ table: 'profile', id: 'old', kind: 'invalid-record' }])
    expect(reported).toEqual(unreadable)
    expect(await kindOfAsync(() => vault.records.get('profile', 'old'))).toBe('invalid-record')
    expect(await new VaultDb(name).records.get(['profile', 'old'])).toBeDefined()
    expect(await vault.records.scan()).toEqual(unreadable)
  })

  it('refuses a ciphertext moved to another id or table', async () => {
    await vault.create('pw')
    await vault.records.put('journal', 'a', { salary: 1 })
    const db = new VaultDb(name)
    const row = await db.records.get(['journal', 'a'])
    if (!row) throw new Error('row missing')
    await db.records.put({ ...row, id: 'b' })
    await db.records.put({ ...row, table: 'contacts' })
    expect(await kindOfAsync(() => vault.records.get('journal', 'b'))).toBe('corrupt-record')
    expect(await kindOfAsync(() => vault.records.get('contacts', 'a'))).toBe('corrupt-record')
  })
})
