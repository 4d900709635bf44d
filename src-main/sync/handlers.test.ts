import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { toBase64 } from '@shared/vault/bytes'
import { buildHandlers } from '../ipc/handlers'
import { portsToDispose, type TestPorts } from '../../tests/support/testPorts'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { caller, kindOf, valueOf, type Call } from '../../tests/support/wire'
import { SYNC_FOLDER_FILE } from './folderService'

const synced = tempFolderPerTest('synced')
const made = portsToDispose()
afterEach(() => made.disposeAll())

const device = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const batch = `devices/${device}/batch-1.avsync`
const bytes = new Uint8Array([65, 86, 83, 89, 1, 2, 3, 250])

async function setUp(dataDir?: string): Promise<{ t: TestPorts; call: Call }> {
  const t = await made.create(dataDir ? { dataDir } : {})
  return { t, call: caller(buildHandlers(t.ports)) }
}

describe('the sync channels', () => {
  it('ask for a folder, remember it across a restart, and forget it', async () => {
    const { t, call } = await setUp()
    expect(valueOf(await call('sync/folder'))).toEqual({ chosen: false, label: null })
    t.dialog.folders.push(null)
    expect(valueOf(await call('sync/choose-folder'))).toEqual({
      chosen: false,
      label: null,
      cancelled: true,
    })
    t.dialog.folders.push(synced())
    const chosen = valueOf(await call('sync/choose-folder')) as { label: string }
    expect(chosen).toMatchObject({ chosen: true, cancelled: false })
    // The renderer learns the folder's own name, never where it is.
    expect(chosen.label).toMatch(/^afterview-synced-/)
    expect(JSON.stringify(chosen)).not.toContain('/')
    expect(t.dialog.asked.at(-1)).toEqual({
      kind: 'folder',
      title: 'Choose a folder to sync through',
    })

    const again = await setUp(t.dataDir)
    expect(valueOf(await again.call('sync/folder'))).toMatchObject({ chosen: true })
    expect(valueOf(await again.call('sync/forget-folder'))).toEqual({ chosen: false, label: null })
    expect(await readdir(t.dataDir)).not.toContain(SYNC_FOLDER_FILE)
    // Forgetting leaves the folder's files where they are; the channels now refuse.
    expect(kindOf(await again.call('sync/list'))).toBe('not-found')
  })

  it('write, list and read files inside the chosen folder', async () => {
    const { t, call } = await setUp()
    expect(kindOf(await call('sync/write', { name: batch, dataB64: toBase64(bytes) }))).toBe(
      'not-found',
    )
    t.dialog.folders.push(synced())
    await call('sync/choose-folder')
    valueOf(await call('sync/write', { name: batch, dataB64: toBase64(bytes) }))
    expect(new Uint8Array(await readFile(join(synced(), batch)))).toEqual(bytes)
    const { entries } = valueOf(await call('sync/list')) as { entries: { name: string }[] }
    expect(entries).toEqual([{ name: batch, size: bytes.length, modified: expect.any(Number) }])
    expect(valueOf(await call('sync/read', { name: batch }))).toEqual({ dataB64: toBase64(bytes) })
    expect(valueOf(await call('sync/read', { name: `devices/${device}/batch-2.avsync` }))).toEqual({
      dataB64: null,
    })
  })

  it.each([
    '../outside.avsync',
    '/etc/passwd',
    `devices/${device}/../../../outside`,
    `devices/${device}/sub/batch-1.avsync`,
    'notes.txt',
  ])('refuse the name %s, outside the folder’s own names', async (name) => {
    const { t, call } = await setUp()
    t.dialog.folders.push(synced())
    await call('sync/choose-folder')
    expect(kindOf(await call('sync/write', { name, dataB64: toBase64(bytes) }))).toBe('denied')
    expect(kindOf(await call('sync/read', { name }))).toBe('denied')
    expect(await readdir(synced())).toEqual([])
  })

  it('refuse payloads that are not names and bytes', async () => {
    const { t, call } = await setUp()
    t.dialog.folders.push(synced())
    await call('sync/choose-folder')
    expect(kindOf(await call('sync/read', { name: '' }))).toBe('invalid-payload')
    expect(kindOf(await call('sync/write', { name: batch, dataB64: 'not base64!' }))).toBe(
      'invalid-payload',
    )
    expect(kindOf(await call('sync/choose-folder', { path: '/tmp' }))).toBe('invalid-payload')
  })

  it('never follow a link that leads out of the folder', async () => {
    const { t, call } = await setUp()
    const outside = join(t.dataDir, 'elsewhere')
    await mkdir(outside)
    await writeFile(join(outside, 'batch-1.avsync'), 'secret')
    await mkdir(join(synced(), 'devices'))
    await symlink(outside, join(synced(), 'devices', device))
    t.dialog.folders.push(synced())
    await call('sync/choose-folder')
    expect(kindOf(await call('sync/read', { name: batch }))).toBe('denied')
    expect(kindOf(await call('sync/write', { name: batch, dataB64: toBase64(bytes) }))).toBe(
      'denied',
    )
  })

  it('report a folder that vanishes, and work again when it is back', async () => {
    const { t, call } = await setUp()
    t.dialog.folders.push(synced())
    await call('sync/choose-folder')
    await rm(synced(), { recursive: true })
    expect(kindOf(await call('sync/list'))).toBe('folder-missing')
    expect(kindOf(await call('sync/write', { name: batch, dataB64: toBase64(bytes) }))).toBe(
      'folder-missing',
    )
    expect(kindOf(await call('sync/read', { name: batch }))).toBe('folder-missing')
    await mkdir(synced())
    valueOf(await call('sync/write', { name: batch, dataB64: toBase64(bytes) }))
    expect(valueOf(await call('sync/list'))).toMatchObject({ entries: [{ name: batch }] })
  })

  it('tell the renderer when a file arrives in the folder', async () => {
    const { t, call } = await setUp()
    t.dialog.folders.push(synced())
    await call('sync/choose-folder')
    await mkdir(join(synced(), 'devices', device), { recursive: true })
    await writeFile(join(synced(), batch), bytes)
    await expect
      .poll(() => t.events.filter((e) => e.event === 'sync/changed').length, { timeout: 5000 })
      .toBeGreaterThan(0)
  })

  it('watch a folder again once it is back after vanishing', async () => {
    const { t, call } = await setUp()
    t.dialog.folders.push(synced())
    await call('sync/choose-folder')
    const changes = () => t.events.filter((e) => e.event === 'sync/changed').length
    await rm(synced(), { recursive: true })
    await expect.poll(changes, { timeout: 5000 }).toBeGreaterThan(0)
    expect(kindOf(await call('sync/list'))).toBe('folder-missing')
    await mkdir(synced())
    valueOf(await call('sync/list'))
    const seen = changes()
    await mkdir(join(synced(), 'devices', device), { recursive: true })
    await writeFile(join(synced(), batch), bytes)
    await expect.poll(changes, { timeout: 5000 }).toBeGreaterThan(seen)
  })
})

