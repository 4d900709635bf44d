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
import { SNAPSHOT_POLICY, snapshotDue, type SnapshotPolicy } from './compaction'
import { DeviceBook } from './deviceBook'
import { decodeDeviceFile, type SeqByDevice } from './deviceFile'
import { FileLedger } from './fileLedger'
import { folderProblem, type FolderEntry, type FolderProblem, type SyncFolder } from './folder'
import { parseSyncName, syncFileName, type ParsedName } from './names'
import { RecordDoc } from './recordDoc'
import type { SyncStatus } from './status'
import { utf8 } from '../vault/bytes'
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
  /** What the saved records hold of each device's files (their number merged through). */
  merged?: SeqByDevice
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
  /** When to write a snapshot; SNAPSHOT_POLICY by default. */
  snapshotPolicy?: SnapshotPolicy
}

interface Listed {
  entry: FolderEntry
  parsed: ParsedName
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
  private readonly book = new DeviceBook(() => this.local.device)
  /** This device's files as last listed (compaction deletes from them). */
  private ownFiles: Listed[] = []
  private sinceSnapshot: SnapshotPolicy = { batches: 0, bytes: 0 }

  constructor(private readonly options: SyncEngineOptions) {
    const { merged, ...local } = options.local
    this.local = local
    this.keys = options.keys
    this.records = new RecordDoc(() => this.local.device, options.records)
    // The saved records hold these files already: they are not read again.
    if (options.records && merged) this.ledger.noteCovered(merged)
  }

  /** This device's id in the folder. */
  get device(): string {
    return this.local.device
  }

  /** What to keep for the next session (with `records.encodeState()`). */
  localState(): SyncLocalState {
    return { ...this.local, merged: this.mergedMap() }
  }

  /** For each device heard from, the number its files are merged through here. */
  private mergedMap(): SeqByDevice {
    const merged: SeqByDevice = {}
    for (const id of this.ledger.deviceIds()) {
      const seq = this.ledger.mergedThrough(id)
      if (seq > 0) merged[id] = seq
    }
    if (this.local.seq > 0) merged[this.local.device] = this.local.seq
    return merged
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
    if (this.book.removedBy()) return false
    const vector = this.records.stateVector()
    const since = this.local.published ? fromBase64(this.local.published) : new Uint8Array([0])
    if (this.local.published && this.local.published === toBase64(vector)) return false
    const body = this.records.encodeSince(since)
    return this.writeFile('batch', body, vector)
  }

  /**
   * Writes a snapshot of everything this device holds (new devices start from it), after
   * publishing what is unpublished. Answers false when the folder failed.
   */
  async writeSnapshot(): Promise<boolean> {
    if (this.book.removedBy()) return false
    // Publish first: a snapshot then holds nothing its device's batches do not, so a device
    // that merged those can take the snapshot as read (the device file vouches for it).
    await this.publish()
    const vector = this.records.stateVector()
    if (this.local.published !== toBase64(vector)) return false
    return this.writeFile('snapshot', this.records.encodeState(), vector)
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
    const listed = { name: syncFileName(header.device, kind, seq), size: bytes.length, modified: 0 }
    this.ownFiles.push({ entry: listed, parsed: { device: header.device, kind, seq, copy: false } })
    if (kind === 'snapshot') {
      this.book.snapshot = { seq, covers: this.mergedMap() }
      this.sinceSnapshot = { batches: 0, bytes: 0 }
    } else {
      this.sinceSnapshot.batches++
      this.sinceSnapshot.bytes += bytes.length
    }
    this.lastPublishAt = this.options.now()
    this.folderIssue = null
    return true
  }

