import { mkdir, rm } from 'node:fs/promises'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SyncEngine } from '@shared/sync/syncEngine'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { installRealHost } from '../../tests/support/realHost'
import { keyring, testClock } from '../../tests/support/syncKit'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { host } from '../host'
import { hostSyncFolder } from './hostFolder'

const synced = tempFolderPerTest('synced')
let sodium: Sodium
let ports: Awaited<ReturnType<typeof installRealHost>> | null = null
beforeAll(async () => {
  sodium = await loadSodium()
})
afterEach(async () => {
  await ports?.dispose()
  ports = null
})

const opening = {
  company: 'Société Générale de Logiciels',
  role: 'Responsable produit',
  interviewers: ['Zoë Kowalczyk-Ångström', 'Oluwaseun Adébáyọ̀', 'Siobhán Ní Bhraonáin'],
  pay: { minor: 68_500_00, currency: 'EUR' },
}

describe('the synced folder through main', () => {
  it('carries one device’s records to another, and reports a folder that is gone', async () => {
    ports = await installRealHost()
    ports.dialog.folders.push(synced())
    await host().call('sync/choose-folder', {})
    const keys = keyring(sodium)
    const clock = testClock()
    const newDeviceId = () => sodium.to_hex(sodium.randombytes_buf(16))
    const device = () =>
      new SyncEngine({
        sodium,
        folder: hostSyncFolder(host()),
        keys,
        now: clock.now,
        newDeviceId,
        local: { device: newDeviceId(), seq: 0, published: null },
      })
    const [laptop, desktop] = [device(), device()]
    laptop.records.put('opportunities', 'opp-1', opening)
    expect(await laptop.publish()).toBe(true)
    await desktop.pull()
    expect(desktop.records.get('opportunities', 'opp-1')).toEqual(opening)

    await rm(synced(), { recursive: true })
    desktop.records.put('opportunities', 'opp-1', { ...opening, role: 'Directrice produit' })
    expect(await desktop.publish()).toBe(false)
    expect(desktop.status().folder).toEqual({ problem: 'folder-missing', since: clock.now() })
    await mkdir(synced())
    expect(await desktop.publish()).toBe(true)
    await laptop.pull()
    expect(laptop.records.get('opportunities', 'opp-1')).toMatchObject({
      role: 'Directrice produit',
    })

    await host().call('sync/forget-folder', {})
    await laptop.pull()
    expect(laptop.status().folder).toMatchObject({ problem: 'folder-missing' })
  })
})

describe('folder failures over the bridge', () => {
  it('keep their kind when the error is not this bundle’s class (the preload is bundled apart)', async () => {
    const failing = {
      call: async () => {
        throw Object.assign(new Error('gone'), { name: 'HostError', kind: 'disk-full' })
      },
      on: () => () => {},
    }
    const port = hostSyncFolder(failing as never)
    await expect(port.list()).rejects.toMatchObject({ name: 'SyncFolderError', kind: 'disk-full' })
  })
})
