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
import * as v from 'valibot'
import { DeviceBook } from './deviceBook'
import { computerNameSchema, type SeqByDevice } from './deviceFile'
import { EngineMaintenance } from './engineMaintenance'
import { EnginePublisher } from './enginePublisher'
import { EngineReader } from './engineReader'
import { FileLedger } from './fileLedger'
import {
  EngineState,
  MAX_FORMER_IDS,
  type SyncEngineOptions,
  type SyncKeyring,
  type SyncLocalState,
} from './engineState'
import type { RecordDoc } from './recordDoc'
import type { SyncStatus } from './status'

export type { SyncEngineOptions, SyncKeyring, SyncLocalState } from './engineState'
export { MAX_FORMER_IDS } from './engineState'

/** Syncs one device's records through the folder. */
export class SyncEngine {
  readonly records: RecordDoc
  private readonly state: EngineState
  private readonly reader: EngineReader
  private readonly publisher: EnginePublisher
  private readonly maintenance: EngineMaintenance

  constructor(options: SyncEngineOptions) {
    this.state = new EngineState(options)
    this.records = this.state.records
    this.publisher = new EnginePublisher(this.state)
    this.reader = new EngineReader(this.state, () => this.cloned())
    this.maintenance = new EngineMaintenance(this.state, this.publisher)
  }

  /** This device's id in the folder. */
  get device(): string {
    return this.state.local.device
  }

  /** What to keep for the next session (with `records.encodeState()`). */
  localState(): SyncLocalState {
    const heldDeletes = this.state.tombstones.saved()
    return {
      ...this.state.local,
      merged: this.state.mergedMap(),
      ...(heldDeletes.length > 0 ? { heldDeletes } : {}),
    }
  }

  /**
   * Names this computer for the user's other computers (null: no name). The name travels
   * sealed in the device file, rewritten by the next `maintain()`.
   */
  rename(name: string | null): void {
    if (name !== null && !v.is(computerNameSchema, name)) throw new RangeError('not a name to keep')
    const local = { ...this.state.local }
    if (name) local.name = name
    else delete local.name
    this.state.local = local
  }

  /** Replaces the keys (after a passphrase change here or elsewhere); waiting files are retried. */
  setKeys(keys: SyncKeyring): void {
    this.state.keys = keys
  }

  /**
   * Writes this device's unpublished changes as its next batch. Answers false when there was
   * nothing to publish or the folder failed (the changes stay unpublished and go in the next).
   */
  publish(): Promise<boolean> {
    return this.publisher.publish()
  }

  /**
   * Writes a snapshot of everything this device holds (new devices start from it), after
   * publishing what is unpublished. Answers false when the folder failed.
   */
  writeSnapshot(): Promise<boolean> {
    return this.publisher.writeSnapshot()
  }

  /** Reads every new or changed file of the folder and merges it (engineReader.ts). Never throws. */
  pull(): Promise<void> {
    return this.reader.pull()
  }

  /** One sync pass: reads the folder, publishes, then `maintain()`. */
  async sync(): Promise<void> {
    await this.pull()
    await this.publish()
    await this.maintain()
  }

  /**
   * What follows a publish: purges deleted records every device has merged past, writes a
   * snapshot when one is due, publishes what is unpublished, rewrites the device file when what
   * it says changed, and deletes what compaction allows. Answers true when this device's state
   * changed (keep it).
   */
  maintain(): Promise<boolean> {
    return this.maintenance.maintain()
  }

  /**
   * Removes `device` from sync: this device stops reading its files beyond what it has merged,
   * and says so in its device file, which every other device follows. The removed device, if
   * it comes back, finds it there and stops. Takes effect in the next `sync()`.
   */
  removeDevice(device: string): void {
    if (device === this.state.local.device) throw new RangeError('a device cannot remove itself')
    this.state.book.remove(device, this.state.ledger.mergedThrough(device))
  }

