import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isolateTempFolder } from './tempGuard'

describe('the guard against temp folders left behind', () => {
  it('fails the run, naming the folder a test left behind, and removes it anyway', async () => {
    const check = await isolateTempFolder()
    const left = await mkdtemp(join(tmpdir(), 'afterview-data-'))
    await expect(check()).rejects.toThrow(/left 1 temp folder\(s\) behind: afterview-data-/)
    expect(existsSync(left)).toBe(false)
  })

  it('passes when every folder made was removed, and gives the temp folder back', async () => {
    const before = process.env['TMPDIR']
    const outer = tmpdir()
    const check = await isolateTempFolder()
    expect(tmpdir()).not.toBe(outer)
    const removed = await mkdtemp(join(tmpdir(), 'afterview-documents-'))
    await rm(removed, { recursive: true })
    await expect(check()).resolves.toBeUndefined()
    expect(process.env['TMPDIR']).toBe(before)
  })
})
