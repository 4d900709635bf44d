import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportedAttachment } from '@shared/ipc/contract'
import { attachmentFolderName } from '@shared/sync/attachmentNames'
import { SyncFolderError } from '@shared/sync/folder'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { readAttachment, storeAttachment } from '../attachments/attachmentFiles'
import { syncAttachmentFiles } from './attachmentCopies'
import { diskSyncFolder } from './syncFolder'

const root = tempFolderPerTest('attach-sync')
const LIMIT = 10_000_000

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

/** Two computers' data folders and the folder they sync through, inside the test's folder. */
async function computers() {
  await mkdir(join(root(), 'Afterview sync'))
  return {
    laptop: join(root(), 'laptop'),
    desktop: join(root(), 'desktop'),
    synced: diskSyncFolder(join(root(), 'Afterview sync')),
    syncedPath: join(root(), 'Afterview sync'),
  }
}

const letterText = 'Offre d’emploi — Société Générale, Zoë Ångström-Łukasiewicz, 58 000 € brut'

async function attachLetter(dataDir: string): Promise<ImportedAttachment> {
  const plain = new TextEncoder().encode(letterText.repeat(4000)) // over several 64 KiB chunks
  return storeAttachment(sodium, dataDir, 'Lettre d’offre — Société Générale.pdf', plain, LIMIT)
}

describe('attachments through the synced folder', () => {
  it('copies the sealed file out byte for byte under its digest, once', async () => {
    const { laptop, synced, syncedPath } = await computers()
    const letter = await attachLetter(laptop)
    expect(letter.digest).toMatch(/^[0-9a-f]{64}$/)
    const files = [{ fileId: letter.fileId, digest: letter.digest }]

    expect(await syncAttachmentFiles(sodium, laptop, synced, files)).toEqual({
      sent: 1,
      arrived: [],
      waiting: [],
    })
    const sealed = await readFile(join(laptop, 'attachments', letter.fileId))
    const copy = await readFile(join(syncedPath, attachmentFolderName(letter.digest)))
    expect(copy.equals(sealed)).toBe(true)
    expect(copy.includes(Buffer.from('Société'))).toBe(false)
    // The next pass finds it there and writes nothing.
    expect((await syncAttachmentFiles(sodium, laptop, synced, files)).sent).toBe(0)
  })

  it('adopts the folder’s copy on another computer only once it is complete', async () => {
    const { laptop, desktop, synced, syncedPath } = await computers()
    const letter = await attachLetter(laptop)
    const files = [{ fileId: letter.fileId, digest: letter.digest }]

    // Nothing in the folder yet: the desktop waits.
    expect((await syncAttachmentFiles(sodium, desktop, synced, files)).waiting).toEqual([
      letter.fileId,
    ])

    // The sync service has copied only half of it: left, not adopted.
    const sealed = await readFile(join(laptop, 'attachments', letter.fileId))
    await mkdir(join(syncedPath, 'attachments'), { recursive: true })
    const inFolder = join(syncedPath, attachmentFolderName(letter.digest))
    await writeFile(inFolder, sealed.subarray(0, sealed.length >> 1))
    expect(await syncAttachmentFiles(sodium, desktop, synced, files)).toEqual({
      sent: 0,
      arrived: [],
      waiting: [letter.fileId],
    })
    await expect(readdir(join(desktop, 'attachments'))).rejects.toThrow()
    expect((await readFile(inFolder)).length).toBe(sealed.length >> 1) // left as it was

    // The copy finished: adopted, and it opens with the key from the record.
    await writeFile(inFolder, sealed)
    expect(await syncAttachmentFiles(sodium, desktop, synced, files)).toEqual({
      sent: 0,
      arrived: [letter.fileId],
      waiting: [],
    })
    const plain = await readAttachment(sodium, desktop, letter.fileId, letter.keyB64)
    expect(new TextDecoder().decode(plain)).toBe(letterText.repeat(4000))
  })

  it('refuses a complete-looking file whose digest or prefix is wrong', async () => {
    const { laptop, desktop, synced, syncedPath } = await computers()
    const letter = await attachLetter(laptop)
    const other = await attachLetter(laptop) // same text, another key: other bytes
    const files = [{ fileId: letter.fileId, digest: letter.digest }]
    await mkdir(join(syncedPath, 'attachments'), { recursive: true })
    const inFolder = join(syncedPath, attachmentFolderName(letter.digest))

    await writeFile(inFolder, await readFile(join(laptop, 'attachments', other.fileId)))
    expect((await syncAttachmentFiles(sodium, desktop, synced, files)).waiting).toHaveLength(1)
    const sealed = await readFile(join(laptop, 'attachments', letter.fileId))
    await writeFile(inFolder, Buffer.concat([Buffer.from('NOTATTCH'), sealed.subarray(8)]))
    expect((await syncAttachmentFiles(sodium, desktop, synced, files)).waiting).toHaveLength(1)
    await expect(readdir(join(desktop, 'attachments'))).rejects.toThrow()
  })

  it('does not publish a local file that is not what the record names', async () => {
    const { laptop, synced, syncedPath } = await computers()
    const letter = await attachLetter(laptop)
    const wrong = { fileId: letter.fileId, digest: 'ab'.repeat(32) }
    expect((await syncAttachmentFiles(sodium, laptop, synced, [wrong])).sent).toBe(0)
    await expect(readdir(join(syncedPath, 'attachments'))).rejects.toThrow()
  })

  it('names only digests inside attachments/, and follows no link out of the folder', async () => {
    const { synced, syncedPath } = await computers()
    const bytes = new Uint8Array([1, 2, 3])
    for (const name of [
      'attachments/../vault-header.json',
      `attachments/${'AB'.repeat(32)}.avattach`,
      `attachments/${'ab'.repeat(31)}.avattach`,
      `attachments/${'ab'.repeat(32)}.avsync`,
      `attachments/sub/${'ab'.repeat(32)}.avattach`,
    ]) {
      await expect(synced.write(name, bytes)).rejects.toBeInstanceOf(SyncFolderError)
      await expect(synced.read(name)).rejects.toBeInstanceOf(SyncFolderError)
    }
    await expect(synced.remove(attachmentFolderName('ab'.repeat(32)))).rejects.toThrow()

    const outside = join(root(), 'outside')
    await mkdir(outside)
    await symlink(outside, join(syncedPath, 'attachments'))
    await expect(synced.listAttachments()).rejects.toMatchObject({ kind: 'denied' })
    await expect(synced.write(attachmentFolderName('ab'.repeat(32)), bytes)).rejects.toThrow()
    expect(await readdir(outside)).toEqual([])
  })
})
