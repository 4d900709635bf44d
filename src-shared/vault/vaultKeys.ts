/**
 * The key flows of a vault: create, unlock with the passphrase or the recovery code, and re-wrap
 * for a new passphrase. Key derivation is passed in (`derive`) because the renderer runs Argon2id
 * in a worker while tests and main run it in-line.
 */
import { VaultError } from './errors'
import {
  checkKdfForCreate,
  deriveKek,
  KEY_BYTES,
  newKdfParams,
  type KdfCost,
  type KdfParams,
} from './kdf'
import {
  openSlot,
  sealSlot,
  slotOf,
  VAULT_FORMAT_VERSION,
  type SlotKind,
  type VaultHeader,
} from './keySlots'
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode'
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

/** Creates a data key and wraps it in a passphrase slot and a recovery-code slot. */
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
  const header: VaultHeader = {
    version: VAULT_FORMAT_VERSION,
    keyId,
    slots: [
      sealSlot(sodium, 'passphrase', dataKey, passKek, passKdf, keyId),
      sealSlot(sodium, 'recovery', dataKey, recoveryKek, recoveryKdf, keyId),
    ],
  }
  sodium.memzero(passKek)
  sodium.memzero(recoveryKek)
  return { header, dataKey, recoveryCode }
}

/** Unwraps the data key with the passphrase, or throws `wrong-passphrase`. */
export async function unlockWithPassphrase(
  sodium: Sodium,
  header: VaultHeader,
  passphrase: string,
  derive: DeriveKek,
): Promise<Uint8Array> {
  return unlockSlot(sodium, header, 'passphrase', passphrase, derive)
}

/** Unwraps the data key with the recovery code, or throws `wrong-recovery-code`. */
export async function unlockWithRecoveryCode(
  sodium: Sodium,
  header: VaultHeader,
  recoveryCode: string,
  derive: DeriveKek,
): Promise<Uint8Array> {
  return unlockSlot(sodium, header, 'recovery', normalizeRecoveryCode(recoveryCode), derive)
}

async function unlockSlot(
  sodium: Sodium,
  header: VaultHeader,
  kind: SlotKind,
  secret: string,
  derive: DeriveKek,
): Promise<Uint8Array> {
  const slot = slotOf(header, kind)
  const kek = await derive(secret, slot.kdf)
  try {
    return openSlot(sodium, slot, kek, header.keyId)
  } finally {
    sodium.memzero(kek)
  }
}

/**
 * A copy of the header whose passphrase slot wraps the same data key under a new passphrase
 * (fresh salt and nonce). Records are not touched: only the slot changes.
 */
export async function rewrapPassphrase(
  sodium: Sodium,
  header: VaultHeader,
  dataKey: Uint8Array,
  newPassphrase: string,
  derive: DeriveKek,
  options: SlotCostOptions,
): Promise<VaultHeader> {
  checkKdfForCreate(options.cost, options.testOnlyWeakKdf)
  if (dataKey.length !== KEY_BYTES) throw new VaultError('locked', 'no data key')
  const kdf = newKdfParams(sodium, options.cost)
  const kek = await derive(newPassphrase, kdf)
  const slot = sealSlot(sodium, 'passphrase', dataKey, kek, kdf, header.keyId)
  sodium.memzero(kek)
  return { ...header, slots: [slot, ...header.slots.filter((s) => s.kind !== 'passphrase')] }
}
