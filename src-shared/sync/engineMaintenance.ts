/**
 * What follows a publish (ARCHITECTURE.md, "Device files, snapshots and compaction"): a snapshot
 * when one is due, the device file when what it says changed, and the deletions compaction
 * allows. A device deletes only its own files.
 */
import { SNAPSHOT_POLICY, snapshotDue } from './compaction'
import type { EnginePublisher } from './enginePublisher'
import type { EngineState } from './engineState'

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
    const policy = state.options.snapshotPolicy ?? SNAPSHOT_POLICY
    const due = state.snapshotOwed || snapshotDue(state.sinceSnapshot, policy)
    const snapshot = due && (await this.publisher.writeSnapshot())
    // An owed snapshot not written yet comes before anything else: tried again next pass.
    if (state.snapshotOwed) return false
    await this.publisher.writeDeviceFile()
    await this.compact()
    return snapshot
  }

  /**
   * Deletes this device's files numbered below its newest snapshot, once every live device's
   * device file says it merged through that snapshot. Only ever this device's own files.
   */
  private async compact(): Promise<void> {
    const { state } = this
    const seq = state.book.snapshot?.seq ?? 0
    if (seq === 0 || state.book.removedBy() || this.holdingBack().length > 0) return
    for (const file of state.ownFiles.filter((f) => f.parsed.seq < seq)) {
      try {
        await state.options.folder.remove(file.entry.name)
      } catch (error) {
        state.folderFailed(error)
        return
      }
      state.ownFiles = state.ownFiles.filter((f) => f !== file)
      state.ledger.forget(file.entry.name)
    }
  }

  /** The live devices that have not yet merged this device's newest snapshot. */
  holdingBack(): string[] {
    return this.state.book.holdingBack(this.state.ledger.deviceIds())
  }
}
