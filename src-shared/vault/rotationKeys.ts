/**
 * Replacing the data key: the key side of a passphrase change, a reset with the recovery code,
 * and a new recovery code. Each makes a NEW random data key, so the old passphrase (or code),
 * together with anything left on disk, opens nothing written afterwards.
 *
 * The change is recorded as a journal in the header (vaultHeader.ts) before any record is
 * re-encrypted: the next key under the new passphrase and sealed to the recovery box, plus the
 * previous key wrapped under the next one. The holder of the new passphrase or of the recovery
 * code can therefore finish an interrupted change; the old passphrase cannot learn the next key.
 */
import { concatBytes, u32, utf8 } from './bytes'
import { VaultError } from './errors'
import { checkKdfForCreate, KEY_BYTES, newKdfParams } from './kdf'
import { sealSlot } from './keySlots'
import {
  openRecoveryBox,
  recoveryPublicKey,
  resealRecoveryBox,
  sealRecoveryBox,
  type RecoveryBox,
} from './recoveryBox'
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode'
import type { Sodium } from './sodium'
import { VAULT_FORMAT_VERSION, type VaultHeader, type WrappedPreviousKey } from './vaultHeader'
import {
  openSlotWith,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  type DeriveKek,
  type SlotCostOptions,
} from './vaultKeys'

/**
 * What becomes of the recovery code: `keep` re-seals the next key to the same code (a format-1
 * vault cannot, and gets a new code), `new-code` makes a new one (the old one ends), `{ code }`
 * keeps a code the user has just typed (a reset), upgrading a format-1 slot.
 */
export type RecoveryPlan = 'keep' | 'new-code' | { code: string }

/** A data key and its id. */
export interface KeyWithId {
  dataKey: Uint8Array
  keyId: number
}

/** A started rotation: the header with its journal, the next key, and a new code to show. */
export interface StartedRotation {
  header: VaultHeader
  next: KeyWithId
  /** Set when the plan made a new recovery code: shown once, never stored. */
  recoveryCode: string | null
}

const ROTATION_CONTEXT = 'AVrotate'

function previousKeyAd(previousId: number, nextId: number): Uint8Array {
  return concatBytes(utf8('afterview.vault.rotation'), u32(previousId), u32(nextId))
}

function wrapPrevious(sodium: Sodium, previous: KeyWithId, next: KeyWithId): WrappedPreviousKey {
  const key = sodium.crypto_kdf_derive_from_key(KEY_BYTES, 1, ROTATION_CONTEXT, next.dataKey)
  const nonce = sodium.randombytes_buf(24)
  const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    previous.dataKey,
    previousKeyAd(previous.keyId, next.keyId),
    null,
    nonce,
    key,
  )
  sodium.memzero(key)
  return { nonce, wrapped }
}

/** The previous data key of a pending rotation, from the next one (`corrupt-header` if damaged). */
export function openPreviousKey(sodium: Sodium, header: VaultHeader, next: KeyWithId): KeyWithId {
  const journal = header.rotation
  if (!journal) throw new VaultError('corrupt-header', 'no rotation under way')
  const key = sodium.crypto_kdf_derive_from_key(KEY_BYTES, 1, ROTATION_CONTEXT, next.dataKey)
  try {
    const dataKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      journal.previousKey.wrapped,
      previousKeyAd(header.keyId, journal.keyId),
      journal.previousKey.nonce,
      key,
    )
    return { dataKey, keyId: header.keyId }
  } catch {
    throw new VaultError('corrupt-header', 'the rotation journal does not open')
  } finally {
    sodium.memzero(key)
  }
}

async function boxFromCode(
  sodium: Sodium,
  code: string,
  next: KeyWithId,
  derive: DeriveKek,
  options: SlotCostOptions,
): Promise<RecoveryBox> {
  const kdf = newKdfParams(sodium, options.cost)
  const kek = await derive(normalizeRecoveryCode(code), kdf)
  const publicKey = recoveryPublicKey(sodium, kek)
  sodium.memzero(kek)
  return sealRecoveryBox(sodium, next.dataKey, next.keyId, publicKey, kdf)
}

/**
 * Makes the next data key and the header that journals the change (`header` must have no
 * rotation under way). Nothing is written here; the caller stores the header first, then
 * re-encrypts, then stores `finishRotation(header)`.
 */