  /**
   * Reads every new or changed file of the folder and merges it. Never throws. Device files
   * first (they say what each snapshot covers and who was removed), then snapshots, the most
   * covering first, then the batches no merged snapshot covers: a new device starts from the
   * newest snapshot and reads only what came after it. A sync service's copy of a file is
   * always read (a cloned id shows up as one), and only its sealed header is trusted.
   */
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
    const files: Listed[] = []
    for (const entry of entries) {
      const parsed = parseSyncName(entry.name)
      if (parsed) files.push({ entry, parsed })
    }
    const fresh = files.filter((f) => this.ledger.needsRead(f.entry))
    for (const file of fresh.filter((f) => f.parsed.kind === 'device')) await this.readOne(file)
    this.noteOwnFiles(files)
    if (this.book.removedBy()) return // told, not merged: the panel says so
    const removed = this.book.removals()
    const followed = (f: Listed) =>
      !(f.parsed.device in removed) || f.parsed.seq <= removed[f.parsed.device]!
    const snapshots = fresh
      .filter((f) => f.parsed.kind === 'snapshot' && followed(f))
      .map((f) => ({ ...f, covers: this.book.covers(f.parsed.device, f.parsed.seq) }))
      .sort((a, b) => total(b.covers) - total(a.covers))
    for (const snapshot of snapshots) {
      const { device, seq, copy } = snapshot.parsed
      if (copy || this.beyond(snapshot.covers)) {
        if (!copy && this.holdsAllBut(snapshot.covers, device, seq)) {
          this.ledger.noteCovered({ [device]: seq })
          this.ledger.markHandled(snapshot.entry)
        } else await this.readOne(snapshot)
      } else this.ledger.markHandled(snapshot.entry) // covered: an earlier problem with it is moot
    }
    for (const batch of fresh.filter((f) => f.parsed.kind === 'batch' && followed(f))) {
      const { device, seq, copy } = batch.parsed
      if (copy || seq > this.ledger.mergedThrough(device)) await this.readOne(batch)
      else this.ledger.markHandled(batch.entry)
    }
  }

  /**
   * True when snapshot `seq` of `device` brings nothing new: its device file vouches for what
   * it covers, every other device's files it covers are merged here, and so are its device's
   * files before it (a snapshot is written just after its device published).
   */
  private holdsAllBut(covers: SeqByDevice, device: string, seq: number): boolean {
    if (!this.book.vouches(device, seq) || this.ledger.mergedThrough(device) < seq - 1) {
      return false
    }
    return !this.beyond({ ...covers, [device]: 0 })
  }

  /** True when `covers` holds a file of some device not merged here yet. */
  private beyond(covers: SeqByDevice): boolean {
    return Object.entries(covers).some(([id, seq]) => seq > this.ledger.mergedThrough(id))
  }

  /** Takes note of this device's own files: its newest snapshot and what followed it. */
  private noteOwnFiles(files: Listed[]): void {
    this.ownFiles = files.filter(
      (f) => f.parsed.device === this.local.device && f.parsed.kind !== 'device',
    )
    for (const f of this.ownFiles) {
      if (f.parsed.kind === 'snapshot') this.book.noteOwnSnapshot(f.parsed.seq)
    }
    const since = this.book.snapshot?.seq ?? 0
    const after = this.ownFiles.filter(
      (f) => f.parsed.kind === 'batch' && !f.parsed.copy && f.parsed.seq > since,
    )
    this.sinceSnapshot = {
      batches: after.length,
      bytes: after.reduce((sum, f) => sum + f.entry.size, 0),
    }
  }

  private async readOne({ entry, parsed }: Listed): Promise<void> {
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
    if (header.kind === 'device') {
      this.readDeviceFile(entry, header, body)
      return
    }
    const identity = this.ledger.identify(header, this.hash(bytes))
    if (identity === 'duplicate') {
      this.ledger.markHandled(entry)
      return
    }
    try {
      this.records.apply(body)
    } catch {
      this.ledger.recordIssue(entry, 'damaged', now())
      return
    }
    this.ledger.markHandled(entry)
    this.ledger.noteFile(header, now())
    if (header.kind === 'snapshot')
      this.ledger.noteCovered(this.book.covers(header.device, header.seq))
    if (identity === 'clash' && header.device === this.local.device) await this.takeNewId()
  }

  /** Takes in a device file: what its device merged, its snapshot, whom it removed. */
  private readDeviceFile(entry: FolderEntry, header: SyncFileHeader, body: Uint8Array): void {
    const device = decodeDeviceFile(body)
    if (!device) {
      this.ledger.recordIssue(entry, 'unsupported-version', this.options.now())
      return
    }
    this.book.take(header.device, device, header.keyId)
    this.ledger.markHandled(entry)
    this.ledger.noteFile(header, this.options.now())
  }

  /**
   * Another machine writes under this device's id. Moves to a new id and republishes every
   * record there, so nothing this device wrote depends on the files the two ids share.
   */
  private async takeNewId(): Promise<void> {
    this.renamedFrom = this.local.device
    this.local = { device: this.options.newDeviceId(), seq: 0, published: null }
    this.book.reset()
    this.ownFiles = []
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

  /** One sync pass: reads the folder, publishes, then `maintain()`. */
  async sync(): Promise<void> {
    await this.pull()
    await this.publish()
    await this.maintain()
  }

  /**
   * What follows a publish: writes a snapshot when one is due, rewrites the device file when
   * what it says changed, and deletes what compaction allows. Answers true when it wrote a
   * snapshot (this device's state changed: keep it).
   */
  async maintain(): Promise<boolean> {
    const due = snapshotDue(this.sinceSnapshot, this.options.snapshotPolicy ?? SNAPSHOT_POLICY)
    const snapshot = due && (await this.writeSnapshot())
    await this.writeDeviceFile()
    await this.compact()
    return snapshot
  }

  /**
   * Removes `device` from sync: this device stops reading its files beyond what it has merged,
   * and says so in its device file, which every other device follows. The removed device, if
   * it comes back, finds it there and stops. Takes effect in the next `sync()`.
   */
  removeDevice(device: string): void {
    if (device === this.local.device) throw new RangeError('a device cannot remove itself')
    this.book.remove(device, this.ledger.mergedThrough(device))
  }

  /** Writes the device file when what it says changed. Answers false when the folder failed. */
  async writeDeviceFile(): Promise<boolean> {
    if (this.book.removedBy()) return false
    const next = this.book.next(this.mergedMap(), this.keys.keyId)
    if (!next) return true
    const header: SyncFileHeader = {
      kind: 'device',
      device: this.local.device,
      seq: 0,
      keyId: this.keys.keyId,
    }
    const bytes = sealSyncFile(this.options.sodium, this.keys.key, header, utf8(next.text))
    try {
      await this.options.folder.write(syncFileName(header.device, 'device', 0), bytes)
    } catch (error) {
      this.folderFailed(error)
      return false
    }
    this.book.wrote(next)
    return true
  }

  /**
   * Deletes this device's files numbered below its newest snapshot, once every live device's
   * device file says it merged through that snapshot. Only ever this device's own files.
   */
  async compact(): Promise<void> {
    const seq = this.book.snapshot?.seq ?? 0
    if (seq === 0 || this.book.removedBy() || this.holdingBack().length > 0) return
    for (const file of this.ownFiles.filter((f) => f.parsed.seq < seq)) {
      try {
        await this.options.folder.remove(file.entry.name)
      } catch (error) {
        this.folderFailed(error)
        return
      }
      this.ownFiles = this.ownFiles.filter((f) => f !== file)
      this.ledger.forget(file.entry.name)
    }
  }

  /** The live devices that have not yet merged this device's newest snapshot. */
  private holdingBack(): string[] {
    return this.book.holdingBack(this.ledger.deviceIds())
  }

  /** What sync has to say to the user now. */
  status(): SyncStatus {
    const now = this.options.now()
    const removed = this.book.removals()
    return {
      device: this.local.device,
      folder: this.folderIssue,
      lastPullAt: this.lastPullAt,
      lastPublishAt: this.lastPublishAt,
      devices: this.ledger.deviceStatuses().map((d) => ({ ...d, removed: d.device in removed })),
      ...this.ledger.fileIssues(now),
      changesWaitingForEarlierOnes: this.records.hasWaitingChanges(),
      renamedFrom: this.renamedFrom,
      removedBy: this.book.removedBy(),
      filesKeptFor: this.holdingBack(),
    }
  }
}

function total(covers: SeqByDevice): number {
  return Object.values(covers).reduce((sum, seq) => sum + seq, 0)
}
