/**
 * Attachments in the synced folder (ARCHITECTURE.md, "Attachments"). An attachment travels as
 * the sealed file main already keeps, byte for byte, under a name derived from those bytes:
 *
 *   attachments/<BLAKE2b-256 of the sealed file, 64 hex>.avattach
 *
 * Content-addressed, so the name cannot say anything about the file, and two devices can only
 * ever write the same bytes under one name. The owning record's reference carries the digest,
 * which is how another computer finds the file and checks that it arrived whole.
 */
import { ATTACHMENT_DIGEST_PATTERN } from '../domain/attachment'
import type { Sodium } from '../vault/sodium'

/** The folder inside the synced folder that holds attachments. */
export const ATTACHMENTS_FOLDER = 'attachments'

const EXTENSION = '.avattach'
const NAME = /^attachments\/([0-9a-f]{64})\.avattach$/

/** The digest of a sealed attachment file: BLAKE2b-256, in hex. */
export function attachmentDigest(sodium: Sodium, sealed: Uint8Array): string {
  return sodium.crypto_generichash(32, sealed, null, 'hex')
}

/** The name in the synced folder of the sealed file with `digest`. */
export function attachmentFolderName(digest: string): string {
  if (!ATTACHMENT_DIGEST_PATTERN.test(digest)) throw new RangeError('not an attachment digest')
  return `${ATTACHMENTS_FOLDER}/${digest}${EXTENSION}`
}

/** The digest a name in the synced folder stands for, or null when it names no attachment. */
export function digestOfFolderName(name: string): string | null {
  return NAME.exec(name)?.[1] ?? null
}
