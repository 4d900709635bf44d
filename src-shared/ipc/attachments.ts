/**
 * The attachment channels: files encrypted into the data folder by main, each under its own key
 * that only the owning record keeps.
 */
import * as v from 'valibot'
import { base64Bytes, bigBase64 } from './encoding'
import type { RequestSchemas } from './part'

/** An attachment just encrypted into the data folder. The key belongs in the owning record. */
export interface ImportedAttachment {
  /** Random file name in the data folder: 32 lowercase hex characters. */
  fileId: string
  /** The file's own 32-byte key, base64. Main forgets it after answering. */
  keyB64: string
  /** The original file name (without folders), to show and to suggest on export. */
  name: string
  /** Size of the original file, in bytes. */
  size: number
  /** MIME type guessed from the name, e.g. `application/pdf`. */
  mediaType: string
  /** BLAKE2b-256 of the encrypted file, hex: how a synced computer finds and checks it. */
  digest: string
}

/** One encrypted attachment file as stored, for backups and restores. */
export interface EncryptedFile {
  fileId: string
  /** The file's encrypted bytes, base64. */
  dataB64: string
}

/** The largest file the window may hand main by dropping it: main's own attachment limit, 50 MB. */
export const DROPPED_FILE_LIMIT_BYTES = 50 * 1000 * 1000

const fileId = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))
const keyB64 = v.pipe(v.string(), v.length(44), v.base64())

/** Response types of the attachment channels. */
export interface AttachmentResponses {
  'attachments/import': ImportedAttachment
  'attachments/import-bytes': ImportedAttachment
  'attachments/read': { dataB64: string }
  'attachments/export': { saved: boolean }
  'attachments/rekey': { fileId: string; keyB64: string; digest: string }
  'attachments/delete': Record<string, never>
  /** The file ids asked about that have no file in the data folder. */
  'attachments/missing': { fileIds: string[] }
  'attachments/list-encrypted': { files: EncryptedFile[] }
  /** `setAside`: files already there with other contents, moved aside rather than overwritten. */
  'attachments/restore-encrypted': { setAside: number }
}

/** Request schemas of the attachment channels, spread into the IPC contract. */
export const attachmentRequestSchemas = {
  /**
   * Asks the user for a file, encrypts it into the data folder. Errors: cancelled, too-large.
   * `kind: 'advert'` offers saved web pages and PDFs first.
   */
  'attachments/import': v.strictObject({ kind: v.optional(v.picklist(['advert'])) }),
  /**
   * Encrypts a file the user dropped on the window, its bytes read by the page, into the data
   * folder; `name` is the dropped file's own name, never a path. Errors: too-large.
   */
  'attachments/import-bytes': v.strictObject({
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
    dataB64: base64Bytes(DROPPED_FILE_LIMIT_BYTES),
  }),
  /** Decrypts an attachment into memory for an in-app preview. */
  'attachments/read': v.strictObject({ fileId, keyB64 }),
  /** Saves a decrypted copy where the user picks. */
  'attachments/export': v.strictObject({
    fileId,
    keyB64,
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  }),
  /**
   * Encrypts an attachment again under a new key into a new file, for a change of data key;
   * answers the new file id and key. The old file stays until it is deleted. Errors: not-found,
   * not-an-attachment, corrupt-attachment, truncated-attachment, unsupported-version.
   */
  'attachments/rekey': v.strictObject({ fileId, keyB64 }),
  'attachments/delete': v.strictObject({ fileId }),
  /** Which of these files are not in the data folder (yet: another computer sends them). */
  'attachments/missing': v.strictObject({ fileIds: v.pipe(v.array(fileId), v.maxLength(10_000)) }),
  /** Every attachment file, still encrypted, for a backup. */
  'attachments/list-encrypted': v.strictObject({}),
  /**
   * Writes restored attachment files (still encrypted) into the data folder, only after
   * `backup/open` answered (a restore main started) and within that backup's size. Errors:
   * not-in-restore, too-large, not-an-attachment, invalid-payload (a file id twice).
   */
  'attachments/restore-encrypted': v.strictObject({
    files: v.array(v.strictObject({ fileId, dataB64: bigBase64 })),
  }),
} as const satisfies RequestSchemas<AttachmentResponses>
