/**
 * The guard against temp folders left behind. A test run gets a temp folder of its own (TMPDIR,
 * which node's tmpdir() and Chromium both follow), so what the run left there is its own doing
 * even when other runs share the machine. At the end every `afterview-*` entry still there is a
 * test that did not remove what it made: the check names them and fails the run. The run's
 * folder goes in any case, so a failed run does not litter the machine either.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The prefix of every temp folder the tests make. */
export const TEST_TEMP_PREFIX = 'afterview-'

/**
 * Points TMPDIR at a fresh folder for this run (workers started afterwards inherit it) and answers
 * the check to call once every test has finished.
 */
export async function isolateTempFolder(): Promise<() => Promise<void>> {
  const previous = process.env['TMPDIR']
  const runDir = await mkdtemp(join(tmpdir(), 'afterview-run-'))
  process.env['TMPDIR'] = runDir
  return async () => {
    if (previous === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = previous
    const left = (await readdir(runDir)).filter((name) => name.startsWith(TEST_TEMP_PREFIX))
    await rm(runDir, { recursive: true, force: true })
    if (left.length > 0) {
      throw new Error(
        `Tests left ${left.length} temp folder(s) behind: ${left.sort().join(', ')}. ` +
          'Each test must remove what it makes, also when it fails.',
      )
    }
  }
}
