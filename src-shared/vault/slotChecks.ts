/**
 * Slot checksums: a BLAKE2b hash of each key slot as stored, kept in the header beside the
 * slots. A slot that does not open with the secret typed is either the wrong secret or a slot
 * damaged on disk, and AEAD alone cannot say which; the checksum can. It is consulted only
 * after a slot failed to open, so a damaged checksum never blocks a good slot.
 *
 * Not a MAC: anyone who can write the header can write a matching checksum. It tells damage
 * (a flipped bit, a torn write) from a wrong secret, not an attack from one; an attacker who can
 * write the header can already make the vault refuse to open.
 */
import { equalBytes, utf8 } from './bytes'
import { isVaultError, VaultError } from './errors'
import { slotToJson, type SlotKind } from './keySlots'
import type { Sodium } from './sodium'
import { boxToJson, CHECK_BYTES, damagedKind, type VaultHeader } from './vaultHeader'

function checksum(sodium: Sodium, header: VaultHeader, kind: SlotKind): Uint8Array | null {
  const slot = header.slots.find((s) => s.kind === kind)
  const json =
    kind === 'recovery' && header.recovery ? boxToJson(header.recovery) : slot && slotToJson(slot)
  if (!json) return null
  const text = `afterview.slot-check\0${kind}\0${header.keyId}\0${JSON.stringify(json)}`
  return sodium.crypto_generichash(CHECK_BYTES, utf8(text), null)
}

/** The header with a checksum of each of its slots, as it is about to be stored. */
export function withSlotChecks(sodium: Sodium, header: VaultHeader): VaultHeader {
  const checks: NonNullable<VaultHeader['checks']> = {}
  for (const kind of ['passphrase', 'recovery'] as const) {
    const sum = checksum(sodium, header, kind)
    if (sum) checks[kind] = sum
  }
  return { ...header, checks }
}

/** True when the slot of `kind` has a stored checksum that its bytes no longer match. */
export function slotDamaged(sodium: Sodium, header: VaultHeader, kind: SlotKind): boolean {
  const stored = header.checks?.[kind]
  if (!stored) return false
  const now = checksum(sodium, header, kind)
  return now === null || !equalBytes(stored, now)
}

/**
 * Runs `open` (unlocking with the slot of `kind`); when it fails as a wrong secret (or, for the
 * recovery box, a box that holds another key) and the slot fails its checksum, throws
 * `damaged-passphrase-slot` / `damaged-recovery-slot` instead.
 */
export async function tellDamageApart<T>(
  sodium: Sodium,
  header: VaultHeader,
  kind: SlotKind,
  open: () => Promise<T>,
): Promise<T> {
  try {
    return await open()
  } catch (error) {
    const refused =
      isVaultError(error, 'wrong-passphrase') ||
      isVaultError(error, 'wrong-recovery-code') ||
      isVaultError(error, 'corrupt-header')
    if (refused && slotDamaged(sodium, header, kind)) {
      throw new VaultError(damagedKind(kind), `the ${kind} slot fails its checksum`)
    }
    throw error
  }
}
