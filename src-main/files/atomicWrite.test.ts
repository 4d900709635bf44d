import { afterEach, describe, expect, it } from 'vitest'
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic } from './atomicWrite'

const bytes = (text: string) => new TextEncoder().encode(text)

let folder = ''

async function freshFolder(): Promise<string> {
  folder = await mkdtemp(join(tmpdir(), 'afterview-atomic-'))
  return folder
}

afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes a new file readable only by its owner', async () => {
    const path = join(await freshFolder(), 'reminders.json')
    await writeFileAtomic(path, bytes('{"a":1}'))
    expect(await readFile(path, 'utf8')).toBe('{"a":1}')
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600)
  })

  it('replaces an existing file whole and leaves no temp file behind', async () => {
    const dir = await freshFolder()
    const path = join(dir, 'reminders.json')
    await writeFile(path, 'old contents that are longer than the new ones')
    await writeFileAtomic(path, bytes('new'))
    expect(await readFile(path, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['reminders.json'])
  })

  it('leaves the old file in place and no temp file when the rename fails', async () => {
    const dir = await freshFolder()
    await writeFile(join(dir, 'other'), 'old')
    // A rename over a non-empty folder fails after the temp file was written and flushed.
    await mkdir(join(dir, 'blocked', 'child'), { recursive: true })
    await expect(writeFileAtomic(join(dir, 'blocked'), bytes('new'))).rejects.toThrow()
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'other'])
    expect(await readFile(join(dir, 'other'), 'utf8')).toBe('old')
  })

  it('refuses a folder that does not exist', async () => {
    const dir = await freshFolder()
    await expect(writeFileAtomic(join(dir, 'missing', 'file'), bytes('x'))).rejects.toThrow()
  })
})
