/**
 * Attachment files in the data folder: `<dataDir>/attachments/<32 hex>`. Names are random and
 * come only from main; a file id from the renderer is checked against the pattern before it is
 * joined to a path, so nothing outside this folder can be read, written or deleted.
 */
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { HostError } from '@shared/ipc/errors'
import type { EncryptedFile, ImportedAttachment } from '@shared/ipc/contract'
import {
  decryptAttachment,
  encryptAttachment,
  hasAttachmentPrefix,
  newAttachmentKey,
} from '@shared/vault/attachmentFile'
import { FILE_ID_PATTERN } from '@shared/domain/attachment'
import { attachmentDigest } from '@shared/sync/attachmentNames'
import type { Sodium } from '@shared/vault/sodium'
import { isTempName, removeStaleTemps, writeFileAtomic } from '../files/atomicWrite'
import { readFileIfPresent } from '../files/readIfPresent'
import type { AppLog } from '../diagnostics/log'
import type { RestoreGate } from '../vault/restoreGate'

/** Default size limit of one attachment: 50 MB. */
export const DEFAULT_ATTACHMENT_LIMIT_BYTES = 50 * 1000 * 1000

const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain',
  '.md': 'text/plain',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.rtf': 'application/rtf',
  '.html': 'text/html',
  '.htm': 'text/html',
}

/** The MIME type for a file name, `application/octet-stream` when unknown. */
export function mediaTypeOf(name: string): string {
  return MEDIA_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream'
}

/** The attachments folder of a data folder. */
export function attachmentsFolder(dataDir: string): string {
  return join(dataDir, 'attachments')
}

/** The path of one attachment, or `invalid-payload` for anything but a well-formed file id. */
export function attachmentPath(dataDir: string, fileId: string): string {
  if (!FILE_ID_PATTERN.test(fileId)) throw new HostError('invalid-payload', 'malformed file id')
  return join(attachmentsFolder(dataDir), fileId)
}

/** Creates the folder (0700) and clears temp files of interrupted writes. */
export async function prepareAttachmentsFolder(dataDir: string): Promise<string> {
  const folder = attachmentsFolder(dataDir)
  await mkdir(folder, { recursive: true, mode: 0o700 })
  await removeStaleTemps(folder)
  return folder
}

/** Reads a file the user chose, refuses it over the limit, and stores it encrypted. */
export async function importAttachment(
  sodium: Sodium,
  dataDir: string,
  sourcePath: string,
  limitBytes: number,
): Promise<ImportedAttachment> {
  const info = await stat(sourcePath).catch(() => {
    throw new HostError('not-found', 'the chosen file cannot be read')
  })
  if (!info.isFile()) throw new HostError('not-found', 'the chosen path is not a file')
  if (info.size > limitBytes) throw new HostError('too-large', `file has ${info.size} bytes`)
  const plain = new Uint8Array(await readFile(sourcePath))
  return storeAttachment(sodium, dataDir, basename(sourcePath), plain, limitBytes)
}

/**
 * Stores `plain` encrypted under a new key as an attachment named `name` (its folders, if any,
 * dropped), refusing it over the limit; `plain` is zeroed afterwards. For a file the user
 * dropped on the window, whose bytes the page read, as for one main read from disk.
 */
export async function storeAttachment(
  sodium: Sodium,
  dataDir: string,
  name: string,
  plain: Uint8Array,
  limitBytes: number,
): Promise<ImportedAttachment> {
  if (plain.length > limitBytes) throw new HostError('too-large', `file has ${plain.length} bytes`)
  await prepareAttachmentsFolder(dataDir)
  const fileId = randomBytes(16).toString('hex')
  const key = newAttachmentKey(sodium)
  const sealed = encryptAttachment(sodium, key, plain)
  await writeFileAtomic(attachmentPath(dataDir, fileId), sealed)
  const size = plain.length
  plain.fill(0)
  const shortName = basename(name.replace(/\\/g, '/'))
  const answer = {
    fileId,
    keyB64: Buffer.from(key).toString('base64'),
    name: shortName,
    size,
    mediaType: mediaTypeOf(shortName),
    digest: attachmentDigest(sodium, sealed),
  }
  sodium.memzero(key)
  return answer
}

/** Decrypts one attachment into memory. Errors: not-found, or the file's VaultError kind. */
export async function readAttachment(
  sodium: Sodium,
  dataDir: string,
  fileId: string,
  keyB64: string,
): Promise<Uint8Array> {
  const path = attachmentPath(dataDir, fileId)
  const file = await readFile(path).catch(() => {
    throw new HostError('not-found', 'no such attachment')
  })
  const key = new Uint8Array(Buffer.from(keyB64, 'base64'))
  try {
    return decryptAttachment(sodium, key, new Uint8Array(file))
  } finally {
    sodium.memzero(key)
  }
}

