/** Writing a benchmark's results: the JSON for tools, the Markdown table for people. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describeMachine, formatTable, type BenchResults } from './report'

/** Writes `results.json` and `results.md` into `dir`; answers the table and the JSON's path. */
export async function writeResults(
  results: BenchResults,
  dir: string,
): Promise<{ table: string; json: string }> {
  await mkdir(dir, { recursive: true })
  const json = join(dir, 'results.json')
  const table = `${formatTable(results)}\n\n${describeMachine(results)}`
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`)
  await writeFile(join(dir, 'results.md'), `${table}\n`)
  return { table, json }
}
