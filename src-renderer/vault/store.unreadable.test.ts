/**
 * A single-row record that cannot be read is kept and said, and nothing saves over it until the
 * user chooses to: the vault's own auto-lock setting, and any table's row through the store.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { configureVault, useVaultStore } from './store'
import { kindOfAsync } from '../../tests/support/vaultKit'

let sodium: Sodium
let name: string
beforeAll(async () => {
  sodium = await loadSodium()
})

beforeEach(() => {
  setActivePinia(createPinia())
  name = `unreadable-${Math.random().toString(36).slice(2)}`
  configureVault(async () => ({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
  }))
})

/** Flips one byte of a stored row's ciphertext, as damage on disk would. */
async function damage(table: string, id: string): Promise<Uint8Array> {
  const db = new VaultDb(name)
  const row = (await db.records.get([table, id]))!
  row.ciphertext[40] = row.ciphertext[40]! ^ 0x20
  await db.records.put(row)
  db.close()
  return row.ciphertext
}

async function stored(table: string, id: string): Promise<Uint8Array | undefined> {
  const db = new VaultDb(name)
  try {
    return (await db.records.get([table, id]))?.ciphertext
  } finally {
    db.close()
  }
}

describe('an unreadable single-row record', () => {
  it('keeps a damaged auto-lock setting, says so, and replaces it only when the user chooses a time', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('Zoë’s long passphrase')
    await vault.setAutoLockMinutes(45)
    vault.lock()
    const damaged = await damage('vault-settings', 'vault')
    await vault.unlock('Zoë’s long passphrase')
    expect(vault.autoLockUnreadable).toBe(true)
    expect(vault.autoLockMinutes).toBe(5)
    expect(vault.unreadable).toEqual([
      { table: 'vault-settings', id: 'vault', kind: 'corrupt-record' },
    ])
    expect(await stored('vault-settings', 'vault')).toEqual(damaged)
    // Choosing a time beside the notice is the user's choice to replace it.
    await vault.setAutoLockMinutes(30)
    expect(vault.autoLockUnreadable).toBe(false)
    vault.lock()
    await vault.unlock('Zoë’s long passphrase')
    expect(vault.autoLockMinutes).toBe(30)
  })

  it('refuses to save over an unreadable profile until the user allows it', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('Zoë’s long passphrase')
    const profile = {
      name: 'Anaïs Lefèvre-Duval',
      email: 'anais@exemple.fr',
      phone: '',
      currentJob: null,
    }
    await vault.records().put('profile', 'me', profile)
    vault.lock()
    const damaged = await damage('profile', 'me')
    await vault.unlock('Zoë’s long passphrase')
    expect(await kindOfAsync(() => vault.records().get('profile', 'me'))).toBe('corrupt-record')
    const empty = { name: '', email: '', phone: '', currentJob: null }
    expect(await kindOfAsync(() => vault.records().put('profile', 'me', empty))).toBe(
      'unreadable-kept',
    )
    expect(await kindOfAsync(() => vault.records().remove('profile', 'me'))).toBe('unreadable-kept')
    expect(await stored('profile', 'me')).toEqual(damaged)
    vault.allowReplacing({ table: 'profile', id: 'me' })
    expect(vault.replaceable.has('profile/me')).toBe(true)
    await vault.records().put('profile', 'me', empty)
    expect(await vault.records().get('profile', 'me')).toEqual(empty)
  })
})