/**
 * Encrypts one attachment again under a new key into a new file (a passphrase change: the old
 * key lives in copies of the owning record that the old passphrase still opens). The old file
 * stays until the renderer, having stored the record that names the new file, deletes it.
 * Errors: not-found, or the old file's VaultError kind.
 */
export async function rekeyAttachment(
  sodium: Sodium,
  dataDir: string,
  fileId: string,
  keyB64: string,
): Promise<{ fileId: string; keyB64: string; digest: string }> {
  const plain = await readAttachment(sodium, dataDir, fileId, keyB64)
  const nextId = randomBytes(16).toString('hex')
  const key = newAttachmentKey(sodium)
  try {
    const sealed = encryptAttachment(sodium, key, plain)
    await writeFileAtomic(attachmentPath(dataDir, nextId), sealed)
    return {
      fileId: nextId,
      keyB64: Buffer.from(key).toString('base64'),
      digest: attachmentDigest(sodium, sealed),
    }
  } finally {
    plain.fill(0)
    sodium.memzero(key)
  }
}

/** Deletes one attachment; deleting a missing one is not an error. */
export async function deleteAttachment(dataDir: string, fileId: string): Promise<void> {
  await rm(attachmentPath(dataDir, fileId), { force: true })
}

/** The ids among `fileIds` that have no file in the data folder. */
export async function missingAttachments(dataDir: string, fileIds: string[]): Promise<string[]> {
  const missing: string[] = []
  for (const fileId of fileIds) {
    const found = await stat(attachmentPath(dataDir, fileId)).catch(() => null)
    if (!found?.isFile()) missing.push(fileId)
  }
  return missing
}

/** Every stored attachment, still encrypted, for a backup. */
export async function listEncryptedAttachments(dataDir: string): Promise<EncryptedFile[]> {
  const folder = await prepareAttachmentsFolder(dataDir)
  const names = (await readdir(folder)).filter((n) => FILE_ID_PATTERN.test(n) && !isTempName(n))
  names.sort()
  const files: EncryptedFile[] = []
  for (const fileId of names) {
    // A file removed for good while the backup runs belongs to no record any more: leave it out.
    const bytes = await readFileIfPresent(join(folder, fileId))
    if (bytes) files.push({ fileId, dataB64: bytes.toString('base64') })
  }
  return files
}

/** Where an attachment a restore would have replaced is kept (outside the listed folder). */
export function setAsideFolder(dataDir: string): string {
  return join(dataDir, 'attachments-set-aside')
}

/**
 * Writes restored attachment files (still encrypted), each atomically, inside a restore main
 * started. Every file is checked before any is written, so a refused batch writes nothing: the
 * gate (`not-in-restore`, `too-large`), one entry per file id, and the attachment format. A file
 * already there with the same bytes is left alone; one with other bytes is moved to the set-aside
 * folder with a log line rather than overwritten. Answers how many were set aside.
 */
export async function restoreEncryptedAttachments(
  dataDir: string,
  files: EncryptedFile[],
  restore: RestoreGate,
  log: AppLog,
): Promise<{ setAside: number }> {
  const decoded = files.map((file) => ({
    fileId: file.fileId,
    bytes: Buffer.from(file.dataB64, 'base64'),
  }))
  if (new Set(decoded.map((f) => f.fileId)).size !== decoded.length) {
    throw new HostError('invalid-payload', 'the same file id twice in one restore')
  }
  if (decoded.some((f) => !hasAttachmentPrefix(f.bytes))) {
    throw new HostError('not-an-attachment', 'a restored file is not an attachment file')
  }
  restore.take(decoded.reduce((sum, f) => sum + f.bytes.length, 0))
  await prepareAttachmentsFolder(dataDir)
  let setAside = 0
  for (const { fileId, bytes } of decoded) {
    const path = attachmentPath(dataDir, fileId)
    const existing = await readFileIfPresent(path)
    if (existing?.equals(bytes)) continue
    if (existing) {
      await mkdir(setAsideFolder(dataDir), { recursive: true, mode: 0o700 })
      await rename(
        path,
        join(setAsideFolder(dataDir), `${fileId}.${randomBytes(4).toString('hex')}`),
      )
      log.note('restore', 'an attachment with other contents was set aside: not overwritten')
      setAside++
    }
    await writeFileAtomic(path, bytes)
  }
  return { setAside }
}
