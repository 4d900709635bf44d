import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import { decodeDeviceFile, deviceFileText, tidyComputerName } from './deviceFile'
import { openSyncFile } from './syncFile'
import { SyncEngine } from './syncEngine'
import { engines, holdsText } from '../../tests/support/syncKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const NAME = 'Zoë’s laptop – Malmö office'
const TABLE = 'opportunities'

describe('computers’ names', () => {
  it('shows the name one computer gave itself on the others, sealed in its device file', async () => {
    const { folders, devices, keys } = engines(sodium, 3)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    a.records.put(TABLE, 'opp-1', { company: 'Ørsted Vind A/S', role: 'Analyste' })
    a.rename(NAME)
    for (const device of [a, b, c, a]) {
      folders.deliverAll()
      await device.sync()
    }
    for (const device of [b, c]) {
      const seen = device.status().devices.find((d) => d.device === a.device)
      expect(seen?.name).toBe(NAME)
      expect(device.status().name).toBeNull()
    }
    expect(a.status().name).toBe(NAME)

    // Sealed: in no file name, in no file's bytes; inside the device file once opened.
    const names = folders.names(1)
    expect(names.some((n) => n.includes('Zo'))).toBe(false)
    expect(folders.allBytes().some((bytes) => holdsText(bytes, 'laptop'))).toBe(false)
    const file = folders.read(1, `devices/${a.device}/device.avsync`)!
    const opened = openSyncFile(sodium, () => keys.key, file)
    if ('problem' in opened) throw new Error(opened.problem)
    expect(decodeDeviceFile(opened.body)?.name).toBe(NAME)
  })

  it('keeps the name across sessions, and a new name or none reaches the others', async () => {
    const { folders, devices, resume } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    a.rename(NAME)
    await a.sync()
    const again = resume(a, 0)
    await again.pull()
    expect(again.status().name).toBe(NAME)
    again.rename('Bureau à Genève')
    await again.sync()
    folders.deliverAll()
    await b.sync()
    expect(b.status().devices.find((d) => d.device === a.device)?.name).toBe('Bureau à Genève')
    again.rename(null)
    await again.sync()
    folders.deliverAll()
    await b.sync()
    expect(b.status().devices.find((d) => d.device === a.device)?.name).toBeNull()
    expect(() => again.rename('  padded  ')).toThrow(RangeError)
    expect(() => again.rename('x'.repeat(61))).toThrow(RangeError)
  })

  it('reads a device file written before computers had names', () => {
    const old = JSON.stringify({ v: 1, merged: {}, snapshot: null, removed: {} })
    const body = decodeDeviceFile(new TextEncoder().encode(old))
    expect(body).toEqual({ merged: {}, snapshot: null, removed: {} })
    // An unnamed computer's device file reads as before, so an update rewrites none.
    expect(deviceFileText(body!)).toBe(old)
    // A name that does not read as one is dropped; what the file says besides still counts.
    const untidy = { v: 1, merged: {}, snapshot: null, removed: {}, name: ` ${'x'.repeat(70)}` }
    expect(decodeDeviceFile(new TextEncoder().encode(JSON.stringify(untidy)))).toEqual(body)
  })

  it('tidies a typed name, and a blank one means none', () => {
    expect(tidyComputerName('  Siobhán’s\t desktop \n')).toBe('Siobhán’s desktop')
    expect(tidyComputerName(' \t ')).toBeNull()
  })
})
