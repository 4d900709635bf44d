/**
 * What follows a publish (ARCHITECTURE.md, "Device files, snapshots and compaction"): the purge
 * of deleted records every device has merged past, a snapshot when one is due, the device file
 * when what it says changed, and the deletions compaction allows. A device deletes only its own
 * files.
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
   * Purges the deleted records every device has merged past, writes a snapshot when one is due
   * or owed (the key changed), publishes, rewrites the device file when what it says changed,
   * and deletes what compaction allows. Answers true when this device's state changed (keep it).
   */
  async maintain(): Promise<boolean> {
    const { state } = this
    if (state.book.removedBy()) {
      // Removed: it writes nothing, and leaves the folder once the live devices have its files.
      await this.deleteRemoved()
      return false
    }
    // Before the snapshot, so the snapshot holds none of what the purge drops.
    const purged = this.purge() > 0
    const policy = state.options.snapshotPolicy ?? SNAPSHOT_POLICY
    const due = state.snapshotOwed || snapshotDue(state.sinceSnapshot, policy)
    const snapshot = due && (await this.publisher.writeSnapshot())
    // An owed snapshot not written yet comes before anything else: tried again next pass.
    if (state.snapshotOwed) return purged
    const published = await this.publisher.publish()
    // The device file says what this device merged. It goes only once everything this device
    // holds is published: a device that says it merged a delete then has no edit made before
    // it that the others could still be waiting for (tombstonePurge.ts).
    const held = state.heldNow()
    let noted = false
    if (held) {
      noted = state.tombstones.note(state.records, held)
      await this.publisher.writeDeviceFile()
    }
    await this.compact()
    await this.deleteRemoved()
    return snapshot || purged || published || noted
  }

  /**
   * Purges the noted deleted records every live device has merged past, when this device holds
   * every change the devices made before saying so, and nothing it merged waits for an earlier
   * change. Answers how many it purged.
   */
  private purge(): number {
    const { book, ledger, records, tombstones } = this.state
    if (records.hasWaitingChanges()) return 0
    const known = ledger.deviceIds()
    if (!book.heardFromAll((id) => ledger.mergedThrough(id), known)) return 0
    return tombstones.purge(records, (at) => book.seenEverywhere(at, known))
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
