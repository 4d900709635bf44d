/**
 * Sync files: what one device writes into the synced folder. Every file is sealed; its header
 * is public but authenticated.
 *
 *   [0..3]    magic "AVSY"
 *   [4]       format version (1)
 *   [5]       kind: 1 batch of changes, 2 snapshot, 3 device file
 *   [6..21]   device id (16 bytes; 32 hex characters in names)
 *   [22..25]  sequence number (u32, big-endian)
 *   [26..29]  key id (u32) of the data key the sync key came from
 *   [30..53]  24-byte random nonce
 *   [54..]    XChaCha20-Poly1305 ciphertext of the body, deflated then padded (tag included)
 *
 * The associated data is the header (bytes 0..29) and a purpose string, so a file renamed,
 * copied into another device's folder or passed off as another kind or sequence fails to open.
 * Bodies are deflated (Yjs updates carry record text as is: a 10,000-record snapshot shrinks
 * from about 65 MB to 8 MB) and padded to a multiple of PAD_BLOCK, so sizes say little about
 * what changed. Compressing before sealing lets sizes depend on content; the folder's owner sees
 * sizes in any case (ARCHITECTURE.md, "Sync", says what that leaves open).
 */
import { deflateSync, inflateSync } from 'fflate'
import { concatBytes, equalBytes, readU32, u32, utf8 } from '../vault/bytes'
import type { Sodium } from '../vault/sodium'

/** The kinds of sync file. */
export type SyncFileKind = 'batch' | 'snapshot' | 'device'

/** What a sync file's header says (authenticated once the file opens). */
export interface SyncFileHeader {
  kind: SyncFileKind
  /** 32 lowercase hex characters. */
  device: string
  seq: number
  keyId: number
}

/** Why a file did not open, each a case the status panel explains. */
export type SyncFileProblem =
  /** Not a sync file at all, or too short to have a header (possibly still being copied). */
  | 'incomplete'
  /** Written by a newer Afterview. */
  | 'unsupported-version'
  /** Sealed with a key this device does not hold (the passphrase changed elsewhere). */
  | 'unknown-key'
  /** The header opens but the body does not authenticate: cut short, damaged, or moved. */
  | 'damaged'

/** The sync file format this code writes. */
export const SYNC_FILE_VERSION = 1
/** Bodies are padded to a multiple of this many bytes. */
export const PAD_BLOCK = 256

const MAGIC = utf8('AVSY')
const KINDS: SyncFileKind[] = ['batch', 'snapshot', 'device']
const HEADER_BYTES = 30
const NONCE_BYTES = 24
const TAG_BYTES = 16
const DEVICE_ID = /^[0-9a-f]{32}$/

/** True when `device` is a device id (32 lowercase hex characters). */
export function isDeviceId(device: string): boolean {
  return DEVICE_ID.test(device)
}

function headerBytes(sodium: Sodium, header: SyncFileHeader): Uint8Array {
  if (!isDeviceId(header.device)) throw new RangeError('not a device id')
  if (!Number.isInteger(header.seq) || header.seq < 0 || header.seq > 0xffffffff) {
    throw new RangeError('sequence out of range')
  }
  return concatBytes(
    MAGIC,
    new Uint8Array([SYNC_FILE_VERSION, KINDS.indexOf(header.kind) + 1]),
    sodium.from_hex(header.device),
    u32(header.seq),
    u32(header.keyId),
  )
}

function associatedData(header: Uint8Array): Uint8Array {
  return concatBytes(header, utf8('\0afterview.sync'))
}

/** Seals `body` as a sync file with `key` (the sync subkey of data key `header.keyId`). */
export function sealSyncFile(
  sodium: Sodium,
  key: Uint8Array,
  header: SyncFileHeader,
  body: Uint8Array,
): Uint8Array {
  const head = headerBytes(sodium, header)
  const nonce = sodium.randombytes_buf(NONCE_BYTES)
  const padded = sodium.pad(deflateSync(body, { level: 6 }), PAD_BLOCK)
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    padded,
    associatedData(head),
    null,
    nonce,
    key,
  )
  padded.fill(0)
  return concatBytes(head, nonce, sealed)
}

/**
 * The header of a sync file, read without a key (to pick the key, or to report an unknown
 * one), or a problem. Unauthenticated until `openSyncFile` succeeds.
 */
export function readSyncHeader(
  sodium: Sodium,
  bytes: Uint8Array,
): SyncFileHeader | { problem: SyncFileProblem } {
  if (bytes.length < HEADER_BYTES || !equalBytes(bytes.subarray(0, 4), MAGIC)) {
    return { problem: 'incomplete' }
  }
  if (bytes[4] !== SYNC_FILE_VERSION) return { problem: 'unsupported-version' }
  const kind = KINDS[(bytes[5] ?? 0) - 1]
  if (!kind) return { problem: 'damaged' }
  return {
    kind,
    device: sodium.to_hex(bytes.subarray(6, 22)),
    seq: readU32(bytes, 22),
    keyId: readU32(bytes, 26),
  }
}

/**
 * Opens a sync file with `keyFor(keyId)` (undefined for a key this device lacks). Answers the
 * header and body, or a problem: a file that is still being copied reads as `incomplete` or
 * `damaged` and may open on a later try.
 */
export function openSyncFile(
  sodium: Sodium,
  keyFor: (keyId: number) => Uint8Array | undefined,
  bytes: Uint8Array,
): { header: SyncFileHeader; body: Uint8Array } | { problem: SyncFileProblem } {
  const header = readSyncHeader(sodium, bytes)
  if ('problem' in header) return header
  const key = keyFor(header.keyId)
  if (!key) return { problem: 'unknown-key' }
  if (bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES) return { problem: 'incomplete' }
  try {
    const padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      bytes.subarray(HEADER_BYTES + NONCE_BYTES),
      associatedData(bytes.subarray(0, HEADER_BYTES)),
      bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES),
      key,
    )
    return { header, body: inflateSync(sodium.unpad(padded, PAD_BLOCK)) }
  } catch {
    return { problem: 'damaged' }
  }
}
