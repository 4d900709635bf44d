import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileIfPresent } from './readIfPresent'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'afterview-read-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('reading a file that may have been deleted since it was listed', () => {
  it('answers the bytes of a file that is there', async () => {
    await writeFile(join(dir, 'kept'), 'bytes')
    expect((await readFileIfPresent(join(dir, 'kept')))?.toString()).toBe('bytes')
  })

  it('answers null for a file deleted after the listing', async () => {
    await writeFile(join(dir, 'gone'), 'bytes')
    await rm(join(dir, 'gone'))
    expect(await readFileIfPresent(join(dir, 'gone'))).toBeNull()
  })

  it('still throws when the path cannot be read for another reason', async () => {
    await mkdir(join(dir, 'folder'))
    await expect(readFileIfPresent(join(dir, 'folder'))).rejects.toMatchObject({ code: 'EISDIR' })
  })
})
