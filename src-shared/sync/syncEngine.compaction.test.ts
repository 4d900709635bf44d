import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import type { SyncEngine } from './syncEngine'
import type { RecordValue } from './recordDoc'
import { engines, keyring, round } from '../../tests/support/syncKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const TABLE = 'opportunities'
const EVERY_THREE = { batches: 3, bytes: 10_000_000 }
const SNAPSHOT_ONLY = expect.stringMatching(/^snapshot-\d+\.avsync$/)

function application(n: number): RecordValue {
  return {
    company: `Société Générale d’Ingénierie ${n}`,
    role: 'Responsable des opérations',
    interviewers: ['Zoë Kowalczyk-Ångström', 'Oluwaseun Adébáyọ̀', 'Siobhán Ní Bhraonáin'],
    pay: { minor: 61_500_00 + n, currency: 'CHF' },
    stage: 'interviewed',
  }
}

/** Edits on `device` published as one batch each, then a full sync pass. */
async function edits(device: SyncEngine, from: number, count: number): Promise<void> {
  for (let n = from; n < from + count; n++) {
    device.records.put(TABLE, `opp-${n}`, application(n))
    await device.publish()
  }
}

const own = (names: string[], device: SyncEngine) =>
  names
    .filter((n) => n.includes(device.device) && !n.endsWith('device.avsync'))
    .map((n) => n.slice(n.lastIndexOf('/') + 1))
    .sort()

describe('snapshots and compaction', () => {
  it('writes a snapshot after its batches reach the policy, and a late device joins from it', async () => {
    const { folders, devices, join } = engines(sodium, 2, keyring(sodium), EVERY_THREE)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    await edits(a, 0, 3)
    await a.sync()
    expect(own(folders.names(0), a)).toContain('snapshot-4.avsync')
    await edits(a, 3, 1)
    await round(folders, [a, b])
    const late = join()
    await late.pull()
    const read = folders.reads.filter((r) => r.device === 2).map((r) => r.name)
    // The snapshot and the batch after it; none of the batches the snapshot covers.
    expect(read.filter((n) => n.includes('/batch-') || n.includes('/snapshot-'))).toEqual(
      expect.arrayContaining([expect.stringContaining('snapshot-4')]),
    )
    const ofA = read.filter((n) => n.includes(a.device))
    expect(ofA.some((n) => /batch-[123]\.avsync$/.test(n))).toBe(false)
    expect(late.records.table(TABLE)).toEqual(a.records.table(TABLE))
    expect(late.records.table(TABLE).records).toHaveLength(4)
  })

  it('deletes its old files only once every live device has merged its snapshot', async () => {
    const { folders, devices, join } = engines(sodium, 3, keyring(sodium), EVERY_THREE)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    await round(folders, [a, b, c]) // every device writes its device file
    await edits(a, 0, 3)
    await a.sync()
    folders.deliverAll()
    await b.sync()
    folders.deliverAll()
    await a.sync()
    // c has not said it merged the snapshot: a keeps its batches, and says for whom.
    expect(own(folders.names(0), a)).toEqual(expect.arrayContaining(['batch-1.avsync']))
    expect(a.status().filesKeptFor).toEqual([c.device])
    await round(folders, [c, a])
    expect(own(folders.names(0), a)).toEqual([SNAPSHOT_ONLY])
    expect(a.status().filesKeptFor).toEqual([])
    await round(folders, [b, c])
    for (const view of [1, 2]) expect(own(folders.names(view), a)).toEqual([SNAPSHOT_ONLY])
    const late = join()
    await late.sync()
    for (const device of [b, c, late]) {
      expect(device.records.table(TABLE)).toEqual(a.records.table(TABLE))
    }
    expect(late.records.table(TABLE).records).toHaveLength(3)
  })

  it('stops reading a removed device’s later files, lets compaction go on without it, and tells it when it comes back', async () => {
    const { folders, devices } = engines(sodium, 3, keyring(sodium), EVERY_THREE)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    c.records.put(TABLE, 'opp-old', application(1))
    await round(folders, [a, b, c])
    await round(folders, [a, b, c])
    // The laptop goes into a drawer with an edit nobody saw.
    c.records.put(TABLE, 'opp-drawer', application(2))
    await c.publish()
    const drawer = folders.pending.splice(0)
    a.removeDevice(c.device)
    expect(() => a.removeDevice(a.device)).toThrow(RangeError)
    await edits(a, 10, 3)
    await round(folders, [a, b, a])
    expect(b.status().devices.find((d) => d.device === c.device)?.removed).toBe(true)
    // Its files up to the removal stay merged; compaction no longer waits for it.
    expect(a.records.get(TABLE, 'opp-old')).toBeDefined()
    expect(a.status().filesKeptFor).toEqual([])
    expect(own(folders.names(0), a)).toEqual([SNAPSHOT_ONLY])
    // The laptop comes back: its file reaches the others, who do not merge it, and it is told.
    for (const file of drawer) folders.pending.push(file)
    await round(folders, [c, a, b])
    for (const device of [a, b]) expect(device.records.get(TABLE, 'opp-drawer')).toBeUndefined()
    expect(c.status().removedBy).toBe(a.device)
    c.records.put(TABLE, 'opp-after', application(3))
    expect(await c.publish()).toBe(false)
    expect(c.records.get(TABLE, 'opp-drawer')).toBeDefined() // its records stay on it
  })

  it('rewrites its device file only when what it says or its key changes', async () => {
    const { folders, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    await round(folders, [a, b])
    await round(folders, [a, b])
    const deviceFiles = () => folders.pending.filter((f) => f.name.endsWith('device.avsync'))
    await a.sync()
    expect(deviceFiles()).toEqual([])
    a.setKeys(keyring(sodium, 2))
    await a.sync()
    expect(deviceFiles().map((f) => f.name)).toEqual([expect.stringContaining(a.device)])
  })
})
