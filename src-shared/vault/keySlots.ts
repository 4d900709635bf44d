/**
 * Symmetric key slots. The random 32-byte data key is wrapped (XChaCha20-Poly1305) by the
 * passphrase's KEK (and, in vaults made before format 2, by the recovery code's KEK). No
 * password hash is stored: a secret is right exactly when its slot unwraps. The header that
 * holds the slots is in vaultHeader.ts.
 */
import * as v from 'valibot'
import { concatBytes, fromBase64, toBase64, u32, utf8 } from './bytes'
import { VaultError } from './errors'
import { checkKdfForRead, KEY_BYTES, SALT_BYTES, type KdfParams } from './kdf'
import type { Sodium } from './sodium'

/** Which secret a slot opens with. */
export type SlotKind = 'passphrase' | 'recovery'

/** One wrapped copy of the data key. */
export interface KeySlot {
  kind: SlotKind
  kdf: KdfParams
  /** 24-byte XChaCha20 nonce. */
  nonce: Uint8Array
  /** The data key, encrypted and authenticated (32 + 16 bytes). */
  wrappedKey: Uint8Array
}

const NONCE_BYTES = 24
const WRAPPED_BYTES = KEY_BYTES + 16

function slotAd(kind: SlotKind, keyId: number): Uint8Array {
  return concatBytes(utf8(`afterview.vault.v1.slot.${kind}`), u32(keyId))
}

/** Wraps `dataKey` under `kek` for a slot of `kind`. */
export function sealSlot(
  sodium: Sodium,
  kind: SlotKind,
  dataKey: Uint8Array,
  kek: Uint8Array,
  kdf: KdfParams,
  keyId: number,
): KeySlot {
  const nonce = sodium.randombytes_buf(NONCE_BYTES)
  const wrappedKey = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    dataKey,
    slotAd(kind, keyId),
    null,
    nonce,
    kek,
  )
  return { kind, kdf, nonce, wrappedKey }
}

/**
 * Unwraps the data key of a slot, or throws `wrong-passphrase` / `wrong-recovery-code`.
 * The caller zeroes `kek` afterwards.
 */
export function openSlot(
  sodium: Sodium,
  slot: KeySlot,
  kek: Uint8Array,
  keyId: number,
): Uint8Array {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      slot.wrappedKey,
      slotAd(slot.kind, keyId),
      slot.nonce,
      kek,
    )
  } catch {
    const kind = slot.kind === 'recovery' ? 'wrong-recovery-code' : 'wrong-passphrase'
    throw new VaultError(kind, `the ${slot.kind} slot did not unwrap`)
  }
}

/** JSON form of a KDF parameter set (salt as base64). */
export function kdfToJson(kdf: KdfParams): Record<string, unknown> {
  return {
    algorithm: kdf.algorithm,
    opsLimit: kdf.opsLimit,
    memLimitBytes: kdf.memLimitBytes,
    salt: toBase64(kdf.salt),
  }
}

/** JSON form of a key slot (bytes as base64). */
export function slotToJson(slot: KeySlot): Record<string, unknown> {
  return {
    kind: slot.kind,
    kdf: kdfToJson(slot.kdf),
    nonce: toBase64(slot.nonce),
    wrappedKey: toBase64(slot.wrappedKey),
  }
}

/** Valibot schema of base64 text in a header (bounded, so a hostile header stays small). */
export const b64 = v.pipe(v.string(), v.maxLength(4096))

/** Valibot schema of a KDF parameter set's JSON form. */
export const kdfJsonSchema = v.strictObject({
  algorithm: v.literal('argon2id13'),
  opsLimit: v.pipe(v.number(), v.integer()),
  memLimitBytes: v.pipe(v.number(), v.integer()),
  salt: b64,
})

/** Reads a KDF parameter set's JSON form: salt length and the caps checked (`corrupt-header`). */
export function kdfFromJson(json: v.InferOutput<typeof kdfJsonSchema>): KdfParams {
  let salt: Uint8Array
  try {
    salt = fromBase64(json.salt)
  } catch {
    throw new VaultError('corrupt-header', 'bad base64 in a salt')
  }
  if (salt.length !== SALT_BYTES) throw new VaultError('corrupt-header', 'salt length')
  const kdf = { ...json, salt }
  checkKdfForRead(kdf)
  return kdf
}

/** Valibot schema of a key slot's JSON form. */
export const slotJsonSchema = v.strictObject({
  kind: v.picklist(['passphrase', 'recovery']),
  kdf: kdfJsonSchema,
  nonce: b64,
  wrappedKey: b64,
})

/** Parses a slot's JSON form, checking lengths and KDF caps. */
export function slotFromJson(json: v.InferOutput<typeof slotJsonSchema>): KeySlot {
  const kdf = kdfFromJson(json.kdf)
  let nonce: Uint8Array
  let wrappedKey: Uint8Array
  try {
    nonce = fromBase64(json.nonce)
    wrappedKey = fromBase64(json.wrappedKey)
  } catch {
    throw new VaultError('corrupt-header', 'bad base64 in a key slot')
  }
  if (nonce.length !== NONCE_BYTES || wrappedKey.length !== WRAPPED_BYTES) {
    throw new VaultError('corrupt-header', 'slot lengths')
  }
  return { kind: json.kind, kdf, nonce, wrappedKey }
}
