/**
 * What one device's sync engine holds between its steps (syncEngine.ts): the options it was
 * given, what it knows of the folder's files (the ledger) and of the device files (the book),
 * its own state to keep, and the folder's last problem. The reading, publishing and maintenance
 * steps (engineReader.ts, enginePublisher.ts, engineMaintenance.ts) share it.
 */
import type { Instant } from '../domain/time'
import { toBase64 } from '../vault/bytes'
import type { Sodium } from '../vault/sodium'
import type { SnapshotPolicy } from './compaction'
import { DeviceBook } from './deviceBook'
import type { SeqByDevice } from './deviceFile'
import { FileLedger } from './fileLedger'
import { folderProblem, type FolderEntry, type FolderProblem, type SyncFolder } from './folder'
import type { ParsedName } from './names'
import { RecordDoc } from './recordDoc'
import { TombstonePurge, type NotedDelete } from './tombstonePurge'

/** The sync keys a device holds: the current one, and older ones it can still read with. */
export interface SyncKeyring {
  keyId: number
  key: Uint8Array
  older: ReadonlyMap<number, Uint8Array>
}

/** What a device keeps between sessions (sealed in its vault) besides its copy of the records. */
export interface SyncLocalState {
  device: string
  /** The last number this device used for a file. */
  seq: number
  /** Yjs state vector at the last publish, base64: what is beyond it is unpublished. */
  published: string | null
  /** What the saved records hold of each device's files (their number merged through). */
  merged?: SeqByDevice
  /** The name the user gave this computer (deviceFile.ts, `computerNameSchema`), if any. */
  name?: string
  /**
   * The ids this device synced under before it was removed and joined again, oldest first
   * (at most `MAX_FORMER_IDS`): their leftover files are this device's to delete.
   */
  formerly?: string[]
  /** Deleted records waiting to be purged (tombstonePurge.ts); absent when none. */
  heldDeletes?: NotedDelete[]
}

/** How many former ids a device keeps (one per time it joined again). */
export const MAX_FORMER_IDS = 8

/** What the engine is given. */
export interface SyncEngineOptions {
  sodium: Sodium
  folder: SyncFolder
  keys: SyncKeyring
  now: () => Instant
  /** A fresh random device id (32 hex characters). */
  newDeviceId: () => string
  local: SyncLocalState
  /** The records as this device last saved them (RecordDoc.encodeState), if any. */
  records?: Uint8Array
  /** When to write a snapshot; SNAPSHOT_POLICY by default. */
  snapshotPolicy?: SnapshotPolicy
  /**
   * The key changed since this device last synced: its next maintenance writes a snapshot of
   * everything it holds under the current key, for a device that never held the previous one.
   */
  snapshotOwed?: boolean
}

/** A file of the folder with what its name says. */
export interface Listed {
  entry: FolderEntry
  parsed: ParsedName
}

/** The state the engine's steps share. */
export class EngineState {
  readonly records: RecordDoc
  /** Replaced, with the book, when a removed device joins again (`SyncEngine.joinAgain`). */
  ledger = new FileLedger()
  book = new DeviceBook(() => this.local.device)
  local: Omit<SyncLocalState, 'merged' | 'heldDeletes'>
  keys: SyncKeyring
  folderIssue: { problem: FolderProblem; since: Instant } | null = null
  lastPullAt: Instant | null = null
  lastPublishAt: Instant | null = null
  /** The id this device had before it found it cloned, or null. */
  renamedFrom: string | null = null
  /** Every sync file of the folder as last listed (a removed device's files are deleted from them). */
  listed: Listed[] = []
  /** Sync files iCloud Drive keeps only online, as last listed: they cannot be read here yet. */
  onlineOnly: string[] = []
  /** This device's files as last listed (compaction deletes from them). */
  ownFiles: Listed[] = []
  /** The batches written since this device's newest snapshot. */
  sinceSnapshot: SnapshotPolicy = { batches: 0, bytes: 0 }
  /** A snapshot under the current key is owed (`SyncEngineOptions.snapshotOwed`). */
  snapshotOwed: boolean
  /** The deleted records waiting for every device to merge past their delete. */
  readonly tombstones: TombstonePurge

  constructor(readonly options: SyncEngineOptions) {
    const { merged, heldDeletes, ...local } = options.local
    this.local = local
    this.tombstones = new TombstonePurge(heldDeletes)
    this.keys = options.keys
    this.snapshotOwed = options.snapshotOwed ?? false
    this.records = new RecordDoc(() => this.local.device, options.records)
    // The saved records hold these files already: they are not read again.
    if (options.records && merged) this.ledger.noteCovered(merged)
  }

  /** For each device heard from, the number its files are merged through here. */
  mergedMap(): SeqByDevice {
    return this.byDevice((id) => this.ledger.mergedThrough(id))
  }

  /** True when everything this device holds is published (nothing waits for the next batch). */
  allPublished(): boolean {
    return this.local.published === toBase64(this.records.stateVector())
  }

  /**
   * For each device heard from, the highest number of its files merged here (a gap below it
   * allowed), and this device's own last number: every change this device holds is in files up
   * to these, once everything it holds is published (null before that).
   */
  heldNow(): SeqByDevice | null {
    return this.allPublished() ? this.byDevice((id) => this.ledger.lastSeq(id)) : null
  }

  /** `seq` of every device heard from (0s left out), and this device's own last number. */
  private byDevice(seq: (device: string) => number): SeqByDevice {
    const out: SeqByDevice = {}
    for (const id of this.ledger.deviceIds()) {
      const n = seq(id)
      if (n > 0) out[id] = n
    }
    if (this.local.seq > 0) out[this.local.device] = this.local.seq
    return out
  }

  /** The sync key with id `keyId`, if this device holds it. */
  keyFor = (keyId: number): Uint8Array | undefined =>
    keyId === this.keys.keyId ? this.keys.key : this.keys.older.get(keyId)

  /** Notes a failure of the folder; its start is kept while the problem stays the same. */
  folderFailed(error: unknown): void {
    const problem = folderProblem(error)
    if (this.folderIssue?.problem !== problem) {
      this.folderIssue = { problem, since: this.options.now() }
    }
  }

  /** A file's identity: a hash of its bytes, hex. */
  hash(bytes: Uint8Array): string {
    return this.options.sodium.crypto_generichash(16, bytes, null, 'hex')
  }
}
