/**
 * The recovery slot as a sealed box. The recovery code derives (Argon2id) the seed of an X25519
 * key pair; the header keeps only its public key, and the data key is sealed to it with
 * crypto_box_seal. Why not a symmetric slot like the passphrase's: a passphrase change makes a
 * new data key, and the new key must reach the recovery slot without the user typing the code.
 * Sealing to a public key does that, and the old passphrase learns nothing about the new key.
 *
 * The public key is authenticated with a MAC under a subkey of the data key: a rotation checks
 * it before sealing, so a public key swapped on disk never receives the next data key.
 */
import { concatBytes, equalBytes, u32, readU32 } from './bytes'
import { VaultError } from './errors'
import { KEY_BYTES, type KdfParams } from './kdf'
import type { Sodium } from './sodium'

/** The recovery code's slot: a public key, the data key sealed to it, and the key's MAC. */
export interface RecoveryBox {
  kdf: KdfParams
  /** X25519 public key (32 bytes) derived from the recovery code. */
  publicKey: Uint8Array
  /** crypto_box_seal of data key (32 bytes) + key id (u32): 84 bytes. */
  sealed: Uint8Array
  /** crypto_auth of the public key and key id under the data key's recovery subkey (32 bytes). */
  mac: Uint8Array
}

/** Length of the sealed data key: 32 + 4 bytes of message and 48 of sealed-box overhead. */
export const SEALED_BYTES = KEY_BYTES + 4 + 48

const MAC_CONTEXT = 'AVrecpk_'

function macKey(sodium: Sodium, dataKey: Uint8Array): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(KEY_BYTES, 1, MAC_CONTEXT, dataKey)
}

function macOf(sodium: Sodium, dataKey: Uint8Array, publicKey: Uint8Array, keyId: number) {
  const key = macKey(sodium, dataKey)
  try {
    return sodium.crypto_auth(concatBytes(publicKey, u32(keyId)), key)
  } finally {
    sodium.memzero(key)
  }
}

/** The public key a recovery code's key-encryption key stands for. Zeroes the private half. */
export function recoveryPublicKey(sodium: Sodium, kek: Uint8Array): Uint8Array {
  const pair = sodium.crypto_box_seed_keypair(kek)
  sodium.memzero(pair.privateKey)
  return pair.publicKey
}

/** Seals `dataKey` (id `keyId`) to `publicKey`, with a fresh MAC of the public key. */
export function sealRecoveryBox(
  sodium: Sodium,
  dataKey: Uint8Array,
  keyId: number,
  publicKey: Uint8Array,
  kdf: KdfParams,
): RecoveryBox {
  const message = concatBytes(dataKey, u32(keyId))
  const sealed = sodium.crypto_box_seal(message, publicKey)
  sodium.memzero(message)
  return { kdf, publicKey, sealed, mac: macOf(sodium, dataKey, publicKey, keyId) }
}

/**
 * Re-seals a box for a new data key, after checking with the current data key that its public
 * key is the one this vault made (`corrupt-header` otherwise: never seal to a stranger's key).
 */
export function resealRecoveryBox(
  sodium: Sodium,
  box: RecoveryBox,
  current: { dataKey: Uint8Array; keyId: number },
  next: { dataKey: Uint8Array; keyId: number },
): RecoveryBox {
  const expected = macOf(sodium, current.dataKey, box.publicKey, current.keyId)
  if (!equalBytes(expected, box.mac)) {
    throw new VaultError('corrupt-header', 'the recovery public key is not authenticated')
  }
  return sealRecoveryBox(sodium, next.dataKey, next.keyId, box.publicKey, box.kdf)
}

/** Opens the box with the recovery code's key-encryption key, or throws `wrong-recovery-code`. */
export function openRecoveryBox(
  sodium: Sodium,
  box: RecoveryBox,
  kek: Uint8Array,
  keyId: number,
): Uint8Array {
  const pair = sodium.crypto_box_seed_keypair(kek)
  let message: Uint8Array
  try {
    if (!equalBytes(pair.publicKey, box.publicKey)) throw new Error('another code')
    message = sodium.crypto_box_seal_open(box.sealed, box.publicKey, pair.privateKey)
  } catch {
    throw new VaultError('wrong-recovery-code', 'the recovery box did not open')
  } finally {
    sodium.memzero(pair.privateKey)
  }
  if (message.length !== KEY_BYTES + 4 || readU32(message, KEY_BYTES) !== keyId) {
    sodium.memzero(message)
    throw new VaultError('corrupt-header', 'the recovery box holds another key')
  }
  const dataKey = message.slice(0, KEY_BYTES)
  sodium.memzero(message)
  return dataKey
}
