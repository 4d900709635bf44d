/**
 * The rules of snapshots, compaction and removal (ARCHITECTURE.md, "Compaction"), as pure
 * functions of what the device files say:
 *
 * - a device writes a snapshot once enough batches or bytes followed its last one;
 * - it deletes its own files numbered below its newest snapshot only when every live device's
 *   device file says it has merged through that snapshot; a device that never wrote a device
 *   file, or wrote one that says less, holds the files back;
 * - a device removed by any live device is no longer live: its files up to the number it was
 *   merged through when it was removed are still read, later ones never;
 * - once every live device has merged a removed device through that number, its files go: its
 *   batches and snapshots (written once, never rewritten) deleted by the devices that removed
 *   it, and everything, its device file last, by the removed device itself if it comes back
 *   (the only writer of its device file), still removed or joined again under a new id.
 */
import type { DeviceFileBody, SeqByDevice } from './deviceFile'

/** When a device writes its next snapshot: whichever limit its batches reach first. */
export interface SnapshotPolicy {
  /** Batches written since the last snapshot. */
  batches: number
  /** Bytes of batches written since the last snapshot. */
  bytes: number
}

/** The default: a snapshot after 50 batches or 1 MB of them, whichever comes first. */
export const SNAPSHOT_POLICY: SnapshotPolicy = { batches: 50, bytes: 1_000_000 }

/** True when the batches since the last snapshot reach either limit of `policy`. */
export function snapshotDue(since: SnapshotPolicy, policy: SnapshotPolicy): boolean {
  return since.batches >= policy.batches || (since.batches > 0 && since.bytes >= policy.bytes)
}

/**
 * Every removal in force: this device's own and those of every device not itself removed, each
 * with the highest number any of them gave (files up to it were merged somewhere, so they
 * travel anyway).
 */
export function removals(
  own: SeqByDevice,
  peers: ReadonlyMap<string, DeviceFileBody>,
): SeqByDevice {
  const union = (from: Iterable<SeqByDevice>) => {
    const out: SeqByDevice = {}
    for (const map of from) {
      for (const [device, upTo] of Object.entries(map))
        out[device] = Math.max(out[device] ?? 0, upTo)
    }
    return out
  }
  const all = union([own, ...[...peers.values()].map((p) => p.removed)])
  const byLive = [...peers.entries()].filter(([id]) => !(id in all)).map(([, p]) => p.removed)
  return union([own, ...byLive])
}

/** The device that removed `device`, if a live device did. */
export function removedBy(
  device: string,
  peers: ReadonlyMap<string, DeviceFileBody>,
  removed: SeqByDevice,
): string | null {
  for (const [id, body] of peers) {
    if (id !== device && !(id in removed) && device in body.removed) return id
  }
  return null
}

/**
 * The devices that must have merged a file before its writer deletes it: every device heard
 * from, except `self` and the removed ones.
 */
export function liveDevices(self: string, known: Iterable<string>, removed: SeqByDevice): string[] {
  return [...new Set(known)].filter((id) => id !== self && !(id in removed))
}

/**
 * The devices among `live` that have not said, in their device file, that they merged `self`'s
 * files through `seq` (a device without a device file has said nothing). None: `self` may
 * delete its files below `seq`.
 */
export function holdingBack(
  self: string,
  seq: number,
  live: readonly string[],
  peers: ReadonlyMap<string, DeviceFileBody>,
): string[] {
  return live.filter((id) => (peers.get(id)?.merged[self] ?? 0) < seq)
}

/**
 * The devices among `live` whose device file does not yet say they merged everything `at`
 * holds (for each device, the number merged through; a removed device's only up to its
 * removal, beyond which nobody reads it). None: every live device has merged past the change
 * `at` was taken after, as for a file nothing names any more (attachmentSweep.ts).
 */
export function notPast(
  at: SeqByDevice,
  live: readonly string[],
  peers: ReadonlyMap<string, DeviceFileBody>,
  removed: SeqByDevice,
): string[] {
  return live.filter((id) => {
    const merged = peers.get(id)?.merged
    if (!merged) return true
    return Object.entries(at).some(([device, seq]) => {
      if (device === id) return false // a device holds all of its own changes
      const needed = device in removed ? Math.min(seq, removed[device]!) : seq
      return (merged[device] ?? 0) < needed
    })
  })
}

/**
 * The devices whose changes are not all merged here (`merged`: the number this device has
 * merged each device's files through): a live device whose device file says it had written
 * more files than that (it writes its device file only once everything it holds is published,
 * engineMaintenance.ts), one that wrote no device file, and a removed device whose files up to
 * its removal are not all merged here. None: this device holds every change any device made
 * before it last said what it merged, as a purge of deleted records needs (tombstonePurge.ts).
 */
export function unheard(
  merged: (device: string) => number,
  live: readonly string[],
  peers: ReadonlyMap<string, DeviceFileBody>,
  removed: SeqByDevice,
): string[] {
  const behindLive = live.filter((id) => {
    const said = peers.get(id)?.merged[id]
    return said === undefined ? !peers.has(id) : merged(id) < said
  })
  const behindRemoved = Object.entries(removed)
    .filter(([id, upTo]) => merged(id) < upTo)
    .map(([id]) => id)
  return [...behindLive, ...behindRemoved]
}
