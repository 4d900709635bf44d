/**
 * The vault's channels: backups and the recovery-code file, which main writes where the user
 * chooses, and the event that asks the renderer to lock.
 */
import * as v from 'valibot'
import { bigBase64 } from './encoding'
import type { RequestSchemas } from './part'
import { LOCK_REASONS } from './launchNotice'

/** Response types of the vault channels. */
export interface VaultResponses {
  'backup/save': { saved: boolean }
  'backup/open': { name: string; dataB64: string }
  'vault/save-recovery-code': { saved: boolean }
  'vault/locked': null
}

/** Request schemas of the vault channels, spread into the IPC contract. */
export const vaultRequestSchemas = {
  /** Asks where to save an already encrypted backup and writes it atomically. */
  'backup/save': v.strictObject({ dataB64: bigBase64 }),
  /** Asks for a backup file and returns its bytes. Errors: cancelled. */
  'backup/open': v.strictObject({}),
  /** Asks where to save the recovery code as a text file. */
  'vault/save-recovery-code': v.strictObject({ text: v.pipe(v.string(), v.maxLength(4096)) }),
  /**
   * The renderer locked: main loads the app afresh on the lock screen, so every decrypted value
   * and libsodium's heap go with the old page, and the new page says why it locked.
   */
  'vault/locked': v.strictObject({ reason: v.picklist(LOCK_REASONS) }),
} as const satisfies RequestSchemas<VaultResponses>

/** Events main pushes about the vault. */
export interface VaultEvents {
  /** Lock now: the system is suspending, the screen locked, or the user chose Lock in a menu. */
  'vault/lock-requested': { reason: 'suspend' | 'lock-screen' | 'menu' | 'tray' }
}
