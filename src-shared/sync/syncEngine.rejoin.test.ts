import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import type { SyncEngine } from './syncEngine'
import { application, engines, filesOf, round } from '../../tests/support/syncKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const TABLE = 'opportunities'

/** Three synced devices holding opp-1 and opp-2, then c removed by a while c was away. */
async function removedWhileAway() {
  const kit = engines(sodium, 3)
  const { folders, devices } = kit
  const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
  c.records.put(TABLE, 'opp-1', application(1))
  c.records.put(TABLE, 'opp-2', application(2))
  await round(folders, [c, a, b, c, a, b])
  folders.missing.add(2)
  a.removeDevice(c.device)
  await round(folders, [a, b, a])
  return { ...kit, a, b, c }
}

describe('a computer removed from sync joining again', () => {
  it('takes a new id, and the edits made on both sides meanwhile converge once', async () => {
    const { folders, a, b, c } = await removedWhileAway()
    // While c is out: it edits, and so do the others, one field on both sides.
    c.records.put(TABLE, 'opp-1', { ...application(1), role: 'Directrice des opérations' })
    c.records.put(TABLE, 'opp-2', { ...application(2), interviewers: ['Ana Lúcia Gonçalves'] })
    c.records.put(TABLE, 'opp-c', application(3))
    b.records.put(TABLE, 'opp-1', { ...application(1), company: 'Zoë’s Ébénisterie Åland' })
    b.records.put(TABLE, 'opp-b', application(4))
    a.records.remove(TABLE, 'opp-2')
    await round(folders, [a, b])
    folders.missing.delete(2)
    folders.deliverAll()
    await c.sync()
    const former = c.device
    expect(c.status().removedBy).toBe(a.device)

    c.joinAgain()
    expect(c.device).not.toBe(former)
    expect(c.status().removedBy).toBeNull()
    await round(folders, [c, a, b, c, a, b])

    for (const device of [a, b, c]) {
      const { records, conflicts } = device.records.table(TABLE)
      expect(records.map((r) => r.id).sort()).toEqual(['opp-1', 'opp-b', 'opp-c'])
      expect(device.records.get(TABLE, 'opp-1')).toMatchObject({
        company: 'Zoë’s Ébénisterie Åland',
        role: 'Directrice des opérations',
      })
      // Deleted on a while c edited it: kept with the edit, for the user to decide.
      expect(conflicts).toEqual([
        expect.objectContaining({
          id: 'opp-2',
          deletedBy: a.device,
          value: expect.objectContaining({ interviewers: ['Ana Lúcia Gonçalves'] }),
        }),
      ])
      expect(device.status().removedBy).toBeNull()
    }
    // Once on the others' lists, under its new id; the former one is removed, and said to be it.
    for (const device of [a, b]) {
      const listed = device.status().devices
      expect(listed.filter((d) => !d.removed).map((d) => d.device)).toContain(c.device)
      expect(listed.find((d) => d.device === former)).toMatchObject({
        removed: true,
        joinedAgainAs: c.device,
      })
    }
  })

  it('still cleans up its former id’s files, and the former id holds nothing back', async () => {
    const { folders, devices } = engines(sodium, 3)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    c.records.put(TABLE, 'opp-1', application(1))
    await round(folders, [c, a, b, c, a, b])
    // c's last batch reaches a, not b; a removes c through it.
    c.records.put(TABLE, 'opp-late', application(5))
    await c.publish()
    const late = folders.pending.findIndex((f) => f.name.includes(`${c.device}/batch-`))
    folders.deliver(late, 0, 'whole')
    await a.pull()
    a.removeDevice(c.device)
    await a.sync()
    folders.deliverAll()
    // c learns it was removed; b has not merged its late batch, so c's files stay for now.
    await c.sync()
    const former = c.device
    expect(c.status().removedBy).toBe(a.device)
    expect(filesOf(folders, 2, former)).toContain('device.avsync')

    c.joinAgain()
    await round(folders, [c, a, b, c, a, b, c])
    for (const view of [0, 1, 2]) expect(filesOf(folders, view, former)).toEqual([])
    expect(b.records.get(TABLE, 'opp-late')).toBeDefined()

    // Compaction: a's snapshot waits for no one but the live devices, and its old files go.
    a.records.put(TABLE, 'opp-a', application(6))
    await a.publish()
    await a.writeSnapshot()
    await round(folders, [b, c, a])
    expect(a.status().filesKeptFor).toEqual([])
    expect(filesOf(folders, 0, a.device).filter((n) => n.startsWith('batch-'))).toEqual([])
    for (const device of [a, b, c]) {
      expect(
        device.records
          .table(TABLE)
          .records.map((r) => r.id)
          .sort(),
      ).toEqual(['opp-1', 'opp-a', 'opp-late'])
    }
  })

  it('keeps its former ids when it saves its state, and is refused while not removed', async () => {
    const { folders, a, c, resume } = await removedWhileAway()
    folders.missing.delete(2)
    folders.deliverAll()
    await c.sync()
    const former = c.device
    c.joinAgain()
    await c.sync()
    expect(c.localState().formerly).toEqual([former])
    const again = resume(c, 2)
    expect(again.device).toBe(c.device)
    expect(() => again.joinAgain()).toThrow(RangeError)
    expect(() => a.joinAgain()).toThrow(RangeError)
  })
})
