/**
 * Padding of a record's plaintext before it is sealed, so a row's size on disk says only which
 * bucket it falls in (the next power of two, at least `MIN_BUCKET_BYTES`), not how long a note or
 * a name is.
 *
 *   [0]        0x00, a byte no JSON text starts with: a record written before padding existed
 *              starts with its JSON and is read as it is
 *   [1..n]     the JSON
 *   [n+1]      0x80, then zeros up to the bucket (ISO/IEC 7816-4), so the end is found exactly
 */
import { VaultError } from './errors'

/** The smallest padded plaintext, in bytes. */
export const MIN_BUCKET_BYTES = 256

const MARK = 0x00
const END = 0x80

/** The padded length for a plaintext of `length` bytes: marker, JSON and end byte, bucketed. */
export function bucketBytes(length: number): number {
  const needed = length + 2
  let bucket = MIN_BUCKET_BYTES
  while (bucket < needed) bucket *= 2
  return bucket
}

/** A new buffer holding `plaintext` padded to its bucket. The caller zeroes it after use. */
export function padRecord(plaintext: Uint8Array): Uint8Array {
  const padded = new Uint8Array(bucketBytes(plaintext.length))
  padded[0] = MARK
  padded.set(plaintext, 1)
  padded[plaintext.length + 1] = END
  return padded
}

/**
 * The plaintext inside an opened record, as a view of `opened` (zeroing it zeroes the record).
 * A record sealed before padding is answered whole. Throws `corrupt-record` for padding that does
 * not end as written (it authenticated, so only a bug could make it).
 */
export function unpadRecord(opened: Uint8Array): Uint8Array {
  if (opened.length === 0 || opened[0] !== MARK) return opened
  let end = opened.length - 1
  while (end > 0 && opened[end] === 0) end--
  if (end === 0 || opened[end] !== END) {
    throw new VaultError('corrupt-record', 'record padding is damaged')
  }
  return opened.subarray(1, end)
}