  /**
   * "Join again" on a device another device removed from sync. A removed id is never used
   * again (the others' device files hold it as removed for good), so this device takes a new
   * id, as when it finds its id cloned, keeping its name and every record it holds; its edits
   * made while it was removed are in them, so they reach the others as this device's changes
   * and merge like any (a record deleted elsewhere meanwhile is a delete/edit conflict). What
   * it knew of the folder is dropped: the next `sync()` reads it as a joining device does,
   * snapshots first, then writes a snapshot of everything it holds. Its former id stays removed
   * (in its own device file too), and it deletes that id's leftover files, its device file
   * last, by the rule for a removed device's files.
   */
  joinAgain(): void {
    const { state } = this
    const former = state.local.device
    const upTo = state.book.removals()[former]
    if (upTo === undefined || !state.book.removedBy()) {
      throw new RangeError('only a device removed from sync joins again')
    }
    const { seq, formerly = [] } = state.local
    const ownRemovals = state.book.removedHere()
    state.ledger = new FileLedger()
    state.book = new DeviceBook(() => state.local.device)
    for (const [device, removedUpTo] of Object.entries({ ...ownRemovals, [former]: upTo })) {
      state.book.remove(device, removedUpTo)
    }
    // Its records hold everything it wrote under the former id: none of that is read again.
    state.ledger.noteCovered({ [former]: seq })
    state.listed = []
    this.takeNewId({ formerly: [...formerly, former].slice(-MAX_FORMER_IDS) })
    state.snapshotOwed = true
  }

  /**
   * Another machine writes under this device's id. Moves to a new id and republishes every
   * record there, so nothing this device wrote depends on the files the two ids share.
   */
  private async cloned(): Promise<void> {
    this.state.renamedFrom = this.state.local.device
    this.takeNewId({})
    await this.publisher.writeSnapshot()
  }

  /**
   * Moves this device to a new id, keeping its name and records; nothing is published under
   * it yet (everything it holds is unpublished, so its next batch or snapshot carries it all).
   */
  private takeNewId(extra: Pick<SyncLocalState, 'formerly'>): void {
    const { state } = this
    const { name, formerly } = state.local
    state.local = {
      device: state.options.newDeviceId(),
      seq: 0,
      published: null,
      ...(name ? { name } : {}),
      ...(formerly ? { formerly } : {}),
      ...extra,
    }
    state.book.reset()
    state.ownFiles = []
    state.sinceSnapshot = { batches: 0, bytes: 0 }
  }

  /**
   * What this device has merged of every device, itself included, when everything it holds is
   * published; null while changes wait to be published (a change made here is not in `at` yet).
   */
  mergedNow(): SeqByDevice | null {
    const { state } = this
    return state.allPublished() ? state.mergedMap() : null
  }

  /**
   * True when every live device's device file says it merged everything `at` holds; never on
   * a device removed from sync (it no longer decides anything for the folder).
   */
  seenEverywhere(at: SeqByDevice): boolean {
    const { book, ledger } = this.state
    return book.removedBy() === null && book.seenEverywhere(at, ledger.deviceIds())
  }

  /** What sync has to say to the user now. */
  status(): SyncStatus {
    const { state } = this
    const removed = state.book.removals()
    const names = { ...state.book.names() }
    if (state.local.name) names[state.local.device] = state.local.name
    else delete names[state.local.device]
    const named = (id: string) => names[id] ?? null
    const successors = state.book.successors()
    for (const former of state.local.formerly ?? []) successors[former] = state.local.device
    return {
      device: state.local.device,
      name: named(state.local.device),
      folder: state.folderIssue,
      lastPullAt: state.lastPullAt,
      lastPublishAt: state.lastPublishAt,
      devices: state.ledger.deviceStatuses().map((d) => ({
        ...d,
        name: named(d.device),
        removed: d.device in removed,
        ...(d.device in removed && successors[d.device]
          ? { joinedAgainAs: successors[d.device] }
          : {}),
      })),
      ...state.ledger.fileIssues(state.options.now()),
      changesWaitingForEarlierOnes: state.records.hasWaitingChanges(),
      renamedFrom: state.renamedFrom,
      removedBy: state.book.removedBy(),
      filesKeptFor: this.maintenance.holdingBack(),
      onlineOnly: state.onlineOnly.length,
    }
  }
}
