/**
 * The property sync stands on: three devices editing offline, with the folder's files arriving
 * late, out of order, cut short, or twice under conflicted-copy names, end with the same
 * records, and nothing is lost: every field holds a value one of the last writers of that field
 * wrote (an edit is only ever replaced by a later or a concurrent edit of the same field), a
 * record nobody deleted is there, and a record deleted while nobody edited it is gone.
 *
 * Steps between two "barriers" (every file delivered, every device synced) are concurrent;
 * a barrier orders what came before it before what comes after.
 *
 * Snapshots and compaction happen among the edits: a device writes a snapshot every second
 * batch, and each full pass may delete its files every device has merged (the deletions travel
 * late like any file). At the end a fourth device joins from the folder and must hold the same
 * records. Then the devices keep syncing until every deleted record is purged everywhere
 * (tombstonePurge.ts): what each shows must not change, and a fifth device joining then holds
 * the same records too.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import type { Json } from './paths'
import type { RecordValue } from './recordDoc'
import type { SyncEngine } from './syncEngine'
import { engines, keyring } from '../../tests/support/syncKit'
import type { Delivery } from '../../tests/support/syncedFolders'

const DEVICES = 3
/** Snapshots (and so compaction) far more often than the app's policy. */
const OFTEN = { batches: 2, bytes: 4_000 }
const TABLE = 'opportunities'
const PATHS = [
  ['stage'],
  ['notes'],
  ['pay', 'minor'],
  ['actions', 'thank-you'],
  ['actions', 'chase'],
]

type Step =
  | { t: 'create'; d: number }
  | { t: 'edit'; d: number; pick: number; path: number }
  | { t: 'delete'; d: number; pick: number }
  | { t: 'publish'; d: number }
  | { t: 'pull'; d: number }
  | { t: 'snapshot'; d: number }
  | { t: 'sync'; d: number }
  | { t: 'deliver'; pick: number; to: number; how: Delivery; cut: number }
  | { t: 'barrier' }

const device = fc.nat({ max: DEVICES - 1 })
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('create' as const), d: device }) },
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      d: device,
      pick: fc.nat(),
      path: fc.nat({ max: PATHS.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('delete' as const), d: device, pick: fc.nat() }),
  },
  {
    weight: 4,
    arbitrary: fc.oneof(
      fc.record({ t: fc.constant('publish' as const), d: device }),
      fc.record({ t: fc.constant('pull' as const), d: device }),
    ),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('snapshot' as const), d: device }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('sync' as const), d: device }) },
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('deliver' as const),
      pick: fc.nat(),
      to: device,
      how: fc.constantFrom<Delivery>(
        'whole',
        'whole',
        'truncated',
        'conflicted-copy',
        'syncthing-copy',
      ),
      cut: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'barrier' as const }) },
)

interface Write {
  segment: number
  device: number
  id: string
  path: string
  value: Json
}

let sodium: Sodium
/** Files compaction deleted over all runs: the property must have exercised it. */
let compacted = 0
/** Deleted records purged over all runs: the property must have exercised that too. */
let purged = 0
beforeAll(async () => {
  sodium = await loadSodium()
})

function leafAt(value: RecordValue, path: readonly string[]): Json | undefined {
  let node: Json | undefined = value
  for (const key of path) {
    node = node !== null && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined
  }
  return node
}

function setLeaf(value: RecordValue, path: readonly string[], leaf: Json): void {
  let node = value
  for (const key of path.slice(0, -1)) node = node[key] as RecordValue
  node[path[path.length - 1]!] = leaf
}

async function barrier(folders: { deliverAll(): void }, devices: SyncEngine[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    folders.deliverAll()
    for (const d of devices) await d.sync()
  }
  folders.deliverAll()
  for (const d of devices) await d.pull()
}

