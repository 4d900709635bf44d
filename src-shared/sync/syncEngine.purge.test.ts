import * as Y from 'yjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import type { SyncEngine, SyncKeyring } from './syncEngine'
import type { RecordValue } from './recordDoc'
import { openSyncFile } from './syncFile'
import { engines, holdsText, keyring } from '../../tests/support/syncKit'
import type { SyncedFolders } from '../../tests/support/syncedFolders'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const TABLE = 'opportunities'
const GONE = 'opp-gone'
/** The text the user deleted: it must leave the folder's new snapshots. */
const SECRET = 'Verhandlungsnotiz: Gegenangebot von Brønnøysund Ærø Łódź'

function application(company: string, notes: string): RecordValue {
  return {
    company,
    role: 'Responsable des opérations',
    interviewers: ['Zoë Kowalczyk-Ångström', 'Oluwaseun Adébáyọ̀', 'Siobhán Ní Bhraonáin'],
    pay: { minor: 61_500_00, currency: 'CHF' },
    stage: 'interviewed',
    notes,
  }
}

/** Three devices that all hold two applications and have all written their device files. */
async function threeDevices() {
  const kit = engines(sodium, 3, keyring(sodium))
  const [a, b, c] = kit.devices as [SyncEngine, SyncEngine, SyncEngine]
  a.records.put(TABLE, GONE, application('Société Générale d’Ingénierie', SECRET))
  a.records.put(TABLE, 'opp-kept', application('Fjordlight Analytics ApS', 'Call Thursday'))
  await rounds(kit.folders, [a, b, c], 2)
  return { ...kit, a, b, c }
}

/** `count` rounds in which every file reaches everyone before each device syncs. */
async function rounds(folders: SyncedFolders, devices: SyncEngine[], count: number) {
  for (let n = 0; n < count; n++) {
    for (const device of devices) {
      folders.deliverAll()
      await device.sync()
    }
  }
  folders.deliverAll()
}

/** Delivers every pending file whose name passes `which` to device view `to` only. */
function deliverTo(
  folders: SyncedFolders,
  to: number,
  which: (name: string) => boolean = () => true,
) {
  for (let i = folders.pending.length - 1; i >= 0; i--) {
    if (which(folders.pending[i]!.name)) folders.deliver(i, to, 'whole')
  }
}

/** True while `device` still holds the deleted record's entries (not purged yet). */
const holdsGone = (device: SyncEngine) =>
  device.records.heldDeletes().some((row) => row.id === GONE) ||
  holdsText(device.records.encodeState(), SECRET)

/** The body of `device`'s newest snapshot in view `view`, opened with the sync key. */
function newestSnapshot(
  folders: SyncedFolders,
  view: number,
  device: SyncEngine,
  keys: SyncKeyring,
) {
  const names = folders.names(view).filter((n) => n.includes(`${device.device}/snapshot-`))
  const seq = (name: string) => Number(/snapshot-(\d+)/.exec(name)![1])
  const name = names.sort((x, y) => seq(y) - seq(x))[0]!
  const opened = openSyncFile(sodium, () => keys.key, folders.read(view, name)!)
  if ('problem' in opened) throw new Error(opened.problem)
  return opened.body
}

