/**
 * Attachment files (the advert, the offer letter, a photo of a business card …):
 *
 *   "AVATTACH" (8 bytes) | version (1 byte) | secretstream of the file's bytes
 *
 * Each file has its own random key, kept inside the record that owns the attachment; main only
 * sees the key while encrypting or decrypting. The 9-byte prefix is the associated data of every
 * chunk, so the version cannot be changed without the file failing to open.
 */
import { concatBytes, equalBytes, utf8 } from './bytes'
import { VaultError } from './errors'
import { openStream, sealStream } from './secretStream'
import type { Sodium } from './sodium'

/** The attachment format version this code writes. */
export const ATTACHMENT_VERSION = 1

/** Length of an attachment key, in bytes. */
export const ATTACHMENT_KEY_BYTES = 32

const MAGIC = utf8('AVATTACH')
const PREFIX = concatBytes(MAGIC, new Uint8Array([ATTACHMENT_VERSION]))

/** A fresh random key for one attachment file. */
export function newAttachmentKey(sodium: Sodium): Uint8Array {
  return sodium.crypto_secretstream_xchacha20poly1305_keygen()
}

/** The complete encrypted file for `plaintext`. */
export function encryptAttachment(
  sodium: Sodium,
  key: Uint8Array,
  plaintext: Uint8Array,
): Uint8Array {
  return concatBytes(PREFIX, sealStream(sodium, key, plaintext, PREFIX))
}

/**
 * True when `file` starts the way every attachment file this version writes does (magic and
 * version byte): a cheap check of format without the key, for files main is asked to store.
 */
export function hasAttachmentPrefix(file: Uint8Array): boolean {
  return file.length > PREFIX.length && equalBytes(file.subarray(0, PREFIX.length), PREFIX)
}

/**
 * The plaintext of an encrypted file. Throws `not-an-attachment`, `unsupported-version`,
 * `corrupt-attachment` (damaged, or the wrong key) or `truncated-attachment`.
 */
export function decryptAttachment(sodium: Sodium, key: Uint8Array, file: Uint8Array): Uint8Array {
  if (file.length < MAGIC.length || !equalBytes(file.subarray(0, MAGIC.length), MAGIC)) {
    throw new VaultError('not-an-attachment', 'magic')
  }
  if (file.length < PREFIX.length) throw new VaultError('truncated-attachment', 'no version')
  if (file[MAGIC.length] !== ATTACHMENT_VERSION) {
    throw new VaultError('unsupported-version', `attachment v${file[MAGIC.length]}`)
  }
  if (key.length !== ATTACHMENT_KEY_BYTES) throw new VaultError('corrupt-attachment', 'key length')
  return openStream(sodium, key, file.subarray(PREFIX.length), PREFIX, {
    corrupt: 'corrupt-attachment',
    truncated: 'truncated-attachment',
  })
}
