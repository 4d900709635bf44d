/**
 * Attachments travelling through the synced folder (ARCHITECTURE.md, "Attachments"). Main copies
 * the sealed files as they are, never opening them: out, each file a record here names that the
 * folder does not hold yet; in, each file a record names that this computer lacks, once the
 * folder's copy is complete. Complete means it starts as an attachment file does and its
 * BLAKE2b-256 is the digest the record carries; anything else (a sync service still copying, a
 * damaged file) is left where it is and tried again on the next pass, never adopted.
 */
import { stat } from 'node:fs/promises'
import { attachmentDigest, attachmentFolderName } from '@shared/sync/attachmentNames'
import { hasAttachmentPrefix } from '@shared/vault/attachmentFile'
import type { Sodium } from '@shared/vault/sodium'
import { writeFileAtomic } from '../files/atomicWrite'
import { inBatches } from '../files/inBatches'
import { readFileIfPresent } from '../files/readIfPresent'
import { attachmentPath, prepareAttachmentsFolder } from '../attachments/attachmentFiles'
import type { DiskSyncFolder } from './syncFolder'

/** One attachment a record names: its file here and its digest. */
export interface SyncedAttachment {
  fileId: string
  digest: string
}

/** What one pass over the attachments did. */
export interface AttachmentPass {
  /** Files sent to the folder. */
  sent: number
  /** Files taken from the folder into the data folder. */
  arrived: string[]
  /** Files this computer lacks that the folder does not hold complete yet. */
  waiting: string[]
}

/** True when `bytes` is the complete sealed file `digest` names. */
function isComplete(sodium: Sodium, bytes: Uint8Array, digest: string): boolean {
  return hasAttachmentPrefix(bytes) && attachmentDigest(sodium, bytes) === digest
}

/**
 * Sends what the folder lacks and takes what this computer lacks, for `files`. A folder failure
 * (gone, full, refused) rejects with the port's error, after what was done before it.
 */
export async function syncAttachmentFiles(
  sodium: Sodium,
  dataDir: string,
  folder: DiskSyncFolder,
  files: readonly SyncedAttachment[],
): Promise<AttachmentPass> {
  const pass: AttachmentPass = { sent: 0, arrived: [], waiting: [] }
  const inFolder = new Map((await folder.listAttachments()).map((e) => [e.name, e.size]))
  const unique = [...new Map(files.map((f) => [f.fileId, f])).values()].map((f) => ({
    ...f,
    path: attachmentPath(dataDir, f.fileId),
  }))
  // Which files are here, looked up a batch at a time: most passes find each here and in the folder.
  const found = await inBatches(unique, ({ path }) => stat(path).catch(() => null))
  for (const [i, { fileId, digest, path }] of unique.entries()) {
    const name = attachmentFolderName(digest)
    const here = found[i]
    if (here?.isFile()) {
      // A copy of the same size is this file (or the same bytes on their way); leave it.
      if (inFolder.get(name) === here.size) continue
      const bytes = await readFileIfPresent(path)
      // A local file that is not what the record says stays out of the folder.
      if (!bytes || !isComplete(sodium, bytes, digest)) continue
      await folder.write(name, bytes)
      inFolder.set(name, bytes.length)
      pass.sent++
      continue
    }
    const bytes = inFolder.has(name) ? await folder.read(name) : null
    if (!bytes || !isComplete(sodium, bytes, digest)) {
      pass.waiting.push(fileId)
      continue
    }
    await prepareAttachmentsFolder(dataDir)
    await writeFileAtomic(path, bytes)
    pass.arrived.push(fileId)
  }
  return pass
}

/**
 * The digests of the files `fileIds` on this computer, for references written before digests
 * existed: BLAKE2b-256 of the sealed bytes as they are, never opened. A file that is missing or
 * does not start as an attachment file does gets none (its record keeps its reference as it is).
 */
export async function digestsOfFiles(
  sodium: Sodium,
  dataDir: string,
  fileIds: readonly string[],
): Promise<SyncedAttachment[]> {
  const found: SyncedAttachment[] = []
  for (const fileId of new Set(fileIds)) {
    const bytes = await readFileIfPresent(attachmentPath(dataDir, fileId)).catch(() => null)
    if (bytes && hasAttachmentPrefix(bytes))
      found.push({ fileId, digest: attachmentDigest(sodium, bytes) })
  }
  return found
}
