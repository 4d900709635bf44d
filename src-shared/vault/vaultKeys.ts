/**
 * The key flows of a vault: create, and unlock with the passphrase or the recovery code (changing
 * either replaces the data key: rotationKeys.ts). Key derivation is passed in (`derive`) because the renderer runs Argon2id
 * in a worker while tests and main run it in-line.
 */
import {
  checkKdfForCreate,
  deriveKek,
  KEY_BYTES,
  newKdfParams,
  type KdfCost,
  type KdfParams,
} from './kdf'
import { openSlot, sealSlot, type KeySlot } from './keySlots'
import { openRecoveryBox, recoveryPublicKey, sealRecoveryBox } from './recoveryBox'
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode'
import { slotOf, VAULT_FORMAT_VERSION, type VaultHeader } from './vaultHeader'
import { tellDamageApart } from './slotChecks'
import type { Sodium } from './sodium'

/** Derives a 32-byte key-encryption key from a secret; may run off the calling thread. */
export type DeriveKek = (secret: string, params: KdfParams) => Promise<Uint8Array>

/** In-line derivation (tests, main). */
export function inlineDerive(sodium: Sodium): DeriveKek {
  return async (secret, params) => deriveKek(sodium, secret, params)
}

/** Options of the flows that create key slots. */
export interface SlotCostOptions {
  cost: KdfCost
  /** Tests only: allow a cost below the production floor. */
  testOnlyWeakKdf?: boolean
}

/** A new vault: its header, its data key (caller zeroes it on lock) and the recovery code. */
export interface CreatedVault {
  header: VaultHeader
  dataKey: Uint8Array
  /** Shown once to the user; never stored. */
  recoveryCode: string
}

/** Creates a data key, wraps it in a passphrase slot and seals it to the recovery code's box. */
export async function createVaultKeys(
  sodium: Sodium,
  passphrase: string,
  derive: DeriveKek,
  options: SlotCostOptions,
): Promise<CreatedVault> {
  checkKdfForCreate(options.cost, options.testOnlyWeakKdf)
  const dataKey = sodium.randombytes_buf(KEY_BYTES)
  const keyId = sodium.randombytes_random() >>> 0
  const recoveryCode = generateRecoveryCode(sodium)
  const passKdf = newKdfParams(sodium, options.cost)
  const recoveryKdf = newKdfParams(sodium, options.cost)
  const passKek = await derive(passphrase, passKdf)
  const recoveryKek = await derive(normalizeRecoveryCode(recoveryCode), recoveryKdf)
  const publicKey = recoveryPublicKey(sodium, recoveryKek)
  sodium.memzero(recoveryKek)
  const header: VaultHeader = {
    version: VAULT_FORMAT_VERSION,
    keyId,
    slots: [sealSlot(sodium, 'passphrase', dataKey, passKek, passKdf, keyId)],
    recovery: sealRecoveryBox(sodium, dataKey, keyId, publicKey, recoveryKdf),
  }
  sodium.memzero(passKek)
  return { header, dataKey, recoveryCode }
}

/**
 * Unwraps the data key with the passphrase, or throws `wrong-passphrase`, or
 * `damaged-passphrase-slot` when the slot is damaged on disk (the recovery code still opens).
 */
export async function unlockWithPassphrase(
  sodium: Sodium,
  header: VaultHeader,
  passphrase: string,
  derive: DeriveKek,
): Promise<Uint8Array> {
  return tellDamageApart(sodium, header, 'passphrase', () =>
    openSlotWith(sodium, slotOf(header, 'passphrase'), passphrase, header.keyId, derive),
  )
}

/**
 * Unwraps the data key with the recovery code (the box of format 2, the symmetric slot of format
 * 1), or throws `wrong-recovery-code` / `invalid-recovery-code`, or `damaged-recovery-slot`
 * when the slot is damaged on disk.
 */
export async function unlockWithRecoveryCode(
  sodium: Sodium,
  header: VaultHeader,
  recoveryCode: string,
  derive: DeriveKek,
): Promise<Uint8Array> {
  const code = normalizeRecoveryCode(recoveryCode)
  return tellDamageApart(sodium, header, 'recovery', () =>
    openRecoverySlot(sodium, header, code, derive),
  )
}

async function openRecoverySlot(
  sodium: Sodium,
  header: VaultHeader,
  code: string,
  derive: DeriveKek,
): Promise<Uint8Array> {
  if (header.recovery) {
    const kek = await derive(code, header.recovery.kdf)
    try {
      return openRecoveryBox(sodium, header.recovery, kek, header.keyId)
    } finally {
      sodium.memzero(kek)
    }
  }
  return openSlotWith(sodium, slotOf(header, 'recovery'), code, header.keyId, derive)
}

/** Derives a slot's key-encryption key from `secret` and unwraps the data key (`keyId`). */
export async function openSlotWith(
  sodium: Sodium,
  slot: KeySlot,
  secret: string,
  keyId: number,
  derive: DeriveKek,
): Promise<Uint8Array> {
  const kek = await derive(secret, slot.kdf)
  try {
    return openSlot(sodium, slot, kek, keyId)
  } finally {
    sodium.memzero(kek)
  }
}