/** Attaches a document named `name` holding `text`, as the user would pick it. */
async function attach(t: TestPorts, call: Call, name: string, text: string) {
  const path = join(t.documentsDir, name)
  await writeFile(path, text)
  t.dialog.opens.push(path)
  return valueOf(await call('attachments/import')) as { fileId: string; digest: string }
}

describe('the attachment channel of sync', () => {
  it('copies a stored file out, and refuses what is not a file id and a digest', async () => {
    const { t, call } = await setUp()
    const file = await attach(t, call, 'Contrat — Müller & Söhne.pdf', 'Contrat, Zoë Ångström')
    const files = [{ fileId: file.fileId, digest: file.digest }]
    // No folder chosen yet.
    expect(kindOf(await call('sync/attachments', { files }))).toBe('not-found')

    t.dialog.folders.push(synced())
    valueOf(await call('sync/choose-folder'))
    expect(valueOf(await call('sync/attachments', { files }))).toEqual({
      sent: 1,
      arrived: [],
      waiting: [],
    })
    expect(await readdir(join(synced(), 'attachments'))).toEqual([`${file.digest}.avattach`])

    for (const bad of [
      { fileId: '../../vault-header', digest: file.digest },
      { fileId: file.fileId, digest: '../devices/x' },
      { fileId: file.fileId, digest: file.digest.toUpperCase() },
      { fileId: file.fileId, digest: file.digest, path: '/etc/passwd' },
    ]) {
      expect(kindOf(await call('sync/attachments', { files: [bad] }))).toBe('invalid-payload')
    }
    expect(
      valueOf(await call('attachments/missing', { fileIds: [file.fileId, 'f'.repeat(32)] })),
    ).toEqual({ fileIds: ['f'.repeat(32)] })
  })

  it('gives old references their digest, lists the folder’s files and deletes one by digest', async () => {
    const { t, call } = await setUp()
    const file = await attach(t, call, 'Lebenslauf — Jürgen Weiß.pdf', 'Lebenslauf, München')
    const absent = 'e'.repeat(32)
    // Main computes the digest from the sealed file: no folder is needed for it.
    expect(
      valueOf(await call('sync/attachment-digests', { fileIds: [file.fileId, absent] })),
    ).toEqual({ files: [{ fileId: file.fileId, digest: file.digest }] })
    expect(kindOf(await call('sync/attachments-listed'))).toBe('not-found')

    t.dialog.folders.push(synced())
    valueOf(await call('sync/choose-folder'))
    expect(valueOf(await call('sync/attachments-listed'))).toEqual({ digests: [] })
    valueOf(
      await call('sync/attachments', { files: [{ fileId: file.fileId, digest: file.digest }] }),
    )
    expect(valueOf(await call('sync/attachments-listed'))).toEqual({ digests: [file.digest] })
    expect(valueOf(await call('sync/attachment-remove', { digest: file.digest }))).toBeNull()
    expect(valueOf(await call('sync/attachment-remove', { digest: file.digest }))).toBeNull()
    expect(await readdir(join(synced(), 'attachments'))).toEqual([])
    for (const digest of ['../vault-header.json', file.digest.toUpperCase(), 'ab'.repeat(31)]) {
      expect(kindOf(await call('sync/attachment-remove', { digest }))).toBe('invalid-payload')
    }
    // The data folder's own file is never touched by the folder's deletion.
    expect(await readdir(join(t.dataDir, 'attachments'))).toEqual([file.fileId])
  })
})
