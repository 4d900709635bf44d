/**
 * Keeps `npm run bench` working: the whole benchmark on a tiny vault (50 opportunities, one run,
 * Argon2id at the production floor instead of calibrated). It checks that every figure is there
 * and sane, never that it meets a target: targets belong to the benchmark's table, not to a test.
 */
import { readFile } from 'node:fs/promises'
import { test, expect } from '@playwright/test'
import { writeResults } from '../bench/output'
import { insaneFigures, ROWS, type BenchResults } from '../bench/report'
import { runBench } from '../bench/runBench'

test('the benchmark runs on a tiny vault and writes every figure', async () => {
  test.setTimeout(240_000)
  const results = await runBench({ sizes: [50], runs: 1, calibrate: false })
  const { table, json } = await writeResults(results, test.info().outputPath('bench'))

  const written = JSON.parse(await readFile(json, 'utf8')) as BenchResults
  expect(written.sizes.map((s) => s.opportunities)).toEqual([50])
  const [size] = written.sizes
  expect(size!.samples).toHaveLength(1)
  expect(insaneFigures(size!.median)).toEqual([])
  expect(size!.median.deriveMs).toBeGreaterThan(10)
  expect(size!.median.floorMs).toBeGreaterThan(0)
  expect(size!.median.loadRatio).toBeGreaterThan(0)
  expect(size!.median.heapMiB).toBeGreaterThan(1)
  expect(size!.ciphertextBytes).toBeGreaterThan(50 * 2048)
  for (const row of ROWS) expect(table).toContain(`| ${row.label} |`)
})
