/**
 * The sync bench's scenario at one vault size, with the sync core itself (SyncEngine, real
 * libsodium sealing, the in-memory synced folder with the same port as main's):
 *
 * 1. Device A has the vault and starts syncing: one batch with every record. B and C join.
 * 2. Each of the three makes 20 batches of 5 edits (some on the same records), as in a week's
 *    use; every file reaches every device.
 * 3. A new device D joins from the folder as it is: every batch, no snapshot.
 * 4. Each device writes a snapshot; device files travel; each compacts its own old files.
 * 5. A new device E joins from the compacted folder: the newest snapshots, then later batches.
 * 6. B edits one application; from the moment its file lands in A's folder, A reads it and the
 *    record is merged and checked by its table's schema, ready for the board.
 * 7. A deletes a tenth of the applications and writes a snapshot before the others merge the
 *    deletes (their content still held); once every device has merged them and they are purged
 *    (tombstonePurge.ts), A writes another. The time a pass takes to look for deleted records
 *    to purge (none left) is measured too.
 *
 * Sizes: the folder before and after compaction against the vault (each record sealed as the
 * vault seals its rows). Memory: what one engine's document holds, measured with gc.
 */
import { isDeepStrictEqual } from 'node:util'
import { readRecord } from '@shared/records/schemas'
import type { RecordValue } from '@shared/sync/recordDoc'
import type { SyncEngine } from '@shared/sync/syncEngine'
import type { Sodium } from '@shared/vault/sodium'
import { sealRecord } from '@shared/vault/recordEnvelope'
import { utf8 } from '@shared/vault/bytes'
import { generateOpportunity } from '../data/generate'
import { gc } from '../syncSpike/scenario'
import { engines } from '../../support/syncKit'

/** The figures at one size (ms, bytes, MiB). */
export interface SyncFigures {
  records: number
  vaultBytes: number
  startMs: number
  joinBatchesMs: number
  joinSnapshotMs: number
  landedToReadyMs: number
  folderBytesBefore: number
  folderFilesBefore: number
  folderBytesAfter: number
  folderFilesAfter: number
  engineMiB: number
  /** A's snapshot just after deleting a tenth of the applications, their content held. */
  snapshotDeletesHeldBytes: number
  /** A's snapshot once every device merged the deletes and they were purged. */
  snapshotDeletesPurgedBytes: number
  /** Looking through the document for deleted records to purge, none left. */
  purgeScanMs: number
  converged: boolean
}

const TABLE = 'opportunities'
const NOW = Date.UTC(2026, 10, 2, 9)
const BATCHES_PER_DEVICE = 20
const EDITS_PER_BATCH = 5

/** Heap and buffers outside it, in MiB, after a collection. */
function heldMiB(): number {
  gc()
  const usage = process.memoryUsage()
  return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20
}

async function timed(step: string, work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  const ms = performance.now() - start
  console.log(`  ${step}: ${Math.round(ms)} ms`)
  return ms
}

function folderSize(names: string[], read: (name: string) => Uint8Array | undefined): number {
  return names.reduce((sum, name) => sum + (read(name)?.length ?? 0), 0)
}

