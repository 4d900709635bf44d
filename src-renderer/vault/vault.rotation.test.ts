/**
 * Rotation: a passphrase change, a reset with the recovery code and a new recovery code each
 * replace the data key. Proven against what an attacker with the disk has: every header text
 * ever stored (IndexedDB's log files keep old rows) and the raw rows now on disk.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromBase64 } from '@shared/vault/bytes'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { envelopeKeyId, openRecord } from '@shared/vault/recordEnvelope'
import { deriveVaultKeys } from '@shared/vault/subkeys'
import { decodeVaultHeader } from '@shared/vault/vaultHeader'
import { inlineDerive, unlockWithPassphrase, unlockWithRecoveryCode } from '@shared/vault/vaultKeys'
import { VaultDb, type RecordRow } from './db'
import type { RotationStep } from './rotation'
import { HEADER_KEY } from './vaultState'
import { kindOfAsync } from '../../tests/support/vaultKit'
import { killableVault } from '../../tests/support/rendererVault'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const OLD = 'Brontë’s winter passphrase'
const NEW = 'Żaneta’s spring passphrase'

const applications = [
  {
    company: 'Société Générale',
    role: 'Analyste crédit',
    salary: { minor: 6_150_000, currency: 'EUR' },
  },
  {
    company: 'Müller & Söhne GmbH',
    role: 'Produktmanagerin',
    salary: { minor: 7_200_000, currency: 'EUR' },
  },
  {
    company: 'Nordström Logistik',
    role: 'Data engineer',
    salary: { minor: 5_800_000, currency: 'EUR' },
  },
]
const interview = {
  when: '2026-10-14T09:30:00+02:00',
  interviewers: ['Anaïs Lefèvre-Duval', 'Jürgen Oberhäuser', 'Siobhán Ní Bhriain'],
}

/** A vault over database `name`; `steps` hears each rotation step, `stopAt` throws there. */
function vaultOver(name: string, options: { stopAt?: number; steps?: RotationStep[] } = {}) {
  return killableVault(sodium, name, options)
}

async function filledVault() {
  const name = `rotation-${Math.random().toString(36).slice(2)}`
  const vault = vaultOver(name)
  const code = await vault.create(OLD)
  for (const [i, value] of applications.entries())
    await vault.records.put('journal', `a${i}`, value)
  await vault.records.put('notes', 'i1', interview)
  return { name, vault, code }
}

async function headerText(name: string): Promise<string> {
  const db = new VaultDb(name)
  try {
    return (await db.meta.get(HEADER_KEY))!.value
  } finally {
    db.close()
  }
}

async function rawRows(name: string): Promise<RecordRow[]> {
  const db = new VaultDb(name)
  try {
    return await db.records.toArray()
  } finally {
    db.close()
  }
}

/**
 * True when `dataKey` opens `row`. The associated data is public, so the attacker builds it with
 * the row's own key id: only the key itself can make the difference.
 */
function opensWith(dataKey: Uint8Array, keyId: number, row: RecordRow): boolean {
  const keys = deriveVaultKeys(sodium, dataKey.slice(), keyId)
  const claimed = envelopeKeyId(row.ciphertext)!
  try {
    openRecord(sodium, keys.records, claimed, row.table, row.id, row.ciphertext)
    return true
  } catch {
    return false
  }
}

