/**
 * Main's side of a restore. Writing attachment files is the one channel that puts renderer bytes
 * into the data folder under names of the renderer's choosing, so main allows it only inside a
 * restore it started itself: after `backup/open` answered with a file the user chose, for a short
 * while, and for no more bytes than that backup file holds (every attachment it restores travels
 * inside it). A compromised renderer cannot fill the disk or plant files without that dialog.
 */
import { HostError } from '@shared/ipc/errors'
import type { ClockPort } from '../ports'

/** How long after the backup was chosen its attachments may be written: time to type a passphrase. */
export const RESTORE_WINDOW_MS = 15 * 60_000

/** The restore main started, shared by the vault and attachment handlers. */
export interface RestoreGate {
  /** Opens a restore for a backup file of `backupBytes` bytes, replacing any earlier one. */
  open(backupBytes: number): void
  /**
   * Counts `bytes` against the open restore. Throws `not-in-restore` outside a restore (none
   * started, or it expired) and `too-large` past the budget; nothing is counted then.
   */
  take(bytes: number): void
}

/** A restore gate over `clock`. */
export function restoreGate(clock: Pick<ClockPort, 'now'>): RestoreGate {
  let current: { until: number; budget: number } | null = null
  return {
    open(backupBytes) {
      current = { until: clock.now() + RESTORE_WINDOW_MS, budget: backupBytes }
    },
    take(bytes) {
      if (current === null || clock.now() > current.until) {
        current = null
        throw new HostError('not-in-restore', 'no restore was started by choosing a backup')
      }
      if (bytes > current.budget) {
        throw new HostError('too-large', 'more attachment bytes than the backup holds')
      }
      current.budget -= bytes
    },
  }
}
