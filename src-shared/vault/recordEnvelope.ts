/**
 * Record envelopes: how one encrypted row is laid out.
 *
 *   [0]      format version (1)
 *   [1..4]   key id (u32, big-endian) of the data key the record key came from
 *   [5..28]  24-byte random nonce
 *   [29..]   XChaCha20-Poly1305 ciphertext of the JSON value, padded to a bucket
 *            (recordPadding.ts; older rows are unpadded and still open), 16-byte tag included
 *
 * The associated data binds the version, key id, table and id, so an envelope copied to another
 * row or table fails to open instead of showing the wrong record.
 */
import { concatBytes, u32, utf8, readU32 } from './bytes'
import { VaultError } from './errors'
import type { Sodium } from './sodium'
import { padRecord, unpadRecord } from './recordPadding'

/** The envelope version this code writes. */
export const RECORD_VERSION = 1

const HEADER_BYTES = 1 + 4 + 24
const TAG_BYTES = 16

function recordAd(version: number, keyId: number, table: string, id: string): Uint8Array {
  return concatBytes(
    new Uint8Array([version]),
    u32(keyId),
    utf8(`afterview.record\0${table}\0${id}`),
  )
}

/** Encrypts `plaintext` for row (`table`, `id`), padded so its length shows only a bucket. */
export function sealRecord(
  sodium: Sodium,
  key: Uint8Array,
  keyId: number,
  table: string,
  id: string,
  plaintext: Uint8Array,
): Uint8Array {
  const nonce = sodium.randombytes_buf(24)
  const ad = recordAd(RECORD_VERSION, keyId, table, id)
  const padded = padRecord(plaintext)
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, ad, null, nonce, key)
  padded.fill(0)
  return concatBytes(new Uint8Array([RECORD_VERSION]), u32(keyId), nonce, ciphertext)
}

/** The id of the data key an envelope was sealed under, or null when it is too short to say. */
export function envelopeKeyId(envelope: Uint8Array): number | null {
  return envelope.length >= HEADER_BYTES ? readU32(envelope, 1) : null
}

/**
 * Decrypts the envelope of row (`table`, `id`) and answers its plaintext without the padding (a
 * view: zeroing it zeroes the record). Throws `unsupported-version`, `unknown-key`
 * (sealed under another data key) or `corrupt-record` (damaged, or moved from another row).
 */
export function openRecord(
  sodium: Sodium,
  key: Uint8Array,
  keyId: number,
  table: string,
  id: string,
  envelope: Uint8Array,
): Uint8Array {
  if (!(envelope instanceof Uint8Array) || envelope.length < HEADER_BYTES + TAG_BYTES) {
    throw new VaultError('corrupt-record', 'envelope too short')
  }
  const version = envelope[0] ?? 0
  if (version !== RECORD_VERSION) throw new VaultError('unsupported-version', `record v${version}`)
  const envelopeKeyId = readU32(envelope, 1)
  if (envelopeKeyId !== keyId)
    throw new VaultError('unknown-key', 'record sealed under another key')
  const nonce = envelope.subarray(5, HEADER_BYTES)
  const ciphertext = envelope.subarray(HEADER_BYTES)
  let opened: Uint8Array
  try {
    opened = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      recordAd(version, keyId, table, id),
      nonce,
      key,
    )
  } catch {
    throw new VaultError('corrupt-record', `record ${table}/${id} did not authenticate`)
  }
  return unpadRecord(opened)
}
