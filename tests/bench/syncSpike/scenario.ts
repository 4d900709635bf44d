/**
 * The sync spike's scenario: device 0 builds a vault of N generated applications and writes a
 * snapshot; devices 1 and 2 join from it; all three edit offline (some records on two devices,
 * some fields on two devices, a few deletes), each encodes its batch, then each applies the
 * other two's batches in its own order. The figures are wall-clock times of each step, encoded
 * sizes, and the memory held by the three replicas. Convergence is checked, not assumed.
 */
import { deflateSync } from 'fflate'
import { generateOpportunity } from '../data/generate'
import type { Engine, Replica } from './engines'

/** Figures of one engine at one size (ms, bytes, MiB). */
export interface SpikeFigures {
  engine: string
  records: number
  buildMs: number
  snapshotBytes: number
  /** The snapshot deflated (level 6), as it would be before sealing. */
  deflatedBytes: number
  saveMs: number
  joinMs: number
  editMs: number
  batchBytes: number
  applyMs: number
  heldMiB: number
  converged: boolean
}

const NOW = Date.UTC(2026, 10, 2, 9)
/** Records edited by each device while offline. */
const EDITS_PER_DEVICE = 200

/** A full collection, when node runs with --expose-gc (both sync benches' configs ask for it). */
export function gc(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

/** Memory in MiB: the JS heap plus buffers outside it (WebAssembly memory counts as rss). */
function memoryMiB(): number {
  gc()
  const usage = process.memoryUsage()
  return usage.rss / 2 ** 20
}

/** Runs `work`, printing how long `step` took as it finishes (a slow engine shows progress). */
function timed<T>(step: string, work: () => T): [T, number] {
  const start = performance.now()
  const result = work()
  const ms = performance.now() - start
  console.log(`  ${step}: ${Math.round(ms)} ms`)
  return [result, ms]
}

/** The ids device `device` edits: overlapping with the next device's every fourth record. */
function editedIds(ids: readonly string[], device: number): string[] {
  const out: string[] = []
  for (let k = 0; k < EDITS_PER_DEVICE; k++) {
    const shared = k % 4 === 0
    const index = shared ? k * 13 : k * 13 + device * 5 + 1
    out.push(ids[index % ids.length]!)
  }
  return out
}

function offlineEdits(replica: Replica, ids: readonly string[], device: number): void {
  for (const id of editedIds(ids, device)) {
    replica.edit(id, {
      stage: device === 1 ? 'offer' : 'followed-up',
      notes: `Device ${device} note about ${id}: called the recruiter, they will write on Friday.`,
      updatedAt: NOW + device,
    })
  }
  if (device === 2) for (let k = 0; k < 20; k++) replica.remove(ids[(k * 97 + 3) % ids.length]!)
}

/** Runs the scenario for one engine at one vault size. */
export function runSpike(engine: Engine, size: number): SpikeFigures {
  const records = Array.from({ length: size }, (_, i) =>
    generateOpportunity(i, { seed: 7, now: NOW }),
  )
  const ids = records.map((r) => r.id)
  const before = memoryMiB()
  console.log(`${engine.name}, ${size} records`)

  const devices = [0, 1, 2].map((d) => engine.replica(d))
  const [first, second, third] = devices as [Replica, Replica, Replica]
  const [, buildMs] = timed('build', () => first.putAll(records))
  const [snapshot, saveMs] = timed('save', () => first.save())
  const [, joinMs] = timed('join', () => second.load(snapshot))
  third.load(snapshot)

  for (const replica of devices) replica.mark()
  const [, editMs] = timed('edits', () => devices.forEach((r, d) => offlineEdits(r, ids, d)))
  const batches = devices.map((r) => r.batch())

  // Each device applies the other two batches, in a different order each.
  const [, applyMs] = timed('apply', () => {
    second.apply(batches[2]!)
    second.apply(batches[0]!)
  })
  first.apply(batches[1]!)
  first.apply(batches[2]!)
  third.apply(batches[0]!)
  third.apply(batches[1]!)
  const heldMiB = (memoryMiB() - before) / devices.length
  const texts = devices.map((r) => r.text())

  return {
    engine: engine.name,
    records: size,
    buildMs,
    snapshotBytes: snapshot.length,
    deflatedBytes: deflateSync(snapshot, { level: 6 }).length,
    saveMs,
    joinMs,
    editMs: editMs / devices.length,
    batchBytes: Math.round(batches.reduce((sum, b) => sum + b.length, 0) / batches.length),
    applyMs,
    heldMiB,
    converged: texts.every((t) => t === texts[0]) && !texts[0]!.includes(`"${ids[3]!}"`),
  }
}

/** The figures as a Markdown table. */
export function spikeTable(rows: readonly SpikeFigures[]): string {
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`
  const kib = (n: number) =>
    `${(n / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KiB`
  const lines = [
    '| engine | records | build | save | snapshot | deflated | join (load) | 200 edits | batch | apply 2 batches | held per replica | converged |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.engine} | ${r.records.toLocaleString('en-GB')} | ${ms(r.buildMs)} | ${ms(r.saveMs)} | ${kib(r.snapshotBytes)} | ${kib(r.deflatedBytes)} | ${ms(r.joinMs)} | ${ms(r.editMs)} | ${kib(r.batchBytes)} | ${ms(r.applyMs)} | ${r.heldMiB.toFixed(0)} MiB | ${r.converged ? 'yes' : 'NO'} |`,
    )
  }
  return lines.join('\n')
}
