import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from './atomicWrite'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'afterview-atomic-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file behind', async () => {
    const path = join(folder, 'notes.docx')
    await writeFileAtomic(path, bytes('new'))
    expect(await readFile(path, 'utf8')).toBe('new')
    expect(await readdir(folder)).toEqual(['notes.docx'])
  })

  it.skipIf(process.platform === 'win32')('makes the file readable by its owner only', async () => {
    const path = join(folder, 'private.docx')
    await writeFileAtomic(path, bytes('x'))
    expect((await stat(path)).mode & 0o777).toBe(0o600)
  })

  it('replaces an existing file whole', async () => {
    const path = join(folder, 'plan.docx')
    await writeFile(path, 'old contents that are longer than the new ones')
    await writeFileAtomic(path, bytes('new'))
    expect(await readFile(path, 'utf8')).toBe('new')
  })

  it('keeps the complete old file when the write dies before the rename', async () => {
    const path = join(folder, 'plan.docx')
    await writeFile(path, 'old')
    const crash = writeFileAtomic(path, bytes('new'), {
      beforeRename: async (temp) => {
        expect(await readFile(temp, 'utf8')).toBe('new')
        throw new Error('power cut')
      },
    })
    await expect(crash).rejects.toThrow('power cut')
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['plan.docx'])
  })

  it('reports a missing folder as the file system’s error and creates nothing', async () => {
    const path = join(folder, 'gone', 'plan.docx')
    await expect(writeFileAtomic(path, bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(folder)).toEqual([])
  })
})
