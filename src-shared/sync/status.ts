/**
 * What sync tells the user: when each device was last heard from, what is waiting (and will be
 * retried by itself), and what failed and why. Times are this device's clock when it read or
 * wrote something, for display only; nothing is ordered by them.
 */
import type { Instant } from '../domain/time'
import type { FolderProblem } from './folder'

/** Why a file is waiting; each is retried on every pass without the user doing anything. */
export type WaitingReason =
  /** The file is shorter than its header says, or does not open yet: still being copied. */
  | 'incomplete'
  /** Sealed with a key this device does not have: the passphrase was changed on another device. */
  | 'unknown-key'

/** Why a file failed; it is still looked at again when it changes. */
export type FailedReason =
  /** Unchanged for a long time and still does not open: damaged. */
  | 'damaged'
  /** Written by a newer version of Afterview. */
  | 'unsupported-version'
  /** Its sealed header says it is another device's, kind or number than its name: moved. */
  | 'misplaced'

/** One file waiting or failed. */
export interface FileIssue<R> {
  name: string
  reason: R
  /** Key id the file needs, for `unknown-key`. */
  keyId?: number
  /** When this device first saw the problem. */
  since: Instant
  attempts: number
}

/** What this device knows of another (or of itself). */
export interface DeviceStatus {
  device: string
  /** The name the user gave it (sealed in its device file), or null before it has one. */
  name: string | null
  /** Highest file number read from it. */
  lastSeq: number
  /** When this device last read a new file of it. */
  lastSyncAt: Instant | null
  /** File numbers it wrote that have not arrived (not covered by a snapshot). */
  missing: number[]
  /** Two machines write under this id (a restored backup): their files are still merged. */
  clash: boolean
  /** Removed from sync: its later files are not read. */
  removed: boolean
  /** Removed, then joined again: the id it syncs as now (a live device's). */
  joinedAgainAs?: string
}

/** The whole status. */
export interface SyncStatus {
  device: string
  /** The name the user gave this computer, or null. */
  name: string | null
  /** Null while the folder answers; its problem otherwise. */
  folder: { problem: FolderProblem; since: Instant } | null
  lastPullAt: Instant | null
  lastPublishAt: Instant | null
  devices: DeviceStatus[]
  waiting: FileIssue<WaitingReason>[]
  failed: FileIssue<FailedReason>[]
  /** Changes that arrived before the changes they build on: merged once those arrive. */
  changesWaitingForEarlierOnes: boolean
  /** Set when this device found its own id in use elsewhere and took a new one. */
  renamedFrom: string | null
  /**
   * The device that removed this one from sync, or null. A removed device neither reads nor
   * writes the folder any more; its records stay on it.
   */
  removedBy: string | null
  /**
   * Live devices that have not yet merged this device's newest snapshot: its older files stay
   * in the folder until they have (or are removed).
   */
  filesKeptFor: string[]
  /**
   * Sync files the folder holds only as iCloud Drive's placeholders (kept only online): they
   * are read once the sync service brings them to this computer.
   */
  onlineOnly: number
}
