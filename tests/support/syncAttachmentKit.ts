/**
 * Main's real attachment services for sync sessions in tests: each computer has its own data
 * folder, and all share one synced folder on disk, read and written by main's folder port
 * (real libsodium, real files). The records' folder stays the in-memory one of
 * syncSessions.ts. Production code never imports this file.
 */
import { access, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AttachmentRef } from '@shared/domain/attachment'
import { digestOfFolderName } from '@shared/sync/attachmentNames'
import { loadSodium } from '@shared/vault/sodium'
import {
  attachmentPath,
  missingAttachments,
  storeAttachment,
} from '../../src-main/attachments/attachmentFiles'
import { digestsOfFiles, syncAttachmentFiles } from '../../src-main/sync/attachmentCopies'
import { diskSyncFolder } from '../../src-main/sync/syncFolder'
import type { SessionAttachmentPorts } from '../../src-renderer/sync/sessionAttachments'

/** `count` computers' data folders in `root`, and one synced folder between them. */
export async function attachmentComputers(root: string, count: number) {
  const sodium = await loadSodium()
  const syncedPath = join(root, 'Afterview sync — Zoë')
  await mkdir(syncedPath)
  const folder = diskSyncFolder(syncedPath)
  const dataDirs = Array.from({ length: count }, (_, i) => join(root, `computer ${i + 1}`))
  const listed = async () =>
    (await folder.listAttachments()).flatMap((e) => digestOfFolderName(e.name) ?? [])

  return {
    syncedPath,
    dataDirs,
    /** The digests of the attachments in the synced folder. */
    listed,
    /** Main's services as computer `index` has them. */
    ports(index: number): SessionAttachmentPorts {
      const dataDir = dataDirs[index]!
      return {
        attachments: async (files) => syncAttachmentFiles(sodium, dataDir, folder, files),
        attachmentFiles: {
          digests: (fileIds) => digestsOfFiles(sodium, dataDir, fileIds),
          listed,
          remove: (digest) => folder.removeAttachment(digest),
        },
      }
    },
    /**
     * Attaches `text` as the file `name` on computer `index`; the reference as it was written
     * before digests existed (`withDigest` false) or as now.
     */
    async attach(index: number, name: string, text: string, withDigest = true) {
      const plain = new TextEncoder().encode(text)
      const { digest, ...ref } = await storeAttachment(sodium, dataDirs[index]!, name, plain, 1e7)
      return { ref: (withDigest ? { ...ref, digest } : ref) as AttachmentRef, digest }
    },
    /** Which of `fileIds` computer `index` lacks, as its attachment list asks main. */
    missing: (index: number, fileIds: string[]) => missingAttachments(dataDirs[index]!, fileIds),
    /** True when computer `index` holds the file `fileId`. */
    async holds(index: number, fileId: string): Promise<boolean> {
      return access(attachmentPath(dataDirs[index]!, fileId)).then(
        () => true,
        () => false,
      )
    },
  }
}
