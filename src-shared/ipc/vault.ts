/**
 * The vault's channels: backups and the recovery-code file, which main writes where the user
 * chooses, and the event that asks the renderer to lock.
 */
import * as v from 'valibot'
import { bigBase64 } from './encoding'
import type { RequestSchemas } from './part'
import { LOCK_REASONS } from './launchNotice'
import { lockPlaceSchema } from './lockPlace'

/** Response types of the vault channels. */
export interface VaultResponses {
  'backup/save': { saved: boolean }
  'backup/open': { name: string; dataB64: string }
  'vault/save-recovery-code': { saved: boolean }
  'vault/kept-state': KeptVaultState
  'vault/keep-header': Record<string, never>
  'vault/keep-generation': Record<string, never>
  'vault/locked': null
}

/**
 * What main keeps for the vault beside the data folder's database: a copy of the (non-secret)
 * header, to put back a lost header row, and the highest manifest generation the renderer
 * reported, to catch a manifest put back from an older copy.
 */
export interface KeptVaultState {
  /** The header text as last stored, or null when none was kept. */
  header: string | null
  /** The highest manifest generation reported, 0 when none. */
  generation: number
}

/** Longest header text main keeps (a header is about 2 KB; the cap only bounds a hostile call). */
export const MAX_KEPT_HEADER_CHARS = 64 * 1024

/** Request schemas of the vault channels, spread into the IPC contract. */
export const vaultRequestSchemas = {
  /** Asks where to save an already encrypted backup and writes it atomically. */
  'backup/save': v.strictObject({ dataB64: bigBase64 }),
  /** Asks for a backup file and returns its bytes. Errors: cancelled. */
  'backup/open': v.strictObject({}),
  /** Asks where to save the recovery code as a text file. */
  'vault/save-recovery-code': v.strictObject({ text: v.pipe(v.string(), v.maxLength(4096)) }),
  /** Answers main's copy of the header and the highest manifest generation it was told of. */
  'vault/kept-state': v.strictObject({}),
  /** Replaces main's copy of the header (the vault was created, re-keyed or restored). */
  'vault/keep-header': v.strictObject({
    header: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_KEPT_HEADER_CHARS)),
  }),
  /** Reports the manifest's generation; main keeps the highest, never a lower one. */
  'vault/keep-generation': v.strictObject({
    generation: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
  }),
  /**
   * The renderer locked: main loads the app afresh on the lock screen, so every decrypted value
   * and libsodium's heap go with the old page, and the new page says why it locked and, after
   * unlocking, goes back to where the user was.
   */
  'vault/locked': v.strictObject({
    reason: v.picklist(LOCK_REASONS),
    place: v.optional(lockPlaceSchema),
  }),
} as const satisfies RequestSchemas<VaultResponses>

/** Events main pushes about the vault. */
export interface VaultEvents {
  /** Lock now: the system is suspending, the screen locked, or the user chose Lock in a menu. */
  'vault/lock-requested': { reason: 'suspend' | 'lock-screen' | 'menu' | 'tray' }
}
