import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { useBoardStore } from '../interviews/store'
import { VaultDb } from '../vault/db'
import { inlineKdf } from '../vault/kdfRunner'
import { configureVault, useVaultStore } from '../vault/store'
import { whenTrue } from '../../tests/support/reactive'
import { followVault } from './lifecycle'
import { useSessionStore } from './store'

let sodium: Sodium
const stops: Array<() => void> = []
beforeAll(async () => {
  sodium = await loadSodium()
})
beforeEach(() => {
  setActivePinia(createPinia())
  const name = `lifecycle-${Math.random().toString(36).slice(2)}`
  configureVault(async () => ({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
  }))
})
afterEach(() => stops.splice(0).forEach((stop) => stop()))

describe('the session lifecycle', () => {
  it('opens a session and loads the board on every unlock, and ends it on lock', async () => {
    const vault = useVaultStore()
    await vault.init()
    stops.push(followVault())
    await vault.create('a long passphrase')
    await whenTrue(() => useBoardStore().loaded)
    vault.lock()
    expect(useSessionStore().current).toBeNull()
    expect(useBoardStore().loaded).toBe(false)
    await vault.unlock('a long passphrase')
    await whenTrue(() => useBoardStore().loaded)
  })

  // App.vue loads the features after the lock screen paints: the vault may already be open.
  it('opens the session at once when it starts following a vault that is already open', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('a long passphrase')
    expect(useSessionStore().current).toBeNull()
    stops.push(followVault())
    expect(useSessionStore().current).not.toBeNull()
    await whenTrue(() => useBoardStore().loaded)
  })
})
