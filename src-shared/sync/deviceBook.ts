/**
 * What one device knows from the device files (deviceFile.ts): every device's last word, its
 * own removals, its newest snapshot and the device file it last wrote. The engine asks it what
 * a snapshot covers, who is removed, whether this device was, and who holds compaction back.
 */
import { holdingBack, liveDevices, notPast, removals, removedBy, unheard } from './compaction'
import { deviceFileText, type DeviceFileBody, type SeqByDevice } from './deviceFile'

/** The device files as this device knows them. */
export class DeviceBook {
  /** Every device's device file as last read (this device's own included). */
  private readonly peers = new Map<string, DeviceFileBody>()
  /** Devices this device removed, with the number it had merged them through. */
  private readonly removed: SeqByDevice = {}
  /** This device's newest snapshot and what it covers. */
  snapshot: DeviceFileBody['snapshot'] = null
  /**
   * The device file as last written or read back, with the key it was sealed with: rewritten
   * only on change, or under a new key (so devices that dropped the old key can read it).
   */
  private written: string | null = null

  /** @param self this device's id now (it changes if the id is found cloned). */
  constructor(private readonly self: () => string) {}

  /** The device ids that wrote a device file. */
  ids(): string[] {
    return [...this.peers.keys()]
  }

  /**
   * Takes in `device`'s device file, sealed with key `keyId`. This device's own, read back,
   * keeps its removals.
   */
  take(device: string, body: DeviceFileBody, keyId: number): void {
    this.peers.set(device, body)
    if (device !== this.self()) return
    for (const [id, upTo] of Object.entries(body.removed)) this.remove(id, upTo)
    this.written ??= `${keyId}:${deviceFileText(body)}`
  }

  /** Removes `device` from sync, its files followed up to `upTo`. */
  remove(device: string, upTo: number): void {
    this.removed[device] = Math.max(this.removed[device] ?? 0, upTo)
  }

  /** Every removal in force, this device's and the live devices'. */
  removals(): SeqByDevice {
    return removals(this.removed, this.peers)
  }

  /** The device that removed this one from sync, or null. */
  removedBy(): string | null {
    return removedBy(this.self(), this.peers, this.removals())
  }

  /** What snapshot `seq` of `device` covers: what its device file says, or its own files. */
  covers(device: string, seq: number): SeqByDevice {
    const said = this.peers.get(device)?.snapshot
    const covers = said && this.vouches(device, seq) ? { ...said.covers } : {}
    covers[device] = seq
    return covers
  }

  /** True when `device`'s device file names snapshot `seq` as its newest, with what it covers. */
  vouches(device: string, seq: number): boolean {
    return this.peers.get(device)?.snapshot?.seq === seq
  }

  /** Notes this device's newest snapshot listed in the folder, when it is newer than known. */
  noteOwnSnapshot(seq: number): void {
    if (seq > (this.snapshot?.seq ?? 0))
      this.snapshot = { seq, covers: this.covers(this.self(), seq) }
  }

  /** The name each device gave itself in its device file, by device id (unnamed ones absent). */
  names(): Record<string, string> {
    const names: Record<string, string> = {}
    for (const [id, body] of this.peers) if (body.name) names[id] = body.name
    return names
  }

  /**
   * The live device each former id now syncs as (a removed computer that joined again, by its
   * device file's `formerly`), by former id.
   */
  successors(): Record<string, string> {
    const removed = this.removals()
    const now: Record<string, string> = {}
    for (const [id, body] of this.peers) {
      if (id in removed) continue
      for (const former of body.formerly ?? []) now[former] = id
    }
    return now
  }

  /** The devices this device removed, each with the number its files are followed up to. */
  removedHere(): SeqByDevice {
    return { ...this.removed }
  }

  /**
   * The device file to write for `merged` (what this device merged of each), this device's
   * `name` and its `formerly` ids under key `keyId`, or null when the last one said the same
   * under the same key.
   */
  next(
    merged: SeqByDevice,
    keyId: number,
    name: string | null,
    formerly: readonly string[] = [],
  ): { body: DeviceFileBody; text: string; keyId: number } | null {
    const body: DeviceFileBody = {
      merged,
      snapshot: this.snapshot,
      removed: { ...this.removed },
      ...(name ? { name } : {}),
      ...(formerly.length > 0 ? { formerly: [...formerly] } : {}),
    }
    const text = deviceFileText(body)
    return `${keyId}:${text}` === this.written ? null : { body, text, keyId }
  }

  /** Notes that the device file `next` answered is in the folder. */
  wrote(next: { body: DeviceFileBody; text: string; keyId: number }): void {
    this.written = `${next.keyId}:${next.text}`
    this.peers.set(this.self(), next.body)
  }

  /** The live devices among `known` that have not yet merged this device's newest snapshot. */
  holdingBack(known: Iterable<string>): string[] {
    if (!this.snapshot) return []
    const live = liveDevices(this.self(), [...known, ...this.peers.keys()], this.removals())
    return holdingBack(this.self(), this.snapshot.seq, live, this.peers)
  }

  /**
   * True when every live device among `known` (and those that wrote a device file) has said,
   * in its device file, that it merged everything `at` holds. A live device that wrote no
   * device file has said nothing, and holds it back.
   */
  seenEverywhere(at: SeqByDevice, known: Iterable<string>): boolean {
    const live = liveDevices(this.self(), [...known, ...this.peers.keys()], this.removals())
    return notPast(at, live, this.peers, this.removals()).length === 0
  }

  /**
   * True when this device has merged (`merged`: through which number, by device) every file
   * each live device among `known` had written when it last wrote its device file, and every
   * file of a removed device up to its removal.
   */
  heardFromAll(merged: (device: string) => number, known: Iterable<string>): boolean {
    const removed = this.removals()
    const live = liveDevices(this.self(), [...known, ...this.peers.keys()], removed)
    return unheard(merged, live, this.peers, removed).length === 0
  }

  /**
   * The removed devices whose files may now be deleted, each with whether this device may
   * delete its device file too (only when it is this device, now or under a `formerly` id,
   * the only writer of that file): those this device removed, or this device if it was
   * removed, once every live device among `known` has said, in its device file, that it
   * merged them through the removal's number.
   */
  removedToDelete(
    known: Iterable<string>,
    formerly: readonly string[] = [],
  ): { device: string; deviceFile: boolean }[] {
    const removed = this.removals()
    const self = this.self()
    const all = [...known, ...this.peers.keys()]
    const seen = (device: string) =>
      holdingBack(device, removed[device]!, liveDevices(device, all, removed), this.peers)
        .length === 0
    if (this.removedBy()) return seen(self) ? [{ device: self, deviceFile: true }] : []
    return Object.keys(this.removed)
      .filter((device) => device in removed && seen(device))
      .map((device) => ({ device, deviceFile: formerly.includes(device) }))
  }

  /** Starts afresh under a new id: nothing of the old one's files is this device's any more. */
  reset(): void {
    this.snapshot = null
    this.written = null
  }
}
