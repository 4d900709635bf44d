import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { it } from 'vitest'
import { loadSodium } from '@shared/vault/sodium'
import { runAttachmentPassBench } from './attachmentPass'
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

it('measures the first attachment pass of a session at each vault size', async () => {
  const sodium = await loadSodium()
  const root = await mkdtemp(join(tmpdir(), 'afterview-attachment-bench-'))
  try {
    const rows = []
    for (const size of SIZES) {
      console.log(`attachments, ${size.toLocaleString('en-GB')} applications`)
      rows.push(await runAttachmentPassBench(sodium, size, root))
    }
    await mkdir(OUT, { recursive: true })
    await writeFile(resolve(OUT, 'attachments.json'), `${JSON.stringify(rows, null, 2)}\n`)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})
