/**
 * Passphrase to key-encryption key: Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13).
 *
 * The floor (64 MiB, 3 passes) is enforced whenever a vault or key slot is created; the caps
 * (1 GiB, 10 passes) whenever a header is read, so a hostile file cannot make unlock hang or
 * exhaust memory. Tests use tiny parameters only through the explicit `testOnlyWeakKdf` flag.
 */
import { VaultError } from './errors'
import type { Sodium } from './sodium'

/** Argon2id parameters of one key slot, stored in clear in its header (not secret). */
export interface KdfParams {
  algorithm: 'argon2id13'
  /** Number of passes over memory (Argon2 "t"). */
  opsLimit: number
  /** Memory used, in bytes (Argon2 "m" × 1024). */
  memLimitBytes: number
  /** Random salt, 16 bytes. */
  salt: Uint8Array
}

/** The cost part of KdfParams, without the salt. */
export type KdfCost = Pick<KdfParams, 'opsLimit' | 'memLimitBytes'>

const MiB = 1024 * 1024

/** The least work a new key slot may use: 64 MiB of memory, 3 passes. */
export const KDF_FLOOR: Readonly<KdfCost> = Object.freeze({ opsLimit: 3, memLimitBytes: 64 * MiB })

/** The most work a header may ask for: 1 GiB of memory, 10 passes. */
export const KDF_CAP: Readonly<KdfCost> = Object.freeze({ opsLimit: 10, memLimitBytes: 1024 * MiB })

/**
 * Tiny parameters for tests only (libsodium's minimum: 8 KiB, 1 pass). Accepted at creation only
 * with `testOnlyWeakKdf: true`; production code never passes that flag.
 */
export const TEST_ONLY_KDF: Readonly<KdfCost> = Object.freeze({ opsLimit: 1, memLimitBytes: 8192 })

/** Length of every salt, in bytes. */
export const SALT_BYTES = 16

/** Length of every key (KEK, data key, subkeys), in bytes. */
export const KEY_BYTES = 32

/** Throws `kdf-too-costly` or `corrupt-header` unless `cost` is safe to run when reading a file. */
export function checkKdfForRead(params: KdfParams): void {
  const { opsLimit, memLimitBytes, salt } = params
  if (params.algorithm !== 'argon2id13') throw new VaultError('corrupt-header', 'unknown KDF')
  if (!Number.isSafeInteger(opsLimit) || !Number.isSafeInteger(memLimitBytes)) {
    throw new VaultError('corrupt-header', 'KDF cost is not an integer')
  }
  if (opsLimit > KDF_CAP.opsLimit || memLimitBytes > KDF_CAP.memLimitBytes) {
    throw new VaultError('kdf-too-costly', `KDF asks for ${opsLimit} passes, ${memLimitBytes} B`)
  }
  if (opsLimit < TEST_ONLY_KDF.opsLimit || memLimitBytes < TEST_ONLY_KDF.memLimitBytes) {
    throw new VaultError('corrupt-header', 'KDF cost below libsodium minimum')
  }
  if (salt.length !== SALT_BYTES) throw new VaultError('corrupt-header', 'salt length')
}

/** Throws `kdf-too-weak` when a new slot would be below the floor (unless explicitly in a test). */
export function checkKdfForCreate(cost: KdfCost, testOnlyWeakKdf = false): void {
  if (testOnlyWeakKdf) return
  if (cost.opsLimit < KDF_FLOOR.opsLimit || cost.memLimitBytes < KDF_FLOOR.memLimitBytes) {
    throw new VaultError('kdf-too-weak', 'KDF cost below the production floor')
  }
}

/** Fresh parameters with a random salt. */
export function newKdfParams(sodium: Sodium, cost: KdfCost): KdfParams {
  return {
    algorithm: 'argon2id13',
    opsLimit: cost.opsLimit,
    memLimitBytes: cost.memLimitBytes,
    salt: sodium.randombytes_buf(SALT_BYTES),
  }
}

/**
 * Derives the 32-byte key-encryption key from a secret (passphrase or recovery code). Blocking
 * for about a second at production cost: the renderer runs it in a worker.
 */
export function deriveKek(sodium: Sodium, secret: string, params: KdfParams): Uint8Array {
  checkKdfForRead(params)
  return sodium.crypto_pwhash(
    KEY_BYTES,
    secret.normalize('NFC'),
    params.salt,
    params.opsLimit,
    params.memLimitBytes,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  )
}

/**
 * Picks the cost for a new vault: the floor's memory, with passes raised until one derivation
 * takes about `targetMs` on this machine (never below the floor, never above the cap).
 *
 * @param now a monotonic clock in milliseconds (performance.now), injected for tests.
 */
export function calibrateKdf(sodium: Sodium, now: () => number, targetMs = 700): KdfCost {
  const probe = newKdfParams(sodium, KDF_FLOOR)
  const started = now()
  const key = deriveKek(sodium, 'calibration', probe)
  const elapsed = Math.max(1, now() - started)
  sodium.memzero(key)
  const perPass = elapsed / KDF_FLOOR.opsLimit
  const passes = Math.round(targetMs / perPass)
  return {
    memLimitBytes: KDF_FLOOR.memLimitBytes,
    opsLimit: Math.min(KDF_CAP.opsLimit, Math.max(KDF_FLOOR.opsLimit, passes)),
  }
}
