import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { useBoardStore } from '../interviews/store'
import { useProfileStore } from '../settings/profileStore'
import { VaultDb } from '../vault/db'
import { inlineKdf } from '../vault/kdfRunner'
import { configureVault, useVaultStore } from '../vault/store'
import { whenTrue } from '../../tests/support/reactive'
import { followVault, reloadSession } from './lifecycle'
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

  // Records merged from another computer renew the session while the user's save is on its way.
  it('lets a save in flight finish and report saved when the session is renewed', async () => {
    const vault = useVaultStore()
    await vault.init()
    stops.push(followVault())
    await vault.create('a long passphrase')
    const profile = useProfileStore()
    await whenTrue(() => useBoardStore().loaded)
    const before = useSessionStore().session()
    const saving = profile.setName('  Zoë Ó Briain-Kowalczyk  ')
    const reloading = reloadSession()
    await expect(saving).resolves.toBeUndefined()
    await reloading
    expect(before.disposed).toBe(true)
    expect(before.repositories.profile.state.value).toEqual({ status: 'saved' })
    expect(profile.profile.name).toBe('Zoë Ó Briain-Kowalczyk')
    expect(await vault.records().get('profile', 'me')).toMatchObject({
      name: 'Zoë Ó Briain-Kowalczyk',
    })
  })
})
