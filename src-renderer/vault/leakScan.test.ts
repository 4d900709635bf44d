import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { KDF_FLOOR } from '@shared/vault/kdf'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { Vault } from './vault'
import { createBackup } from './backups'
import { rawBytesOf } from '../../tests/support/idbDump'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const CANARIES = {
  company: 'CANARY-Company-Umbrella',
  name: 'CANARY-Name-Jill-Valentine',
  salary: 'CANARY-Salary-123457',
  stage: 'CANARY-Stage-final-round',
  date: '2031-02-29-CANARY',
  notes: 'CANARY-Notes-asked-about-my-notice-period',
}

function leaks(haystack: string): string[] {
  const found: string[] = []
  for (const canary of [...Object.values(CANARIES), 'CANARY', 'passphrase-CANARY']) {
    if (haystack.includes(canary)) found.push(canary)
    // Also as UTF-16, in case anything ever stores strings that way.
    if (haystack.includes(canary.split('').join('\0'))) found.push(`${canary} (UTF-16)`)
  }
  return found
}

describe('leak scan', () => {
  it('never lets a typed word reach IndexedDB or a backup in clear', async () => {
    const name = `leak-${Math.random().toString(36).slice(2)}`
    const vault = new Vault({
      db: new VaultDb(name),
      sodium,
      kdf: inlineKdf(sodium),
      testOnlyWeakKdf: true,
    })
    await vault.create('passphrase-CANARY')
    for (let i = 0; i < 20; i++) {
      const id = vault.records.newId()
      await vault.records.put('applications', id, {
        ...CANARIES,
        nested: { list: [CANARIES.notes] },
      })
    }
    const { bytes: backup } = await createBackup(vault, [])
    vault.lock()
    const stored = await rawBytesOf(name)
    expect(stored.length).toBeGreaterThan(1000)
    expect(leaks(stored)).toEqual([])
    expect(leaks(String.fromCharCode(...backup))).toEqual([])
  })
})

describe('unlock time', () => {
  it('unlocks and reads 1,000 records at the production key-derivation floor', async () => {
    const name = `bench-${Math.random().toString(36).slice(2)}`
    // The floor cost, not the calibrated one, so the figure is comparable between machines.
    const kdf = { ...inlineKdf(sodium), calibrate: async () => KDF_FLOOR }
    const vault = new Vault({ db: new VaultDb(name), sodium, kdf })
    await vault.create('a passphrase for timing')
    for (let i = 0; i < 1000; i++) {
      await vault.records.put('applications', vault.records.newId(), {
        company: `Company ${i}`,
        notes: 'x'.repeat(400),
        interviews: [{ at: '2026-11-21T10:00', with: ['A', 'B'] }],
      })
    }
    vault.lock()
    const started = performance.now()
    await vault.unlock('a passphrase for timing')
    const unlocked = performance.now()
    const { records, unreadable } = await vault.records.all('applications')
    const finished = performance.now()
    expect(records).toHaveLength(1000)
    expect(unreadable).toEqual([])
    console.info(
      `[vault] unlock (Argon2id 64 MiB, 3 passes) ${(unlocked - started).toFixed(0)} ms; ` +
        `decrypt 1,000 records ${(finished - unlocked).toFixed(0)} ms`,
    )
    expect(finished - started).toBeLessThan(20_000)
  })
})