describe('purging deleted records', () => {
  it('keeps a deleted record’s content until every device has merged the delete, then no new snapshot holds it', async () => {
    const { folders, keys, a, b, c, join } = await threeDevices()
    const before = a.records.table(TABLE)
    a.records.remove(TABLE, GONE)
    await a.sync()
    // b merges the delete; c (a laptop in a drawer) does not.
    for (let n = 0; n < 3; n++) {
      deliverTo(folders, 1)
      await b.sync()
      deliverTo(folders, 0)
      await a.sync()
    }
    for (const device of [a, b]) {
      expect(holdsGone(device)).toBe(true)
      expect(device.records.table(TABLE).records.map((r) => r.id)).toEqual(['opp-kept'])
    }
    expect(await a.writeSnapshot()).toBe(true)
    expect(holdsText(newestSnapshot(folders, 0, a, keys), SECRET)).toBe(true)

    // The laptop comes back and merges everything; then the record goes everywhere.
    await rounds(folders, [c, a, b], 3)
    const after = a.records.table(TABLE)
    expect(after.records.map((r) => r.id)).toEqual(['opp-kept'])
    expect(after.records[0]).toEqual(before.records.find((r) => r.id === 'opp-kept'))
    for (const device of [a, b, c]) {
      expect(holdsGone(device)).toBe(false)
      expect(device.records.table(TABLE)).toEqual(after)
      expect(device.records.get(TABLE, GONE)).toBeUndefined()
    }
    expect(await b.writeSnapshot()).toBe(true)
    const body = newestSnapshot(folders, 1, b, keys)
    expect(holdsText(body, SECRET)).toBe(false)
    expect(holdsText(body, 'Société Générale')).toBe(false)
    expect(holdsText(body, 'Fjordlight')).toBe(true) // the kept record is all there
    const doc = new Y.Doc()
    Y.applyUpdateV2(doc, body)
    const entries = Object.keys(doc.getMap(`table:${TABLE}`).toJSON())
    expect(entries.filter((e) => e.startsWith(`${GONE}\0`))).toEqual([`${GONE}\0#deleted`])
    doc.destroy()

    const late = join(1)
    await late.pull()
    expect(late.records.table(TABLE)).toEqual(after)
  })

  it('never purges a record edited while it was being deleted, even when the edit comes late', async () => {
    const { folders, a, b, c } = await threeDevices()
    a.records.remove(TABLE, GONE)
    await a.sync()
    folders.deliverAll()
    // c edits the record before it has merged the delete, then merges it and says so.
    c.records.put(TABLE, GONE, {
      ...application('Société Générale d’Ingénierie', SECRET),
      stage: 'offer',
    })
    await c.pull()
    await c.maintain()
    // c's device file reaches a and b, the batch with its edit does not (yet).
    const cDevice = (name: string) => name.includes(c.device)
    const withEdit = folders.pending.filter(
      (f) => cDevice(f.name) && !f.name.endsWith('device.avsync'),
    )
    folders.pending.splice(
      0,
      folders.pending.length,
      ...folders.pending.filter((f) => !withEdit.includes(f)),
    )
    for (let n = 0; n < 3; n++) {
      for (const [view, device] of [
        [0, a],
        [1, b],
      ] as const) {
        deliverTo(folders, view)
        await device.sync()
      }
    }
    // a and b have heard c say it merged the delete, but not everything c had written.
    expect(holdsGone(a)).toBe(true)
    expect(holdsGone(b)).toBe(true)
    folders.pending.push(...withEdit)
    await rounds(folders, [a, b, c], 3)
    for (const device of [a, b, c]) {
      const { conflicts } = device.records.table(TABLE)
      expect(conflicts.map((x) => [x.id, x.value.stage, x.value.notes])).toEqual([
        [GONE, 'offer', SECRET],
      ])
    }
    // Deleted again from the conflict, it goes once every device has merged that.
    b.records.remove(TABLE, GONE)
    await rounds(folders, [b, a, c], 3)
    for (const device of [a, b, c]) {
      expect(device.records.table(TABLE).conflicts).toEqual([])
      expect(holdsGone(device)).toBe(false)
    }
  })

  it('waits for a device that wrote no device file, and keeps what it waits for across a restart', async () => {
    const { folders, a, b, c, join, resume } = await threeDevices()
    const d = join(0)
    await d.pull()
    await d.publish() // its first batch, but no device file yet
    a.records.remove(TABLE, GONE)
    await rounds(folders, [a, b, c], 3)
    expect(holdsGone(a)).toBe(true)
    expect(a.localState().heldDeletes).toEqual([
      expect.objectContaining({ table: TABLE, id: GONE, at: expect.any(Object) }),
    ])
    // a restarts from what it keeps; d syncs at last.
    const again = resume(a, 0)
    await d.sync()
    folders.deliverAll()
    await b.sync()
    await c.sync()
    folders.deliverAll()
    await again.sync()
    expect(holdsGone(again)).toBe(false)
    expect(again.localState().heldDeletes).toBeUndefined()
  })
})
