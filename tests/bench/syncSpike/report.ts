/** Runs the spike for one engine at each size, prints the table and keeps the figures as JSON. */
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Engine } from './engines'
import { runSpike, spikeTable, type SpikeFigures } from './scenario'

const SIZES = (process.env.SYNC_SPIKE_SIZES ?? '1000,10000').split(',').map(Number)
const OUT = resolve(import.meta.dirname, '../../../test-results/sync-spike')

/** Measures `engine` at each size; answers the rows and writes `<file>.json`. */
export async function reportSpike(engine: Engine, file: string): Promise<SpikeFigures[]> {
  const rows = SIZES.map((size) => runSpike(engine, size))
  console.log(`\n${spikeTable(rows)}\n`)
  await mkdir(OUT, { recursive: true })
  await writeFile(resolve(OUT, `${file}.json`), `${JSON.stringify(rows, null, 2)}\n`)
  return rows
}
