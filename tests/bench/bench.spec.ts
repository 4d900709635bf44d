/**
 * `npm run bench`: vaults of 1,000 and 10,000 opportunities (BENCH_SIZES, comma-separated), five
 * runs each (BENCH_RUNS); prints the table and writes .bench/results.json and .bench/results.md.
 * BENCH_PROFILE=folder also writes a CPU profile of each unlock there and prints its top functions.
 */
import { test } from '@playwright/test'
import { resolve } from 'node:path'
import { repoRoot } from '../e2e/support/global-setup'
import { writeResults } from './output'
import { missedTargets } from './report'
import { runBench } from './runBench'

function numbers(text: string | undefined, fallback: number[]): number[] {
  const list = (text ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
  return list.length > 0 ? list : fallback
}

test('benchmark', async () => {
  const sizes = numbers(process.env['BENCH_SIZES'], [1000, 10_000])
  const [runs] = numbers(process.env['BENCH_RUNS'], [5])
  const results = await runBench({
    sizes,
    runs: runs!,
    calibrate: true,
    log: console.log,
    profileDir: process.env['BENCH_PROFILE'] || undefined,
  })
  const { table } = await writeResults(results, resolve(repoRoot, '.bench'))
  const missed = missedTargets(results)
  console.log(`\n${table}\n`)
  console.log(missed.length ? `Targets missed:\n- ${missed.join('\n- ')}` : 'Every target met.')
  console.log('\nWritten to .bench/results.json and .bench/results.md')
})
