/**
 * A reference to an encrypted attachment kept by the vault (an opportunity's files, an offer's
 * letter), as the owning record stores it. The strict schema is the type: a reference that does
 * not match could not open its file anyway.
 */
import * as v from 'valibot'

/** File ids are 16 random bytes in lowercase hex: nothing else can name a file in the data folder. */
export const FILE_ID_PATTERN = /^[0-9a-f]{32}$/

/** A sealed file's digest (BLAKE2b-256) in lowercase hex: its name in the synced folder. */
export const ATTACHMENT_DIGEST_PATTERN = /^[0-9a-f]{64}$/

/** The longest file name kept, in characters (the save dialog's limit). */
export const MAX_ATTACHMENT_NAME = 255

/** Schema of `AttachmentRef`. */
export const attachmentRefSchema = v.strictObject({
  /** The random file id that names the encrypted file in the data folder. */
  fileId: v.pipe(v.string(), v.regex(FILE_ID_PATTERN)),
  /** The per-file key, base64 of 32 bytes; it lives only inside the encrypted owning record. */
  keyB64: v.pipe(v.string(), v.length(44), v.base64()),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ATTACHMENT_NAME)),
  /** Bytes of the original file. */
  size: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  mediaType: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  /**
   * BLAKE2b-256 of the sealed file, in hex: its name in the synced folder, and the check that a
   * copy arrived whole. Absent in references written before attachments travelled.
   */
  digest: v.optional(v.pipe(v.string(), v.regex(ATTACHMENT_DIGEST_PATTERN))),
})

/** A reference to an encrypted attachment kept by the vault. */
export type AttachmentRef = v.InferOutput<typeof attachmentRefSchema>
