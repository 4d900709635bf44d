/** A temp folder per test, for tests of code that reads and writes files. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

/**
 * Gives each test of the calling file a fresh, empty `afterview-NAME-*` folder and removes it
 * after the test, passed or failed. Answers a function that returns the current test's folder.
 */
export function tempFolderPerTest(name: string): () => string {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), `afterview-${name}-`))
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))
  return () => folder
}
