import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { removeStaleTemps, writeFileAtomic } from './atomicWrite'

const folder = tempFolderPerTest('atomic')

describe('atomic writes', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(folder(), 'file')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    await writeFileAtomic(target, new Uint8Array([4, 5]))
    expect([...(await readFile(target))]).toEqual([4, 5])
    expect(await readdir(folder())).toEqual(['file'])
  })

  it.skipIf(process.platform === 'win32')(
    'creates files readable by the owner only (0600)',
    async () => {
      const target = join(folder(), 'file')
      await writeFile(target, 'old', { mode: 0o644 })
      await writeFileAtomic(target, new Uint8Array([1]))
      expect((await stat(target)).mode & 0o777).toBe(0o600)
    },
  )

  it('fails without touching the target when the folder is missing', async () => {
    await expect(
      writeFileAtomic(join(folder(), 'missing', 'file'), new Uint8Array([1])),
    ).rejects.toThrow()
    expect(await readdir(folder())).toEqual([])
  })

  it('removes temp files an interrupted write left, and nothing else', async () => {
    await writeFile(join(folder(), '.abc.123.afterview-tmp'), 'half')
    await writeFile(join(folder(), 'abc'), 'whole')
    expect(await removeStaleTemps(folder())).toBe(1)
    expect(await readdir(folder())).toEqual(['abc'])
  })
})
