import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeStaleTemps, writeFileAtomic } from './atomicWrite'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'afterview-atomic-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('atomic writes', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(dir, 'file')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    await writeFileAtomic(target, new Uint8Array([4, 5]))
    expect([...(await readFile(target))]).toEqual([4, 5])
    expect(await readdir(dir)).toEqual(['file'])
  })

  it.skipIf(process.platform === 'win32')(
    'creates files readable by the owner only (0600)',
    async () => {
      const target = join(dir, 'file')
      await writeFile(target, 'old', { mode: 0o644 })
      await writeFileAtomic(target, new Uint8Array([1]))
      expect((await stat(target)).mode & 0o777).toBe(0o600)
    },
  )

  it('fails without touching the target when the folder is missing', async () => {
    await expect(
      writeFileAtomic(join(dir, 'missing', 'file'), new Uint8Array([1])),
    ).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  it('removes temp files an interrupted write left, and nothing else', async () => {
    await writeFile(join(dir, '.abc.123.afterview-tmp'), 'half')
    await writeFile(join(dir, 'abc'), 'whole')
    expect(await removeStaleTemps(dir)).toBe(1)
    expect(await readdir(dir)).toEqual(['abc'])
  })
})
