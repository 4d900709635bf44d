import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import type { SyncEngine } from './syncEngine'
import { application, engines, filesOf, round } from '../../tests/support/syncKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const TABLE = 'opportunities'

describe('a removed computer’s files', () => {
  it('are deleted by its remover only once every live device has merged them', async () => {
    const { folders, devices } = engines(sodium, 3)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    c.records.put(TABLE, 'opp-1', application(1))
    await round(folders, [a, b, c, a, b])
    // c's last batch reaches a, not yet b; then a removes c.
    c.records.put(TABLE, 'opp-2', application(2))
    await c.publish()
    const batch = folders.pending.findIndex((f) => f.name.includes(`${c.device}/batch-`))
    folders.deliver(batch, 0, 'whole')
    await a.pull()
    a.removeDevice(c.device)
    await a.sync()
    // b has not merged c through the removal: a keeps c's files.
    expect(filesOf(folders, 0, c.device).filter((n) => n.startsWith('batch-'))).toHaveLength(2)

    await round(folders, [b, a])
    for (const view of [0, 1]) {
      // Its batches are gone; its device file is its own to delete.
      expect(filesOf(folders, view, c.device)).toEqual(['device.avsync'])
    }
    for (const device of [a, b]) {
      expect(device.records.get(TABLE, 'opp-1')).toMatchObject({ role: 'Cheffe de projet' })
      expect(device.records.get(TABLE, 'opp-2')).toBeDefined()
    }
  })

  it('are all deleted by the removed computer when it comes back, and it writes nothing', async () => {
    const { folders, devices } = engines(sodium, 3)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    c.records.put(TABLE, 'opp-1', application(1))
    await round(folders, [a, b, c, a, b])
    // c is offline while a removes it; it edits meanwhile.
    folders.missing.add(2)
    a.removeDevice(c.device)
    await round(folders, [a, b, a])
    c.records.put(TABLE, 'opp-offline', application(3))
    await c.sync()
    expect(filesOf(folders, 2, c.device)).toContain('device.avsync')

    folders.missing.delete(2)
    folders.deliverAll()
    await c.sync()
    expect(c.status().removedBy).toBe(a.device)
    expect(filesOf(folders, 2, c.device)).toEqual([])
    await round(folders, [a, b, c])
    for (const view of [0, 1, 2]) expect(filesOf(folders, view, c.device)).toEqual([])
    // What it sent before the removal stays with the others; its records stay on it.
    expect(b.records.get(TABLE, 'opp-1')).toBeDefined()
    expect(b.records.get(TABLE, 'opp-offline')).toBeUndefined()
    expect(c.records.get(TABLE, 'opp-offline')).toBeDefined()
  })

  it('wait for a live device that never said what it merged', async () => {
    const { folders, devices } = engines(sodium, 3)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    c.records.put(TABLE, 'opp-1', application(1))
    for (const device of [c, a]) {
      folders.deliverAll()
      await device.sync()
    }
    // b has published a batch (a hears of it) but never wrote its device file.
    b.records.put(TABLE, 'opp-b', application(4))
    await b.publish()
    folders.deliverAll()
    a.removeDevice(c.device)
    await a.sync()
    expect(a.status().devices.map((d) => d.device)).toContain(b.device)
    expect(filesOf(folders, 0, c.device).some((n) => n.startsWith('batch-'))).toBe(true)
  })
})
