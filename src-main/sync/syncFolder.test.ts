import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SyncFolderError, type FolderProblem } from '@shared/sync/folder'
import { SyncEngine } from '@shared/sync/syncEngine'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { keyring, testClock } from '../../tests/support/syncKit'
import { diskSyncFolder, problemOf } from './syncFolder'

const folder = tempFolderPerTest('sync')
const device = '0123456789abcdef0123456789abcdef'
const name = `devices/${device}/batch-1.avsync`

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

async function kindOf(run: () => Promise<unknown>): Promise<FolderProblem> {
  try {
    await run()
  } catch (error) {
    if (error instanceof SyncFolderError) return error.kind
    throw error
  }
  throw new Error('expected a SyncFolderError')
}

describe('the sync folder on disk', () => {
  it('writes, lists and reads files by their names inside the folder', async () => {
    const port = diskSyncFolder(folder())
    await port.write(name, new Uint8Array([1, 2, 3]))
    await port.write('vault-header.json', new TextEncoder().encode('{}'))
    const entries = await port.list()
    expect(entries.map((e) => e.name).sort()).toEqual([name, 'vault-header.json'])
    expect(entries.find((e) => e.name === name)!.size).toBe(3)
    expect(await port.read(name)).toEqual(new Uint8Array([1, 2, 3]))
    expect(await port.read(`devices/${device}/batch-2.avsync`)).toBeNull()
    // The atomic write leaves no temp file behind.
    expect(await readdir(join(folder(), 'devices', device))).toEqual(['batch-1.avsync'])
  })

  it('refuses a file over the size limit from its size, before reading it', async () => {
    const port = diskSyncFolder(folder(), 1024)
    await port.write(name, new Uint8Array(1024).fill(7))
    expect(await port.read(name)).toHaveLength(1024)
    const big = `devices/${device}/snapshot-2.avsync`
    await writeFile(join(folder(), big), new Uint8Array(1025))
    await expect(port.read(big)).rejects.toMatchObject({ kind: 'too-large' })
  })

  it.each([
    '../outside.avsync',
    '/etc/passwd',
    `devices/${device}/../../../outside`,
    `devices/${device}/..`,
    `devices\\${device}\\batch-1.avsync`,
    `devices/${device}/sub/batch-1.avsync`,
    'devices/not-a-device/batch-1.avsync',
    `devices/${device}/bad\0name`,
    'notes.txt',
  ])('refuses the name %s', async (bad) => {
    const port = diskSyncFolder(folder())
    expect(await kindOf(() => port.write(bad, new Uint8Array([1])))).toBe('denied')
    expect(await kindOf(() => port.read(bad))).toBe('denied')
  })

  it('follows no symlink out of the folder', async () => {
    const outside = join(folder(), '..', `${device}-outside`)
    await mkdir(outside, { recursive: true })
    try {
      await writeFile(join(outside, 'secret.txt'), 'not for sync')
      await mkdir(join(folder(), 'devices', device), { recursive: true })
      await symlink(
        join(outside, 'secret.txt'),
        join(folder(), 'devices', device, 'batch-1.avsync'),
      )
      const other = 'fedcba9876543210fedcba9876543210'
      await symlink(outside, join(folder(), 'devices', other))
      const port = diskSyncFolder(folder())
      expect(await port.list()).toEqual([])
      expect(await kindOf(() => port.read(name))).toBe('denied')
      expect(
        await kindOf(() => port.write(`devices/${other}/batch-1.avsync`, new Uint8Array([1]))),
      ).toBe('denied')
      await writeFile(join(outside, 'batch-2.avsync'), 'not ours either')
      expect(await kindOf(() => port.remove(`devices/${other}/batch-2.avsync`))).toBe('denied')
      expect((await readdir(outside)).sort()).toEqual(['batch-2.avsync', 'secret.txt'])
    } finally {
      await rm(outside, { recursive: true, force: true })
    }
  })

  it('deletes a device’s file (compaction), a file already gone is fine, the header copy never', async () => {
    const port = diskSyncFolder(folder())
    await port.write(name, new Uint8Array([1, 2, 3]))
    await port.write('vault-header.json', new TextEncoder().encode('{}'))
    await port.remove(name)
    await port.remove(name)
    expect(await kindOf(() => port.remove('vault-header.json'))).toBe('denied')
    expect(await kindOf(() => port.remove(`devices/${device}/../vault-header.json`))).toBe('denied')
    expect((await port.list()).map((e) => e.name)).toEqual(['vault-header.json'])
  })

  it('takes a device’s folder away with its last file, and only then', async () => {
    const port = diskSyncFolder(folder())
    const deviceFile = `devices/${device}/device.avsync`
    await port.write(name, new Uint8Array([1, 2, 3]))
    await port.write(deviceFile, new Uint8Array([4, 5]))
    await port.remove(name)
    expect(await readdir(join(folder(), 'devices', device))).toEqual(['device.avsync'])
    await port.remove(deviceFile)
    expect(await readdir(join(folder(), 'devices'))).toEqual([])
  })

  it('reports a folder that is gone as missing, for listing, reading, writing and deleting', async () => {
    const port = diskSyncFolder(join(folder(), 'unplugged'))
    expect(await kindOf(() => port.remove(name))).toBe('folder-missing')
    expect(await kindOf(() => port.list())).toBe('folder-missing')
    expect(await kindOf(() => port.read(name))).toBe('folder-missing')
    expect(await kindOf(() => port.write(name, new Uint8Array([1])))).toBe('folder-missing')
  })

  it('names the kinds of file-system failure', () => {
    const error = (code: string) => Object.assign(new Error(code), { code })
    expect(problemOf(error('ENOSPC'))).toBe('disk-full')
    expect(problemOf(error('EDQUOT'))).toBe('disk-full')
    expect(problemOf(error('EACCES'))).toBe('denied')
    expect(problemOf(error('EIO'))).toBe('folder-error')
  })

  it('tells when another device’s file arrives', async () => {
    const port = diskSyncFolder(folder())
    const changed = new Promise<void>((resolve) => {
      const stop = port.watch(() => {
        stop()
        resolve()
      })
    })
    await mkdir(join(folder(), 'devices', device), { recursive: true })
    await writeFile(join(folder(), name), new Uint8Array([9]))
    await changed
  })

  it('carries records between two devices through a real folder', async () => {
    const keys = keyring(sodium)
    const clock = testClock()
    const engine = () =>
      new SyncEngine({
        sodium,
        folder: diskSyncFolder(folder()),
        keys,
        now: clock.now,
        newDeviceId: () => sodium.to_hex(sodium.randombytes_buf(16)),
        local: { device: sodium.to_hex(sodium.randombytes_buf(16)), seq: 0, published: null },
      })
    const [a, b] = [engine(), engine()]
    a.records.put('opportunities', 'opp-1', { company: 'Fjordlight Analytics', stage: 'offer' })
    b.records.put('opportunities', 'opp-2', { company: 'Kōbe Lacquer Works', stage: 'interviewed' })
    await a.sync()
    await b.sync()
    await a.pull()
    expect(a.records.table('opportunities')).toEqual(b.records.table('opportunities'))
    expect(a.records.table('opportunities').records.map((r) => r.id)).toEqual(['opp-1', 'opp-2'])
  })
})