/** Runs the scenario at `size` applications. */
export async function runSyncBench(sodium: Sodium, size: number): Promise<SyncFigures> {
  console.log(`sync engine, ${size.toLocaleString('en-GB')} applications`)
  const records = Array.from({ length: size }, (_, i) => {
    const value = JSON.parse(JSON.stringify(generateOpportunity(i, { seed: 7, now: NOW })))
    return value as RecordValue & { id: string }
  })
  const key = sodium.randombytes_buf(32)
  const vaultBytes = records.reduce(
    (sum, r) => sum + sealRecord(sodium, key, 1, TABLE, r.id, utf8(JSON.stringify(r)), 1).length,
    0,
  )
  // A snapshot policy the scenario never reaches: the bench writes snapshots itself.
  const { folders, devices, join } = engines(sodium, 3, undefined, {
    batches: 10_000,
    bytes: 1e12,
  })
  const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
  const everyone = async (list: SyncEngine[]) => {
    for (const d of list) {
      folders.deliverAll()
      await d.sync()
    }
    folders.deliverAll()
  }

  const startMs = await timed('A starts syncing its vault', async () => {
    for (const r of records) a.records.put(TABLE, r.id, r)
    await a.sync()
  })
  await everyone([b, c, a, b, c])
  for (let batch = 0; batch < BATCHES_PER_DEVICE; batch++) {
    for (const [d, device] of devices.entries()) {
      for (let e = 0; e < EDITS_PER_BATCH; e++) {
        const r = records[(batch * 37 + e * 11 + d * 3) % size]!
        device.records.put(TABLE, r.id, { ...r, notes: `Device ${d}, batch ${batch}: rang them.` })
      }
      await device.publish()
    }
  }
  await everyone(devices)
  const view = (n: number) => (name: string) => folders.read(n, name)
  const namesBefore = folders.names(0)
  const folderBytesBefore = folderSize(namesBefore, view(0))

  const late = join()
  const joinBatchesMs = await timed('D joins from batches only', () => late.pull())
  const joinedLate = late.records.table(TABLE)
  late.records.destroy()

  for (const device of devices) await device.writeSnapshot()
  await everyone([...devices, ...devices])
  const namesAfter = folders.names(0)
  const folderBytesAfter = folderSize(namesAfter, view(0))

  const before = heldMiB()
  const fresh = join()
  const joinSnapshotMs = await timed('E joins from the newest snapshots', () => fresh.pull())
  const engineMiB = heldMiB() - before

  const edited = records[size - 1]!
  b.records.put(TABLE, edited.id, { ...edited, stage: 'offer', notes: 'Offer by phone.' })
  await b.publish()
  folders.deliverAll()
  let ready = false
  const landedToReadyMs = await timed('a change landed, merged, ready for the board', async () => {
    await a.pull()
    const value = a.records.get(TABLE, edited.id)
    ready = readRecord(TABLE, value).ok && value?.['stage'] === 'offer'
  })
  const merged = a.records.table(TABLE)
  const others = (table: typeof merged) => table.records.filter((r) => r.id !== edited.id)

  const snapshotBytes = async () => {
    await a.writeSnapshot()
    const newest = `devices/${a.device}/snapshot-${a.localState().seq}.avsync`
    return folders.read(0, newest)?.length ?? 0
  }
  const deleted = records.filter((_, i) => i % 10 === 3 && i !== size - 1)
  for (const r of deleted) a.records.remove(TABLE, r.id)
  await a.sync()
  const snapshotDeletesHeldBytes = await snapshotBytes()
  await everyone([b, c, a, b, c, a, b, c])
  const purged = devices.every((d) => d.records.heldDeletes().length === 0)
  const snapshotDeletesPurgedBytes = await snapshotBytes()
  const purgeScanMs = await timed('looking for deleted records to purge', async () =>
    a.records.heldDeletes(),
  )
  const gone = new Set(deleted.map((r) => r.id))
  const remaining = (table: typeof merged) => others(table).filter((r) => !gone.has(r.id))
  const converged =
    ready &&
    purged &&
    devices.every((d) => isDeepStrictEqual(remaining(d.records.table(TABLE)), remaining(merged))) &&
    isDeepStrictEqual(others(joinedLate), others(merged)) &&
    isDeepStrictEqual(others(fresh.records.table(TABLE)), others(merged))
  for (const d of [...devices, fresh]) d.records.destroy()
  return {
    records: size,
    vaultBytes,
    startMs,
    joinBatchesMs,
    joinSnapshotMs,
    landedToReadyMs,
    folderBytesBefore,
    folderFilesBefore: namesBefore.length,
    folderBytesAfter,
    folderFilesAfter: namesAfter.length,
    engineMiB,
    snapshotDeletesHeldBytes,
    snapshotDeletesPurgedBytes,
    purgeScanMs,
    converged,
  }
}

/** The figures as a Markdown table. */
export function syncTable(rows: readonly SyncFigures[]): string {
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`
  const mb = (n: number) => `${(n / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 2 })} MB`
  const lines = [
    '| applications | vault (sealed rows) | first publish | join, batches only | join from snapshot | landed → ready | folder before compaction | folder after | engine memory | snapshot, a tenth deleted: held → purged | purge look-up | converged |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.records.toLocaleString('en-GB')} | ${mb(r.vaultBytes)} | ${ms(r.startMs)} | ${ms(r.joinBatchesMs)} | ${ms(r.joinSnapshotMs)} | ${ms(r.landedToReadyMs)} | ${mb(r.folderBytesBefore)} in ${r.folderFilesBefore} files (${(r.folderBytesBefore / r.vaultBytes).toFixed(2)}×) | ${mb(r.folderBytesAfter)} in ${r.folderFilesAfter} files (${(r.folderBytesAfter / r.vaultBytes).toFixed(2)}×) | ${r.engineMiB.toFixed(0)} MiB | ${mb(r.snapshotDeletesHeldBytes)} → ${mb(r.snapshotDeletesPurgedBytes)} | ${r.purgeScanMs.toFixed(1)} ms | ${r.converged ? 'yes' : 'NO'} |`,
    )
  }
  return lines.join('\n')
}