export async function startRotation(
  sodium: Sodium,
  header: VaultHeader,
  current: KeyWithId,
  newPassphrase: string,
  plan: RecoveryPlan,
  derive: DeriveKek,
  options: SlotCostOptions,
): Promise<StartedRotation> {
  checkKdfForCreate(options.cost, options.testOnlyWeakKdf)
  if (header.rotation) throw new VaultError('rotation-pending', 'a rotation is already under way')
  let keyId = sodium.randombytes_random() >>> 0
  // A collision would make half-done rows look done.
  while (keyId === current.keyId) keyId = sodium.randombytes_random() >>> 0
  const next: KeyWithId = { dataKey: sodium.randombytes_buf(KEY_BYTES), keyId }
  let recoveryCode: string | null = null
  let recovery: RecoveryBox
  if (plan === 'keep' && header.recovery) {
    recovery = resealRecoveryBox(sodium, header.recovery, current, next)
  } else {
    const code = typeof plan === 'object' ? plan.code : generateRecoveryCode(sodium)
    if (typeof plan !== 'object') recoveryCode = code
    recovery = await boxFromCode(sodium, code, next, derive, options)
  }
  const kdf = newKdfParams(sodium, options.cost)
  const kek = await derive(newPassphrase, kdf)
  const passphrase = sealSlot(sodium, 'passphrase', next.dataKey, kek, kdf, keyId)
  sodium.memzero(kek)
  const journal = { keyId, passphrase, recovery, previousKey: wrapPrevious(sodium, current, next) }
  return { header: { ...header, rotation: journal }, next, recoveryCode }
}

/**
 * The change of key another computer of a synced vault made, taken up here: `target` is the
 * header it wrote (its passphrase slot and recovery box, so this vault's recovery code becomes
 * that computer's), `next` the key its new passphrase opened. Answers the header journalling the
 * change from `current`, which the caller stores and finishes like its own rotation.
 */
export function adoptRotation(
  sodium: Sodium,
  header: VaultHeader,
  current: KeyWithId,
  target: VaultHeader,
  next: KeyWithId,
): VaultHeader {
  if (header.rotation) throw new VaultError('rotation-pending', 'a rotation is already under way')
  const passphrase = target.slots.find((slot) => slot.kind === 'passphrase')
  if (!passphrase || !target.recovery || target.rotation || next.keyId === current.keyId) {
    throw new VaultError('corrupt-header', 'the other header cannot be taken up')
  }
  const journal = {
    keyId: next.keyId,
    passphrase,
    recovery: target.recovery,
    previousKey: wrapPrevious(sodium, current, next),
  }
  return { ...header, rotation: journal }
}

/** The header once every row is under the next key: the journal becomes the header. */
export function finishRotation(header: VaultHeader): VaultHeader {
  const journal = header.rotation
  if (!journal) throw new VaultError('corrupt-header', 'no rotation under way')
  return {
    version: VAULT_FORMAT_VERSION,
    keyId: journal.keyId,
    slots: [journal.passphrase],
    recovery: journal.recovery,
  }
}

/** Both keys of a pending rotation, for resuming it. */
export interface ResumedRotation {
  previous: KeyWithId
  next: KeyWithId
}

/**
 * Opens a pending rotation with the new passphrase or the recovery code. A secret that only
 * opens the header's current slots (the old passphrase) throws `rotation-pending`: it cannot
 * finish the change, and must not learn the next key.
 */
export async function resumeRotation(
  sodium: Sodium,
  header: VaultHeader,
  secret: { passphrase: string } | { recoveryCode: string },
  derive: DeriveKek,
): Promise<ResumedRotation> {
  const journal = header.rotation
  if (!journal) throw new VaultError('corrupt-header', 'no rotation under way')
  let dataKey: Uint8Array
  try {
    if ('passphrase' in secret) {
      dataKey = await openSlotWith(
        sodium,
        journal.passphrase,
        secret.passphrase,
        journal.keyId,
        derive,
      )
    } else {
      const kek = await derive(normalizeRecoveryCode(secret.recoveryCode), journal.recovery.kdf)
      try {
        dataKey = openRecoveryBox(sodium, journal.recovery, kek, journal.keyId)
      } finally {
        sodium.memzero(kek)
      }
    }
  } catch (error) {
    const old =
      'passphrase' in secret
        ? await unlockWithPassphrase(sodium, header, secret.passphrase, derive).catch(() => null)
        : await unlockWithRecoveryCode(sodium, header, secret.recoveryCode, derive).catch(
            () => null,
          )
    if (old === null) throw error
    sodium.memzero(old)
    throw new VaultError('rotation-pending', 'this secret opens only the previous key')
  }
  const next = { dataKey, keyId: journal.keyId }
  return { previous: openPreviousKey(sodium, header, next), next }
}
