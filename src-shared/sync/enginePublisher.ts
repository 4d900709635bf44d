/**
 * The engine's writing step: this device's changes as its next numbered batch, a snapshot of
 * everything it holds, and its device file. Every file is sealed under the current key and
 * written whole; a folder failure is noted and the changes stay unpublished for the next try.
 */
import { fromBase64, toBase64, utf8 } from '../vault/bytes'
import type { EngineState } from './engineState'
import { syncFileName } from './names'
import { sealSyncFile, type SyncFileHeader, type SyncFileKind } from './syncFile'

/** Writes this device's files. */
export class EnginePublisher {
  constructor(private readonly state: EngineState) {}

  /**
   * Writes this device's unpublished changes as its next batch. Answers false when there was
   * nothing to publish or the folder failed (the changes stay unpublished and go in the next).
   */
  async publish(): Promise<boolean> {
    const { state } = this
    if (state.book.removedBy()) return false
    const vector = state.records.stateVector()
    const since = state.local.published ? fromBase64(state.local.published) : new Uint8Array([0])
    if (state.local.published && state.local.published === toBase64(vector)) return false
    return this.writeNumbered('batch', state.records.encodeSince(since), vector)
  }

  /**
   * Writes a snapshot of everything this device holds (new devices start from it), after
   * publishing what is unpublished. Answers false when the folder failed.
   */
  async writeSnapshot(): Promise<boolean> {
    const { state } = this
    if (state.book.removedBy()) return false
    // Publish first: a snapshot then holds nothing its device's batches do not, so a device
    // that merged those can take the snapshot as read (the device file vouches for it).
    await this.publish()
    const vector = state.records.stateVector()
    if (state.local.published !== toBase64(vector)) return false
    return this.writeNumbered('snapshot', state.records.encodeState(), vector)
  }

  /** Writes the device file when what it says changed. Answers false when the folder failed. */
  async writeDeviceFile(): Promise<boolean> {
    const { state } = this
    if (state.book.removedBy()) return false
    const { name, formerly } = state.local
    const next = state.book.next(state.mergedMap(), state.keys.keyId, name ?? null, formerly)
    if (!next) return true
    const header: SyncFileHeader = {
      kind: 'device',
      device: state.local.device,
      seq: 0,
      keyId: state.keys.keyId,
    }
    if (!(await this.write(header, utf8(next.text)))) return false
    state.book.wrote(next)
    return true
  }

  private async writeNumbered(
    kind: SyncFileKind,
    body: Uint8Array,
    vector: Uint8Array,
  ): Promise<boolean> {
    const { state } = this
    const { now } = state.options
    // Never reuse a number already in the folder (a crash after a write, before it was noted).
    const seq = Math.max(state.local.seq, state.ledger.lastSeq(state.local.device)) + 1
    const header: SyncFileHeader = {
      kind,
      device: state.local.device,
      seq,
      keyId: state.keys.keyId,
    }
    const bytes = await this.write(header, body)
    if (!bytes) return false
    state.ledger.identify(header, state.hash(bytes))
    state.ledger.noteFile(header, now())
    state.local = { ...state.local, seq, published: toBase64(vector) }
    const listed = { name: syncFileName(header.device, kind, seq), size: bytes.length, modified: 0 }
    state.ownFiles.push({
      entry: listed,
      parsed: { device: header.device, kind, seq, copy: false },
    })
    if (kind === 'snapshot') {
      state.book.snapshot = { seq, covers: state.mergedMap() }
      state.sinceSnapshot = { batches: 0, bytes: 0 }
      state.snapshotOwed = false
    } else {
      state.sinceSnapshot.batches++
      state.sinceSnapshot.bytes += bytes.length
    }
    state.lastPublishAt = now()
    state.folderIssue = null
    return true
  }

  /** Seals and writes one file; answers its bytes, or null when the folder failed. */
  private async write(header: SyncFileHeader, body: Uint8Array): Promise<Uint8Array | null> {
    const { state } = this
    const bytes = sealSyncFile(state.options.sodium, state.keys.key, header, body)
    try {
      await state.options.folder.write(syncFileName(header.device, header.kind, header.seq), bytes)
    } catch (error) {
      state.folderFailed(error)
      return null
    }
    return bytes
  }
}
