/**
 * What follows a publish (ARCHITECTURE.md, "Device files, snapshots and compaction"): a snapshot
 * when one is due, the device file when what it says changed, and the deletions compaction
 * allows. A device deletes only its own files.
 */
import { SNAPSHOT_POLICY, snapshotDue } from './compaction'
import type { EnginePublisher } from './enginePublisher'
import type { EngineState, Listed } from './engineState'

/** Keeps this device's part of the folder small. */
export class EngineMaintenance {
  constructor(
    private readonly state: EngineState,
    private readonly publisher: EnginePublisher,
  ) {}

  /**
   * Writes a snapshot when one is due or owed (the key changed), rewrites the device file when
   * what it says changed, and deletes what compaction allows. Answers true when it wrote a
   * snapshot (this device's state changed: keep it).
   */
  async maintain(): Promise<boolean> {
    const { state } = this
    if (state.book.removedBy()) {
      // Removed: it writes nothing, and leaves the folder once the live devices have its files.
      await this.deleteRemoved()
      return false
    }
    const policy = state.options.snapshotPolicy ?? SNAPSHOT_POLICY
    const due = state.snapshotOwed || snapshotDue(state.sinceSnapshot, policy)
    const snapshot = due && (await this.publisher.writeSnapshot())
    // An owed snapshot not written yet comes before anything else: tried again next pass.
    if (state.snapshotOwed) return false
    await this.publisher.writeDeviceFile()
    await this.compact()
    await this.deleteRemoved()
    return snapshot
  }

  /**
   * Deletes this device's files numbered below its newest snapshot, once every live device's
   * device file says it merged through that snapshot. Only ever this device's own files.
   */
  private async compact(): Promise<void> {
    const { state } = this
    const seq = state.book.snapshot?.seq ?? 0
    if (seq === 0 || this.holdingBack().length > 0) return
    await this.remove(state.ownFiles.filter((f) => f.parsed.seq < seq))
  }

  /**
   * Deletes the files of removed devices once every live device has merged them through the
   * removal (`DeviceBook.removedToDelete`): the batches and snapshots of a device this device
   * removed, or, on the removed device itself (still removed, or joined again under a new id),
   * all its files, its device file last.
   */
  private async deleteRemoved(): Promise<void> {
    const { state } = this
    const known = state.ledger.deviceIds()
    for (const { device, deviceFile } of state.book.removedToDelete(known, state.local.formerly)) {
      const files = state.listed
        .filter((f) => f.parsed.device === device && (deviceFile || f.parsed.kind !== 'device'))
        .sort((a, b) => Number(a.parsed.kind === 'device') - Number(b.parsed.kind === 'device'))
      if (!(await this.remove(files))) return
    }
  }

  /** Deletes `files` in order; answers false when the folder failed (the rest wait). */
  private async remove(files: Listed[]): Promise<boolean> {
    const { state } = this
    for (const file of files) {
      try {
        await state.options.folder.remove(file.entry.name)
      } catch (error) {
        state.folderFailed(error)
        return false
      }
      state.listed = state.listed.filter((f) => f !== file)
      state.ownFiles = state.ownFiles.filter((f) => f !== file)
      state.ledger.forget(file.entry.name)
    }
    return true
  }

  /** The live devices that have not yet merged this device's newest snapshot. */
  holdingBack(): string[] {
    return this.state.book.holdingBack(this.state.ledger.deviceIds())
  }
}
