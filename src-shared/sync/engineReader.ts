/**
 * The engine's reading step: every new or changed file of the folder, in the order that reads
 * least. Device files first (they say what each snapshot covers and who was removed), then
 * snapshots, the most covering first, then the batches no merged snapshot covers. Never throws:
 * a file that does not open yet waits in the ledger, a folder failure is noted.
 */
import type { SeqByDevice } from './deviceFile'
import { decodeDeviceFile } from './deviceFile'
import type { EngineState, Listed } from './engineState'
import type { FolderEntry } from './folder'
import { onlineOnlyName, parseSyncName } from './names'
import { openSyncFile, readSyncHeader, type SyncFileHeader } from './syncFile'

/** Reads the folder into the engine's records. */
export class EngineReader {
  /**
   * @param onCloned called when another machine writes under this device's id (the engine then
   *   moves to a new id).
   */
  constructor(
    private readonly state: EngineState,
    private readonly onCloned: () => Promise<void>,
  ) {}

  /**
   * Reads every new or changed file of the folder and merges it. A new device starts from the
   * newest snapshot and reads only what came after it. A sync service's copy of a file is
   * always read (a cloned id shows up as one), and only its sealed header is trusted.
   */
  async pull(): Promise<void> {
    const { state } = this
    const { ledger, book } = state
    let entries: FolderEntry[]
    try {
      entries = await state.options.folder.list()
    } catch (error) {
      state.folderFailed(error)
      return
    }
    state.folderIssue = null
    state.lastPullAt = state.options.now()
    const listed = new Set(entries.map((e) => e.name))
    for (const name of ledger.names()) if (!listed.has(name)) ledger.forget(name)
    const files: Listed[] = []
    for (const entry of entries) {
      const parsed = parseSyncName(entry.name)
      if (parsed) files.push({ entry, parsed })
    }
    state.listed = files
    state.onlineOnly = entries.flatMap(({ name }) => {
      const real = onlineOnlyName(name)
      return real !== null && !listed.has(real) ? [real] : []
    })
    const fresh = files.filter((f) => ledger.needsRead(f.entry))
    for (const file of fresh.filter((f) => f.parsed.kind === 'device')) await this.readOne(file)
    this.noteOwnFiles(files)
    if (book.removedBy()) return // told, not merged: the panel says so
    const removed = book.removals()
    const followed = (f: Listed) =>
      !(f.parsed.device in removed) || f.parsed.seq <= removed[f.parsed.device]!
    const snapshots = fresh
      .filter((f) => f.parsed.kind === 'snapshot' && followed(f))
      .map((f) => ({ ...f, covers: book.covers(f.parsed.device, f.parsed.seq) }))
      .sort((a, b) => total(b.covers) - total(a.covers))
    for (const snapshot of snapshots) {
      const { device, seq, copy } = snapshot.parsed
      if (copy || this.beyond(snapshot.covers)) {
        if (!copy && this.holdsAllBut(snapshot.covers, device, seq)) {
          ledger.noteCovered({ [device]: seq })
          ledger.markHandled(snapshot.entry)
        } else await this.readOne(snapshot)
      } else ledger.markHandled(snapshot.entry) // covered: an earlier problem with it is moot
    }
    for (const batch of fresh.filter((f) => f.parsed.kind === 'batch' && followed(f))) {
      const { device, seq, copy } = batch.parsed
      if (copy || seq > ledger.mergedThrough(device)) await this.readOne(batch)
      else ledger.markHandled(batch.entry)
    }
  }

  /**
   * True when snapshot `seq` of `device` brings nothing new: its device file vouches for what
   * it covers, every other device's files it covers are merged here, and so are its device's
   * files before it (a snapshot is written just after its device published).
   */
  private holdsAllBut(covers: SeqByDevice, device: string, seq: number): boolean {
    const { ledger, book } = this.state
    if (!book.vouches(device, seq) || ledger.mergedThrough(device) < seq - 1) return false
    return !this.beyond({ ...covers, [device]: 0 })
  }

  /** True when `covers` holds a file of some device not merged here yet. */
  private beyond(covers: SeqByDevice): boolean {
    return Object.entries(covers).some(([id, seq]) => seq > this.state.ledger.mergedThrough(id))
  }

  /** Takes note of this device's own files: its newest snapshot and what followed it. */
  private noteOwnFiles(files: Listed[]): void {
    const { state } = this
    state.ownFiles = files.filter(
      (f) => f.parsed.device === state.local.device && f.parsed.kind !== 'device',
    )
    for (const f of state.ownFiles) {
      if (f.parsed.kind === 'snapshot') state.book.noteOwnSnapshot(f.parsed.seq)
    }
    const since = state.book.snapshot?.seq ?? 0
    const after = state.ownFiles.filter(
      (f) => f.parsed.kind === 'batch' && !f.parsed.copy && f.parsed.seq > since,
    )
    state.sinceSnapshot = {
      batches: after.length,
      bytes: after.reduce((sum, f) => sum + f.entry.size, 0),
    }
  }

  private async readOne({ entry, parsed }: Listed): Promise<void> {
    const { state } = this
    const { ledger } = state
    const { sodium, now } = state.options
    let bytes: Uint8Array | null
    try {
      bytes = await state.options.folder.read(entry.name)
    } catch (error) {
      state.folderFailed(error)
      return
    }
    if (bytes === null) return // renamed or removed since the listing: the next list says
    const opened = openSyncFile(sodium, state.keyFor, bytes)
    if ('problem' in opened) {
      const head = readSyncHeader(sodium, bytes)
      const keyId = 'problem' in head ? undefined : head.keyId
      ledger.recordIssue(entry, opened.problem, now(), keyId)
      return
    }
    const { header, body } = opened
    if (
      header.device !== parsed.device ||
      header.kind !== parsed.kind ||
      (header.kind !== 'device' && header.seq !== parsed.seq)
    ) {
      ledger.recordIssue(entry, 'misplaced', now())
      return
    }
    if (header.kind === 'device') {
      this.readDeviceFile(entry, header, body)
      return
    }
    const identity = ledger.identify(header, state.hash(bytes))
    if (identity === 'duplicate') {
      ledger.markHandled(entry)
      return
    }
    try {
      state.records.apply(body)
    } catch {
      ledger.recordIssue(entry, 'damaged', now())
      return
    }
    ledger.markHandled(entry)
    ledger.noteFile(header, now())
    if (header.kind === 'snapshot') ledger.noteCovered(state.book.covers(header.device, header.seq))
    if (identity === 'clash' && header.device === state.local.device) await this.onCloned()
  }

  /** Takes in a device file: what its device merged, its snapshot, whom it removed. */
  private readDeviceFile(entry: FolderEntry, header: SyncFileHeader, body: Uint8Array): void {
    const { state } = this
    const device = decodeDeviceFile(body)
    if (!device) {
      state.ledger.recordIssue(entry, 'unsupported-version', state.options.now())
      return
    }
    state.book.take(header.device, device, header.keyId)
    state.ledger.markHandled(entry)
    state.ledger.noteFile(header, state.options.now())
  }
}

function total(covers: SeqByDevice): number {
  return Object.values(covers).reduce((sum, seq) => sum + seq, 0)
}