async function run(steps: Step[]): Promise<void> {
  const { folders, devices, join } = engines(sodium, DEVICES, keyring(sodium), OFTEN)
  const writes: Write[] = []
  const deletes: { segment: number; device: number; id: string }[] = []
  let segment = 0
  const live = (d: number) => devices[d]!.records.table(TABLE).records
  for (const [n, s] of steps.entries()) {
    if (s.t === 'barrier') {
      await barrier(folders, devices)
      segment++
    } else if (s.t === 'deliver') {
      if (folders.pending.length > 0) {
        folders.deliver(s.pick % folders.pending.length, s.to, s.how, s.cut)
      }
    } else if (s.t === 'publish') await devices[s.d]!.publish()
    else if (s.t === 'pull') await devices[s.d]!.pull()
    else if (s.t === 'snapshot') await devices[s.d]!.writeSnapshot()
    else if (s.t === 'sync') await devices[s.d]!.sync()
    else if (s.t === 'create') {
      const id = `r${n}`
      const value: RecordValue = {
        company: `Company ${n}`,
        stage: `${s.d}:${n}`,
        notes: '',
        pay: { minor: n, currency: 'EUR' },
        actions: {},
      }
      devices[s.d]!.records.put(TABLE, id, value)
      for (const path of [['stage'], ['notes'], ['pay', 'minor']]) {
        writes.push({ segment, device: s.d, id, path: path.join('.'), value: leafAt(value, path)! })
      }
    } else {
      const records = live(s.d)
      if (records.length === 0) continue
      const { id, value } = records[s.pick % records.length]!
      if (s.t === 'delete') {
        devices[s.d]!.records.remove(TABLE, id)
        deletes.push({ segment, device: s.d, id })
        continue
      }
      const path = PATHS[s.path]!
      const leaf = path[0] === 'pay' ? n * 10 + s.d : `${s.d}:${n}`
      setLeaf(value, path, leaf)
      devices[s.d]!.records.put(TABLE, id, value)
      writes.push({ segment, device: s.d, id, path: path.join('.'), value: leaf })
    }
  }
  await barrier(folders, devices)

  const merged = devices[0]!.records.table(TABLE)
  for (const d of devices.slice(1)) expect(d.records.table(TABLE)).toEqual(merged)
  compacted += folders.deletions
  const late = join()
  await late.pull()
  expect(late.records.table(TABLE), 'a device joining late').toEqual(merged)
  for (const d of [...devices, late]) {
    const status = d.status()
    expect(status.waiting).toEqual([])
    expect(status.failed).toEqual([])
    expect(status.changesWaitingForEarlierOnes).toBe(false)
    expect(status.devices.every((x) => !x.clash && x.missing.length === 0)).toBe(true)
  }

  const ids = new Set(writes.map((w) => w.id))
  for (const id of ids) {
    const record = merged.records.find((r) => r.id === id)
    const conflict = merged.conflicts.find((r) => r.id === id)
    const deleted = deletes.filter((x) => x.id === id)
    if (deleted.length === 0) {
      expect(record, `record ${id} kept`).toBeDefined()
    } else {
      expect(record, `record ${id} deleted`).toBeUndefined()
      const last = Math.max(...deleted.map((x) => x.segment))
      const deleters = new Set(deleted.map((x) => x.device))
      const editedMeanwhile = writes.some(
        (w) => w.id === id && w.segment === last && !deleters.has(w.device),
      )
      if (!editedMeanwhile) expect(conflict, `record ${id} deleted, unedited`).toBeUndefined()
    }
    const value = record?.value ?? conflict?.value
    if (!value) continue
    for (const path of new Set(writes.filter((w) => w.id === id).map((w) => w.path))) {
      const onPath = writes.filter((w) => w.id === id && w.path === path)
      const latest = Math.max(...onPath.map((w) => w.segment))
      const lastByDevice = new Map<number, Json>()
      for (const w of onPath) if (w.segment === latest) lastByDevice.set(w.device, w.value)
      expect([...lastByDevice.values()], `${id}.${path}`).toContainEqual(
        leafAt(value, path.split('.')),
      )
    }
  }

  // Every device has merged every delete: each goes from the document, and nothing shown changes.
  for (let n = 0; n < 3; n++) await barrier(folders, devices)
  for (const d of devices) {
    expect(d.records.heldDeletes(), 'deleted records purged').toEqual([])
    expect(d.records.table(TABLE), 'purging changes nothing shown').toEqual(merged)
  }
  const shown = new Set([...merged.records, ...merged.conflicts].map((r) => r.id))
  purged += new Set(deletes.map((x) => x.id).filter((id) => !shown.has(id))).size
  const later = join()
  await later.pull()
  expect(later.records.table(TABLE), 'a device joining after the purge').toEqual(merged)
}

describe('sync convergence', () => {
  it('brings three devices to the same records with nothing lost, whatever the folder does', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 60 }), run), {
      numRuns: Number(process.env.SYNC_RUNS ?? 120),
    })
    expect(compacted, 'files deleted by compaction').toBeGreaterThan(0)
    expect(purged, 'deleted records purged').toBeGreaterThan(0)
  })
})
