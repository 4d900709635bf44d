/**
 * The sync panel when the synced folder moved: the missing line, "Choose the folder again…" and
 * what it says for each folder picked. A real vault (fake IndexedDB, real libsodium), main's
 * real handlers and real temp folders; only the folder dialog is scripted.
 */
import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick, type App } from 'vue'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { VaultDb } from '../vault/db'
import { inlineKdf } from '../vault/kdfRunner'
import { configureVault, useVaultStore } from '../vault/store'
import { installRealHost } from '../../tests/support/realHost'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { useSyncStore } from './syncStore'
import SyncPanel from './SyncPanel.vue'

const root = tempFolderPerTest('panel-moved')
let sodium: Sodium
let app: App | null = null
let element: HTMLElement
let host: Awaited<ReturnType<typeof installRealHost>> | null = null
let pinia: Pinia

beforeAll(async () => {
  sodium = await loadSodium()
})
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  const name = `panel-moved-${Math.random().toString(36).slice(2)}`
  configureVault(async () => ({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
  }))
})
afterEach(async () => {
  app?.unmount()
  app = null
  element?.remove()
  if (host) await useSyncStore().forgetFolder() // ends the session
  await host?.dispose()
  host = null
})

/** An unlocked vault syncing through `root()/Afterview sync`, and the panel mounted over it. */
async function syncingPanel(): Promise<{ folder: string }> {
  host = await installRealHost()
  const vault = useVaultStore()
  await vault.init()
  await vault.create('Zoë Ångström’s long passphrase')
  vault.confirmRecoveryCodeStored()
  const folder = join(root(), 'Afterview sync')
  await mkdir(folder)
  host.dialog.folders.push(folder)
  expect(await useSyncStore().chooseFolder()).toBeNull()
  element = document.createElement('div')
  document.body.append(element)
  app = createApp(SyncPanel).use(pinia)
  app.mount(element)
  await nextTick()
  return { folder }
}

const text = () => element.textContent ?? ''
const againButtons = () => element.querySelectorAll('[data-testid="sync-choose-again"]')

/**
 * Clicks "Choose the folder again…" (the one in view) and waits for the action to end: the
 * panel's buttons are disabled while it runs, and it runs until the pass after it has ended.
 */
async function chooseAgain(): Promise<void> {
  const stop = element.querySelector('[data-testid="sync-stop"]') as HTMLButtonElement
  ;(againButtons()[0] as HTMLButtonElement).click()
  await nextTick()
  expect(stop.disabled).toBe(true)
  await vi.waitFor(() => expect(stop.disabled).toBe(false), { timeout: 20_000, interval: 20 })
}

describe('the sync panel after the folder moved', () => {
  it('offers to choose the folder again where it says it is missing, and syncs once found', async () => {
    const { folder } = await syncingPanel()
    // Always there, quietly, beside the folder's name.
    expect(element.querySelector('[data-testid="sync-folder"]')?.textContent).toContain(
      'Choose the folder again…',
    )
    expect(element.querySelector('[data-testid="sync-moved"]')).toBeNull()

    const moved = join(root(), 'Volumes', 'ZOË USB', 'Afterview sync')
    await mkdir(join(root(), 'Volumes', 'ZOË USB'), { recursive: true })
    await rename(folder, moved)
    await useSyncStore().syncNow()
    await nextTick()
    expect(text()).toContain('The sync folder cannot be found.')
    const block = element.querySelector('[data-testid="sync-moved"]')
    expect(block?.textContent).toContain('Show Afterview where the folder is now.')
    // One button, in the missing folder's block; the quiet one beside the name steps aside.
    expect(againButtons()).toHaveLength(1)
    expect(block?.contains(againButtons()[0]!)).toBe(true)

    // An empty folder: refused, said plainly, nothing written there, still missing.
    const empty = join(root(), 'Volumes', 'ZOË USB', 'Photos 2025')
    await mkdir(empty)
    host!.dialog.folders.push(empty)
    await chooseAgain()
    expect(element.querySelector('[role="alert"]')?.textContent).toBe(
      'The folder “Photos 2025” is not one Afterview syncs through: there is no “vault-header.json” in it. Choose the folder that holds “vault-header.json” and a folder named “devices”. Nothing in “Photos 2025” was changed.',
    )
    expect(await readdir(empty)).toEqual([])
    expect(element.querySelector('[data-testid="sync-moved"]')).not.toBeNull()

    // Cancelled: nothing said, nothing changed.
    host!.dialog.folders.push(null)
    await chooseAgain()
    expect(element.querySelector('[role="alert"]')).toBeNull()
    expect(element.querySelector('.av-notice')).toBeNull()
    expect(text()).toContain('Syncing through the folder “Afterview sync”.')

    // The folder where it is now: taken, synced at once, the missing line gone.
    host!.dialog.folders.push(moved)
    await chooseAgain()
    expect(element.querySelector('.av-notice')?.textContent).toBe(
      'Found it. Afterview now syncs through the folder “Afterview sync”.',
    )
    expect(text()).not.toContain('cannot be found')
    expect(element.querySelector('[data-testid="sync-moved"]')).toBeNull()
    expect(useSyncStore().status?.folder).toBeNull()
    expect(useSyncStore().status?.lastPullAt).not.toBeNull()
  })
})
