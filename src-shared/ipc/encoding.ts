/** Schemas of the encodings payloads carry over both transports (bytes travel as base64). */
import * as v from 'valibot'

/** Bytes as base64, bounded by `maxBytes`. */
export function base64Bytes(maxBytes: number) {
  return v.pipe(
    v.string(),
    v.minLength(4),
    v.maxLength(Math.ceil(maxBytes / 3) * 4),
    v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
    v.check((text) => text.length % 4 === 0, 'must be base64'),
  )
}

// Large payloads are not regex-checked (slow on hundreds of MB); main decodes them leniently.
/** Base64 of an encrypted file or backup, up to 512 MiB of text. */
export const bigBase64 = v.pipe(v.string(), v.maxLength(512 * 1024 * 1024))
