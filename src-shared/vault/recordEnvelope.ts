/**
 * Record envelopes: how one encrypted row is laid out.
 *
 * Version 2, which this code writes:
 *
 *   [0]       format version (2)
 *   [1..4]    key id (u32, big-endian) of the data key the record key came from
 *   [5..12]   write counter (u64, big-endian, below 2^53): the vault's manifest generation when
 *             the row was last written (see manifest.ts)
 *   [13..36]  24-byte random nonce
 *   [37..]    XChaCha20-Poly1305 ciphertext of the JSON value, padded to a bucket
 *             (recordPadding.ts; older rows are unpadded and still open), 16-byte tag included
 *
 * Version 1 (vaults made before): no counter; still read, as counter 0.
 *
 * The associated data binds the version, key id, counter, table and id, so an envelope copied to
 * another row or table fails to open instead of showing the wrong record, and the counter cannot
 * be changed without the key. The counter is in clear so a reader can compare it with the
 * manifest: an older copy of a row put back carries an older counter.
 */
import { concatBytes, readU32, u32, utf8 } from './bytes'
import { VaultError } from './errors'
import type { Sodium } from './sodium'
import { padRecord, unpadRecord } from './recordPadding'

/** The envelope version this code writes. */
export const RECORD_VERSION = 2

/** The envelope version of vaults made before write counters; read, never written. */
export const RECORD_VERSION_1 = 1

/** The largest write counter an envelope can hold exactly (JavaScript's safe integers). */
export const MAX_COUNTER = Number.MAX_SAFE_INTEGER

const NONCE_BYTES = 24
const TAG_BYTES = 16
const V1_HEADER_BYTES = 1 + 4 + NONCE_BYTES
const V2_HEADER_BYTES = 1 + 4 + 8 + NONCE_BYTES

function u64(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('counter out of range')
  return concatBytes(u32(Math.floor(value / 2 ** 32)), u32(value % 2 ** 32))
}

function recordAd(
  version: number,
  keyId: number,
  counter: number,
  table: string,
  id: string,
): Uint8Array {
  const label = utf8(`afterview.record\0${table}\0${id}`)
  return version === RECORD_VERSION_1
    ? concatBytes(new Uint8Array([version]), u32(keyId), label)
    : concatBytes(new Uint8Array([version]), u32(keyId), u64(counter), label)
}

/**
 * Encrypts `plaintext` for row (`table`, `id`), written at `counter` (0 to MAX_COUNTER), padded
 * so its length shows only a bucket.
 */
export function sealRecord(
  sodium: Sodium,
  key: Uint8Array,
  keyId: number,
  table: string,
  id: string,
  plaintext: Uint8Array,
  counter: number,
): Uint8Array {
  const nonce = sodium.randombytes_buf(NONCE_BYTES)
  const ad = recordAd(RECORD_VERSION, keyId, counter, table, id)
  const padded = padRecord(plaintext)
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, ad, null, nonce, key)
  padded.fill(0)
  return concatBytes(new Uint8Array([RECORD_VERSION]), u32(keyId), u64(counter), nonce, ciphertext)
}

/** The id of the data key an envelope was sealed under, or null when it is too short to say. */
export function envelopeKeyId(envelope: Uint8Array): number | null {
  return envelope.length >= V1_HEADER_BYTES ? readU32(envelope, 1) : null
}

/**
 * The write counter an envelope claims (0 for version 1), or null when it is too short or of an
 * unknown version. Authenticated only once `openRecord` succeeds.
 */
export function envelopeCounter(envelope: Uint8Array): number | null {
  if (envelope[0] === RECORD_VERSION_1) return envelope.length >= V1_HEADER_BYTES ? 0 : null
  if (envelope[0] !== RECORD_VERSION || envelope.length < V2_HEADER_BYTES) return null
  const counter = readU32(envelope, 5) * 2 ** 32 + readU32(envelope, 9)
  return counter <= MAX_COUNTER ? counter : null
}

/**
 * Decrypts the envelope of row (`table`, `id`). Throws `unsupported-version`, `unknown-key`
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
  if (!(envelope instanceof Uint8Array) || envelope.length < V1_HEADER_BYTES + TAG_BYTES) {
    throw new VaultError('corrupt-record', 'envelope too short')
  }
  const version = envelope[0] ?? 0
  if (version !== RECORD_VERSION && version !== RECORD_VERSION_1) {
    throw new VaultError('unsupported-version', `record v${version}`)
  }
  const headerBytes = version === RECORD_VERSION_1 ? V1_HEADER_BYTES : V2_HEADER_BYTES
  if (envelope.length < headerBytes + TAG_BYTES) {
    throw new VaultError('corrupt-record', 'envelope too short')
  }
  const envelopeKey = readU32(envelope, 1)
  if (envelopeKey !== keyId) throw new VaultError('unknown-key', 'record sealed under another key')
  const counter = envelopeCounter(envelope)
  if (counter === null) throw new VaultError('corrupt-record', 'counter out of range')
  const nonce = envelope.subarray(headerBytes - NONCE_BYTES, headerBytes)
  const ciphertext = envelope.subarray(headerBytes)
  let opened: Uint8Array
  try {
    opened = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      recordAd(version, keyId, counter, table, id),
      nonce,
      key,
    )
  } catch {
    throw new VaultError('corrupt-record', `record ${table}/${id} did not authenticate`)
  }
  return unpadRecord(opened)
}
