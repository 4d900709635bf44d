/**
 * One device's side of sync through a folder (ARCHITECTURE.md, "Sync"): it publishes its
 * changes as sealed, numbered batch files in its own folder, writes sealed snapshots, and reads
 * every other device's files into its copy of the records. Pure: the folder, the keys, the clock
 * and new ids are given to it.
 *
 * Faults are states, not exceptions: a file still being copied waits and is read again; a file
 * sealed with a key this device lacks waits for the new passphrase; a copy made by the sync
 * service is recognised by its sealed header and bytes; a missing folder or a full disk is
 * reported and the unpublished changes stay for the next try. A different file under one of
 * this device's own numbers means its id was cloned (one backup restored on two machines): it
 * takes a new id and republishes everything, and both files' changes are merged.
 */
import type { Instant } from '../domain/time'
import { fromBase64, toBase64 } from '../vault/bytes'
import type { Sodium } from '../vault/sodium'
import { FileLedger } from './fileLedger'
import { folderProblem, type FolderEntry, type FolderProblem, type SyncFolder } from './folder'
import { parseSyncName, syncFileName } from './names'
import { RecordDoc } from './recordDoc'
import type { SyncStatus } from './status'
import {
  openSyncFile,
  readSyncHeader,
  sealSyncFile,
  type SyncFileHeader,
  type SyncFileKind,
} from './syncFile'

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
}

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
}

/** Syncs one device's records through the folder. */
export class SyncEngine {
  readonly records: RecordDoc
  private readonly ledger = new FileLedger()
  private local: SyncLocalState
  private keys: SyncKeyring
  private folderIssue: { problem: FolderProblem; since: Instant } | null = null
  private lastPullAt: Instant | null = null
  private lastPublishAt: Instant | null = null
  private renamedFrom: string | null = null

  constructor(private readonly options: SyncEngineOptions) {
    this.local = { ...options.local }
    this.keys = options.keys
    this.records = new RecordDoc(() => this.local.device, options.records)
  }

  /** This device's id in the folder. */
  get device(): string {
    return this.local.device
  }

  /** What to keep for the next session (with `records.encodeState()`). */
  localState(): SyncLocalState {
    return { ...this.local }
  }

  /** Replaces the keys (after a passphrase change here or elsewhere); waiting files are retried. */
  setKeys(keys: SyncKeyring): void {
    this.keys = keys
  }

  private keyFor = (keyId: number): Uint8Array | undefined =>
    keyId === this.keys.keyId ? this.keys.key : this.keys.older.get(keyId)

  /**
   * Writes this device's unpublished changes as its next batch. Answers false when there was
   * nothing to publish or the folder failed (the changes stay unpublished and go in the next).
   */
  async publish(): Promise<boolean> {
    const vector = this.records.stateVector()
    const since = this.local.published ? fromBase64(this.local.published) : new Uint8Array([0])
    if (this.local.published && this.local.published === toBase64(vector)) return false
    const body = this.records.encodeSince(since)
    return this.writeFile('batch', body, vector)
  }

  /** Writes a snapshot of everything this device holds (new devices start from it). */
  async writeSnapshot(): Promise<boolean> {
    return this.writeFile('snapshot', this.records.encodeState(), this.records.stateVector())
  }

  private async writeFile(
    kind: SyncFileKind,
    body: Uint8Array,
    vector: Uint8Array,
  ): Promise<boolean> {
    const { sodium } = this.options
    // Never reuse a number already in the folder (a crash after a write, before it was noted).
    const seq = Math.max(this.local.seq, this.ledger.lastSeq(this.local.device)) + 1
    const header: SyncFileHeader = { kind, device: this.local.device, seq, keyId: this.keys.keyId }
    const bytes = sealSyncFile(sodium, this.keys.key, header, body)
    try {
      await this.options.folder.write(syncFileName(header.device, kind, seq), bytes)
    } catch (error) {
      this.folderFailed(error)
      return false
    }
    this.ledger.identify(header, this.hash(bytes))
    this.ledger.noteFile(header, this.options.now())
    this.local = { ...this.local, seq, published: toBase64(vector) }
    this.lastPublishAt = this.options.now()
    this.folderIssue = null
    return true
  }

