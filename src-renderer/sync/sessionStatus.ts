/**
 * What a sync session reports (syncSession.ts), for the status panel (statusWords.ts): the
 * engine's status and what the session found writing other devices' records into the vault.
 */
import type { Instant } from '@shared/domain/time'
import type { DeleteConflict } from '@shared/sync/recordDoc'
import type { FileIssue, SyncStatus, WaitingReason } from '@shared/sync/status'
import type { VaultErrorKind } from '@shared/vault/errors'
import type { HeaderRequest } from './syncKeys'

/** A record from another device its table refuses: kept in sync, not written. */
export interface RejectedRecord {
  table: string
  id: string
  problem: string
}

/** A record written back that the vault refused (an unreadable row kept, a lock). */
export interface UnsavedRecord {
  table: string
  id: string
  kind: VaultErrorKind | 'unknown'
}

/** What the status panel shows: the engine's status and what this session found. */
export interface SyncSessionStatus extends SyncStatus {
  rejected: RejectedRecord[]
  unsaved: UnsavedRecord[]
  conflicts: (DeleteConflict & { table: string })[]
  /** When the last pass ended, and whether it ran to its end. */
  lastPassAt: Instant | null
  /** What the folder's header copy asks: the new passphrase from another computer, or nothing. */
  header: HeaderRequest | null
  /**
   * Files sealed under an earlier key of this vault that this device never held (it joined, or
   * took up a change, after them): not in `waiting`, since no passphrase opens them here; their
   * writers send their changes again under the current key once they use it.
   */
  earlierKey: FileIssue<WaitingReason>[]
  /** File ids of attachments the records name that have not arrived on this computer yet. */
  attachmentsWaiting: readonly string[]
  /**
   * How many attachment files arrived on this computer from the folder in this session: what an
   * attachment list watches to look again for a file it lacked.
   */
  attachmentsArrived: number
}
