import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { readFileIfPresent } from './readIfPresent'

const folder = tempFolderPerTest('read')

describe('reading a file that may have been deleted since it was listed', () => {
  it('answers the bytes of a file that is there', async () => {
    await writeFile(join(folder(), 'kept'), 'bytes')
    expect((await readFileIfPresent(join(folder(), 'kept')))?.toString()).toBe('bytes')
  })

  it('answers null for a file deleted after the listing', async () => {
    await writeFile(join(folder(), 'gone'), 'bytes')
    await rm(join(folder(), 'gone'))
    expect(await readFileIfPresent(join(folder(), 'gone'))).toBeNull()
  })

  it('still throws when the path cannot be read for another reason', async () => {
    await mkdir(join(folder(), 'folder'))
    await expect(readFileIfPresent(join(folder(), 'folder'))).rejects.toMatchObject({
      code: 'EISDIR',
    })
  })
})