describe('rotation', () => {
  it('after a passphrase change, the old passphrase with every stored header opens nothing on disk', async () => {
    const { name, vault } = await filledVault()
    const stored = [await headerText(name)]
    const rowsBefore = await rawRows(name)
    const steps: RotationStep[] = []
    const watched = vaultOver(name, { steps })
    await watched.unlock(OLD)
    // Keep every header text stored, as IndexedDB's log files would.
    const db = watched.deps.db
    const store = db.putMetaStrict.bind(db)
    db.putMetaStrict = async (row) => {
      if (row.key === HEADER_KEY) stored.push(row.value)
      await store(row)
    }
    await watched.changePassphrase(OLD, NEW)
    await watched.records.put('notes', 'after', { thanks: 'Merci, Anaïs' })
    vault.lock()
    const derive = inlineDerive(sodium)
    const oldKeys: { dataKey: Uint8Array; keyId: number }[] = []
    for (const text of new Set(stored)) {
      const header = decodeVaultHeader(text)
      const key = await unlockWithPassphrase(sodium, header, OLD, derive).catch(() => null)
      if (key) oldKeys.push({ dataKey: key, keyId: header.keyId })
      const journal = header.rotation
      if (journal) {
        const viaJournal = await unlockWithPassphrase(
          sodium,
          { ...header, keyId: journal.keyId, slots: [journal.passphrase] },
          OLD,
          derive,
        ).catch(() => null)
        expect(viaJournal).toBeNull()
      }
    }
    expect(oldKeys.length).toBeGreaterThan(0)
    // The probe is sound: the old key does open what was on disk before the change.
    for (const row of rowsBefore)
      expect(opensWith(oldKeys[0]!.dataKey, oldKeys[0]!.keyId, row)).toBe(true)
    const rows = await rawRows(name)
    expect(rows).toHaveLength(5)
    for (const old of oldKeys)
      for (const row of rows) expect(opensWith(old.dataKey, old.keyId, row)).toBe(false)
    // The new passphrase reads everything, including what was written before the change.
    const reopened = vaultOver(name)
    await reopened.unlock(NEW)
    expect(await reopened.records.get('journal', 'a0')).toEqual(applications[0])
    expect(await reopened.records.get('notes', 'after')).toEqual({ thanks: 'Merci, Anaïs' })
    expect(await kindOfAsync(() => vaultOver(name).unlock(OLD))).toBe('wrong-passphrase')
    expect(steps.map((s) => s.kind)).toEqual([
      'keys-made',
      'journal-stored',
      // Four rows in batches of two, then a second pass that finds nothing left to do.
      'batch-stored',
      'batch-stored',
      'batch-stored',
      'batch-stored',
      'finished',
    ])
  })

  it('a kill at every step of a passphrase change leaves a vault that opens, with every record', async () => {
    const steps: RotationStep[] = []
    const probe = await filledVault()
    await vaultOver(probe.name, { steps })
      .unlock(OLD)
      .then(async () => {})
    const counting = vaultOver(probe.name, { steps })
    await counting.unlock(OLD)
    await counting.changePassphrase(OLD, NEW)
    const total = steps.length
    expect(total).toBeGreaterThanOrEqual(6)
    const outcomes: string[] = []
    for (let stopAt = 0; stopAt < total; stopAt++) {
      const { name, code } = await filledVault()
      const victim = vaultOver(name, { stopAt })
      await victim.unlock(OLD)
      await expect(victim.changePassphrase(OLD, NEW)).rejects.toThrow(/killed at/)
      // A restart: a new vault object over the same database.
      const after = vaultOver(name)
      const withNew = await kindOfAsync(() => after.unlock(NEW)).catch(() => 'opened')
      let opened = withNew === 'opened'
      if (!opened)
        opened = (await kindOfAsync(() => after.unlock(OLD)).catch(() => 'opened')) === 'opened'
      expect(opened, `kill at step ${stopAt}`).toBe(true)
      outcomes.push(withNew === 'opened' ? 'new' : 'old')
      for (const [i, value] of applications.entries()) {
        expect(await after.records.get('journal', `a${i}`)).toEqual(value)
      }
      expect(await after.records.get('notes', 'i1')).toEqual(interview)
      expect(decodeVaultHeader(await headerText(name)).rotation).toBeUndefined()
      const keyIds = new Set(
        (await rawRows(name)).map((r) =>
          new DataView(r.ciphertext.buffer, r.ciphertext.byteOffset).getUint32(1),
        ),
      )
      expect(keyIds.size).toBe(1)
      // The recovery code works after every kill too.
      after.lock()
      await vaultOver(name).resetWithRecoveryCode(code, 'après la panne')
    }
    // Before the journal is stored only the old passphrase can open; after, only the new one.
    expect(outcomes[0]).toBe('old')
    expect(outcomes.slice(1).every((o) => o === 'new')).toBe(true)
  })

  it('tells the old passphrase apart during an interrupted change, and the recovery code finishes it', async () => {
    const { name, code } = await filledVault()
    const victim = vaultOver(name, { stopAt: 3 })
    await victim.unlock(OLD)
    await expect(victim.changePassphrase(OLD, NEW)).rejects.toThrow(/killed at/)
    expect(await kindOfAsync(() => vaultOver(name).unlock(OLD))).toBe('rotation-pending')
    const rescuer = vaultOver(name)
    await rescuer.resetWithRecoveryCode(code, 'Ødegård’s third passphrase')
    expect(await rescuer.records.get('notes', 'i1')).toEqual(interview)
    expect(await kindOfAsync(() => vaultOver(name).unlock(NEW))).toBe('wrong-passphrase')
  })

  it('a new recovery code ends the old one, which opens nothing written afterwards', async () => {
    const { name, vault, code } = await filledVault()
    const oldHeader = decodeVaultHeader(await headerText(name))
    const fresh = await vault.newRecoveryCode(OLD)
    expect(fresh).not.toBe(code)
    await vault.records.put('notes', 'after', { salary: 'EUR 64 000' })
    const derive = inlineDerive(sodium)
    const viaOldCode = await unlockWithRecoveryCode(sodium, oldHeader, code, derive)
    for (const row of await rawRows(name))
      expect(opensWith(viaOldCode, oldHeader.keyId, row)).toBe(false)
    expect(await kindOfAsync(() => vaultOver(name).resetWithRecoveryCode(code, 'x y z w'))).toBe(
      'wrong-recovery-code',
    )
    await vaultOver(name).resetWithRecoveryCode(fresh, 'x y z w')
    await vaultOver(name)
      .unlock(OLD)
      .catch(() => undefined)
  })

  it('upgrades a format-1 vault: its recovery code cannot follow a passphrase change, so a new one is made', async () => {
    const fixtures = resolve(import.meta.dirname, '../../tests/fixtures/vault-v1')
    const manifest = JSON.parse(readFileSync(resolve(fixtures, 'manifest.json'), 'utf8')) as {
      passphrase: string
      recoveryCode: string
      records: { table: string; id: string; value: unknown; envelopeB64: string }[]
    }
    const name = `rotation-v1-${Math.random().toString(36).slice(2)}`
    const db = new VaultDb(name)
    await db.meta.put({
      key: HEADER_KEY,
      value: readFileSync(resolve(fixtures, 'vault-header.json'), 'utf8'),
    })
    await db.records.bulkPut(
      manifest.records.map((r) => ({
        table: r.table,
        id: r.id,
        ciphertext: fromBase64(r.envelopeB64),
      })),
    )
    db.close()
    const vault = vaultOver(name)
    await vault.unlock(manifest.passphrase)
    const fresh = await vault.changePassphrase(manifest.passphrase, NEW)
    expect(fresh).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
    expect(decodeVaultHeader(await headerText(name)).version).toBe(2)
    const first = manifest.records[0]!
    expect(await vault.records.get(first.table, first.id)).toEqual(first.value)
    expect(
      await kindOfAsync(() =>
        vaultOver(name).resetWithRecoveryCode(manifest.recoveryCode, 'a b c d'),
      ),
    ).toBe('wrong-recovery-code')
    await vaultOver(name).resetWithRecoveryCode(fresh!, 'a b c d')
  })

  it('refuses to create a vault over records whose header row was lost', async () => {
    const { name } = await filledVault()
    const db = new VaultDb(name)
    await db.meta.delete(HEADER_KEY)
    db.close()
    expect(await kindOfAsync(() => vaultOver(name).create('another passphrase'))).toBe(
      'vault-exists',
    )
    expect(await rawRows(name)).toHaveLength(4)
  })
})
