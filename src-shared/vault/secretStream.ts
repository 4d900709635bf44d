/**
 * Chunked authenticated encryption with libsodium's secretstream (XChaCha20-Poly1305), used for
 * attachment files and backup payloads. Every chunk but the last holds exactly 64 KiB of
 * plaintext; the last one carries TAG_FINAL. The reader insists on that final tag at the very
 * end, so a truncated file never passes as a complete one.
 */
import { concatBytes } from './bytes'
import { VaultError, type VaultErrorKind } from './errors'
import type { Sodium } from './sodium'

/** Plaintext bytes per chunk: 64 KiB. */
export const CHUNK_BYTES = 64 * 1024

const HEADER_BYTES = 24
const ABYTES = 17

/** The stream header followed by the encrypted chunks of `plaintext`. */
export function sealStream(
  sodium: Sodium,
  key: Uint8Array,
  plaintext: Uint8Array,
  ad: Uint8Array,
): Uint8Array {
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key)
  const parts: Uint8Array[] = [header]
  let offset = 0
  do {
    const end = Math.min(offset + CHUNK_BYTES, plaintext.length)
    const last = end === plaintext.length
    const tag = last
      ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
      : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
    parts.push(
      sodium.crypto_secretstream_xchacha20poly1305_push(
        state,
        plaintext.subarray(offset, end),
        ad,
        tag,
      ),
    )
    offset = end
  } while (offset < plaintext.length)
  return concatBytes(...parts)
}

/** The error kinds a caller wants for a damaged or a cut-short stream. */
export interface StreamErrorKinds {
  corrupt: VaultErrorKind
  truncated: VaultErrorKind
}

/**
 * Decrypts a whole stream. Throws `kinds.corrupt` when a chunk fails to authenticate, has an
 * unexpected tag, or data follows the final chunk; `kinds.truncated` when the final tag is missing.
 */
export function openStream(
  sodium: Sodium,
  key: Uint8Array,
  bytes: Uint8Array,
  ad: Uint8Array,
  kinds: StreamErrorKinds,
): Uint8Array {
  if (bytes.length < HEADER_BYTES + ABYTES)
    throw new VaultError(kinds.truncated, 'stream too short')
  let state: ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>
  try {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
      bytes.subarray(0, HEADER_BYTES),
      key,
    )
  } catch {
    throw new VaultError(kinds.corrupt, 'stream header refused')
  }
  const parts: Uint8Array[] = []
  let offset = HEADER_BYTES
  let finished = false
  while (offset < bytes.length) {
    if (finished) throw new VaultError(kinds.corrupt, 'data after the final chunk')
    const end = Math.min(offset + CHUNK_BYTES + ABYTES, bytes.length)
    if (end - offset < ABYTES) throw new VaultError(kinds.truncated, 'partial chunk')
    let pulled: { message: Uint8Array; tag: number } | false
    try {
      pulled = sodium.crypto_secretstream_xchacha20poly1305_pull(
        state,
        bytes.subarray(offset, end),
        ad,
      )
    } catch {
      pulled = false
    }
    if (!pulled) throw new VaultError(kinds.corrupt, `chunk at ${offset} did not authenticate`)
    if (pulled.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) finished = true
    else if (pulled.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
      throw new VaultError(kinds.corrupt, `unexpected tag ${pulled.tag}`)
    } else if (end - offset !== CHUNK_BYTES + ABYTES) {
      throw new VaultError(kinds.corrupt, 'short chunk before the end')
    }
    parts.push(pulled.message)
    offset = end
  }
  if (!finished) throw new VaultError(kinds.truncated, 'no final chunk')
  return concatBytes(...parts)
}
