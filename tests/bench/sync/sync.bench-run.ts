import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { it } from 'vitest'
import { loadSodium } from '@shared/vault/sodium'
import { runSyncBench, syncTable } from './scenario'

const SIZES = (process.env.SYNC_BENCH_SIZES ?? '1000,10000').split(',').map(Number)
const OUT = resolve(import.meta.dirname, '../../../test-results/sync-bench')

it('measures sync through a folder at each vault size', async () => {
  const sodium = await loadSodium()
  const rows = []
  for (const size of SIZES) rows.push(await runSyncBench(sodium, size))
  console.log(`\n${syncTable(rows)}\n`)
  await mkdir(OUT, { recursive: true })
  await writeFile(resolve(OUT, 'sync.json'), `${JSON.stringify(rows, null, 2)}\n`)
})
