/**
 * Recovery codes: 160 random bits written for humans as 32 Crockford base32 characters in eight
 * groups of four (`7K2Q-…`). Crockford's alphabet has no I, L, O or U, so misread letters are
 * mapped back (O→0, I/L→1) and case, spaces and dashes are ignored when the user types it.
 */
import { VaultError } from './errors'
import type { Sodium } from './sodium'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_BYTES = 20
const CODE_CHARS = 32
const GROUP = 4

/** A new random recovery code, grouped for display (`XXXX-XXXX-…`, 39 characters). */
export function generateRecoveryCode(sodium: Sodium): string {
  const bytes = sodium.randombytes_buf(CODE_BYTES)
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  sodium.memzero(bytes)
  return group(out)
}

/**
 * The canonical grouped form of what the user typed, or `invalid-recovery-code` when it cannot be
 * a recovery code. The KDF runs on the canonical form, so any spelling of the same code unlocks.
 */
export function normalizeRecoveryCode(input: string): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (cleaned.length !== CODE_CHARS || [...cleaned].some((c) => !ALPHABET.includes(c))) {
    throw new VaultError('invalid-recovery-code', 'not 32 base32 characters')
  }
  return group(cleaned)
}

function group(chars: string): string {
  const groups: string[] = []
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP))
  return groups.join('-')
}
