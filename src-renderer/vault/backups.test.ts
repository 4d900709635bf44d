import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { parseBackupHeader } from '@shared/vault/backupFile'
import type { EncryptedFile } from '@shared/ipc/contract'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { Vault } from './vault'
import { createBackup, restoreBackup } from './backups'
import { dumpIndexedDb } from '../../tests/support/idbDump'
import { flipped, kindOfAsync } from '../../tests/support/vaultKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

function newVault(name = `backup-test-${Math.random().toString(36).slice(2)}`) {
  return {
    name,
    vault: new Vault({
      db: new VaultDb(name),
      sodium,
      kdf: inlineKdf(sodium),
      testOnlyWeakKdf: true,
    }),
  }
}

const attachment: EncryptedFile = { fileId: 'ef'.repeat(16), dataB64: btoa('encrypted file bytes') }

describe('backups', () => {
  let source: ReturnType<typeof newVault>
  let backup: Uint8Array

  beforeEach(async () => {
    source = newVault()
    await source.vault.create('backup passphrase')
    await source.vault.records.put('applications', 'a1', { company: 'Initech', stage: 'offer' })
    await source.vault.records.put('contacts', 'c1', { name: 'Bill' })
    backup = (await createBackup(source.vault, [attachment])).bytes
  })

  it('restore every record and attachment into an empty profile, unlocked with the backup’s passphrase', async () => {
    const target = newVault()
    await target.vault.create('other passphrase')
    await target.vault.records.put('notes', 'old', 'replaced by the restore')
    const written: EncryptedFile[] = []
    const counts = await restoreBackup(target.vault, backup, 'backup passphrase', async (files) => {
      written.push(...files)
    })
    expect(counts).toEqual({
      tables: { applications: 1, contacts: 1 },
      attachments: 1,
      unreadable: [],
    })
    expect(written).toEqual([attachment])
    expect(await target.vault.records.get('applications', 'a1')).toEqual({
      company: 'Initech',
      stage: 'offer',
    })
    expect(await target.vault.records.get('notes', 'old')).toBeUndefined()
    target.vault.lock()
    await target.vault.unlock('backup passphrase')
    expect(await target.vault.records.get('contacts', 'c1')).toEqual({ name: 'Bill' })
  })

  it('carry an unreadable row marked, and restore every readable one, reporting the rest', async () => {
    const rows = [
      {
        company: 'Électricité de France',
        role: 'Cheffe de projet',
        salary: { minor: 5_900_000, currency: 'EUR' },
      },
      {
        company: 'Åkesson & Partners',
        role: 'Product designer',
        salary: { minor: 6_400_000, currency: 'EUR' },
      },
    ]
    for (const [i, row] of rows.entries())
      await source.vault.records.put('applications', `b${i}`, row)
    const db = new VaultDb(source.name)
    const damaged = (await db.records.get(['applications', 'a1']))!
    damaged.ciphertext[40] = damaged.ciphertext[40]! ^ 1
    await db.records.put(damaged)
    db.close()
    const made = await createBackup(source.vault, [])
    expect(made.unreadable).toEqual([{ table: 'applications', id: 'a1', kind: 'corrupt-record' }])
    const target = newVault()
    await target.vault.create('mine')
    const report = await restoreBackup(
      target.vault,
      made.bytes,
      'backup passphrase',
      async () => {},
    )
    expect(report).toEqual({
      tables: { applications: 2, contacts: 1 },
      attachments: 0,
      unreadable: [{ table: 'applications', id: 'a1', kind: 'corrupt-record' }],
    })
    expect(await target.vault.records.get('applications', 'b1')).toEqual(rows[1])
    // The damaged row is kept as it was, never dropped.
    const kept = await new VaultDb(target.name).records.get(['applications', 'a1'])
    expect(kept?.ciphertext).toEqual(damaged.ciphertext)
  })

  it('leave the current data untouched when the passphrase is wrong or attachments fail to write', async () => {
    const target = newVault()
    await target.vault.create('mine')
    await target.vault.records.put('notes', 'n', 'keep me')
    const before = await dumpIndexedDb(target.name)
    const noWrite = async () => {
      throw new Error('must not be called')
    }
    expect(await kindOfAsync(() => restoreBackup(target.vault, backup, 'nope', noWrite))).toBe(
      'wrong-passphrase',
    )
    await expect(
      restoreBackup(target.vault, backup, 'backup passphrase', async () => {
        throw new Error('disk full')
      }),
    ).rejects.toThrow('disk full')
    expect(await dumpIndexedDb(target.name)).toBe(before)
    expect(await target.vault.records.get('notes', 'n')).toBe('keep me')
  })

  it('give the right typed error for every flipped byte and never change current data', async () => {
    const target = newVault()
    await target.vault.create('mine')
    await target.vault.records.put('notes', 'n', 'keep me')
    const before = await dumpIndexedDb(target.name)
    const headerEnd = parseBackupHeader(sodium, backup).payload.byteOffset
    const noWrite = async () => {
      throw new Error('must not be called')
    }
    for (let i = 0; i < backup.length; i++) {
      const kind = await kindOfAsync(() =>
        restoreBackup(target.vault, flipped(backup, i), 'backup passphrase', noWrite),
      )
      const expected =
        i < 8
          ? 'not-a-backup'
          : i < 10
            ? 'unsupported-version'
            : i < headerEnd
              ? 'corrupt-header'
              : 'corrupt-payload'
      if (kind !== expected) expect(kind, `byte ${i}`).toBe(expected)
    }
    expect(await dumpIndexedDb(target.name)).toBe(before)
  })
})