  /** Reads every new or changed file of the folder and merges it. Never throws. */
  async pull(): Promise<void> {
    let entries: FolderEntry[]
    try {
      entries = await this.options.folder.list()
    } catch (error) {
      this.folderFailed(error)
      return
    }
    this.folderIssue = null
    this.lastPullAt = this.options.now()
    const listed = new Set(entries.map((e) => e.name))
    for (const name of this.ledger.names()) if (!listed.has(name)) this.ledger.forget(name)
    // Snapshots first: the batches they cover then merge as no-ops.
    const candidates = entries
      .map((entry) => ({ entry, parsed: parseSyncName(entry.name) }))
      .filter((c) => c.parsed !== null && this.ledger.needsRead(c.entry))
      .sort((a, b) => rank(a.parsed!.kind) - rank(b.parsed!.kind))
    for (const { entry, parsed } of candidates) {
      await this.readOne(entry, parsed!)
    }
  }

  private async readOne(
    entry: FolderEntry,
    parsed: NonNullable<ReturnType<typeof parseSyncName>>,
  ): Promise<void> {
    const { sodium, now } = this.options
    let bytes: Uint8Array | null
    try {
      bytes = await this.options.folder.read(entry.name)
    } catch (error) {
      this.folderFailed(error)
      return
    }
    if (bytes === null) return // renamed or removed since the listing: the next list says
    const opened = openSyncFile(sodium, this.keyFor, bytes)
    if ('problem' in opened) {
      const head = readSyncHeader(sodium, bytes)
      const keyId = 'problem' in head ? undefined : head.keyId
      this.ledger.recordIssue(entry, opened.problem, now(), keyId)
      return
    }
    const { header, body } = opened
    if (
      header.device !== parsed.device ||
      header.kind !== parsed.kind ||
      (header.kind !== 'device' && header.seq !== parsed.seq)
    ) {
      this.ledger.recordIssue(entry, 'misplaced', now())
      return
    }
    const identity = this.ledger.identify(header, this.hash(bytes))
    if (identity === 'duplicate') {
      this.ledger.markHandled(entry)
      return
    }
    if (header.kind !== 'device') {
      try {
        this.records.apply(body)
      } catch {
        this.ledger.recordIssue(entry, 'damaged', now())
        return
      }
    }
    this.ledger.markHandled(entry)
    this.ledger.noteFile(header, now())
    if (identity === 'clash' && header.device === this.local.device) await this.takeNewId()
  }

  /**
   * Another machine writes under this device's id. Moves to a new id and republishes every
   * record there, so nothing this device wrote depends on the files the two ids share.
   */
  private async takeNewId(): Promise<void> {
    this.renamedFrom = this.local.device
    this.local = { device: this.options.newDeviceId(), seq: 0, published: null }
    await this.writeSnapshot()
  }

  private folderFailed(error: unknown): void {
    const problem = folderProblem(error)
    if (this.folderIssue?.problem !== problem) {
      this.folderIssue = { problem, since: this.options.now() }
    }
  }

  private hash(bytes: Uint8Array): string {
    return this.options.sodium.crypto_generichash(16, bytes, null, 'hex')
  }

  /** Reads the folder, then publishes: one sync pass. */
  async sync(): Promise<void> {
    await this.pull()
    await this.publish()
  }

  /** What sync has to say to the user now. */
  status(): SyncStatus {
    const now = this.options.now()
    return {
      device: this.local.device,
      folder: this.folderIssue,
      lastPullAt: this.lastPullAt,
      lastPublishAt: this.lastPublishAt,
      devices: this.ledger.deviceStatuses(),
      ...this.ledger.fileIssues(now),
      changesWaitingForEarlierOnes: this.records.hasWaitingChanges(),
      renamedFrom: this.renamedFrom,
    }
  }
}

function rank(kind: SyncFileKind): number {
  return kind === 'snapshot' ? 0 : kind === 'batch' ? 1 : 2
}
