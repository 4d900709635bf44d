/**
 * The device file (`devices/<id>/device.avsync`): the one file a device rewrites, sealed like
 * the others. It says what the device has merged of every device, which snapshot of its own is
 * its newest and what that snapshot covers, and which devices it removed from sync. Other
 * devices read it to know when a file may be deleted (compaction), which snapshot a new device
 * can start from, and which devices are no longer followed. It also carries the name the user
 * gave the computer: sealed here, never in a file name or a public header.
 *
 * "Merged through n" for a device means every file that device numbered 1..n is merged here,
 * or covered by a snapshot merged here. A snapshot covers, for each device, what its writer had
 * merged through when it wrote it.
 */
import * as v from 'valibot'
import { fromUtf8, utf8 } from '../vault/bytes'
import { isDeviceId } from './syncFile'

/** File numbers by device id. */
export type SeqByDevice = Record<string, number>

/** What a device file says. */
export interface DeviceFileBody {
  /** For each device, the number this device has merged its files through. */
  merged: SeqByDevice
  /** This device's newest snapshot and what it covers, or null before its first. */
  snapshot: { seq: number; covers: SeqByDevice } | null
  /**
   * Devices this device removed from sync, each with the number it had merged them through:
   * their files up to that number are still read, later ones never.
   */
  removed: SeqByDevice
  /** The computer's name as the user gave it; absent until named (and in older files). */
  name?: string
  /**
   * The ids this computer synced under before it was removed from sync and joined again
   * (absent if it never did, and in older files): the others show it once, under this id.
   */
  formerly?: string[]
}

/** The longest name a computer can have, in characters (UTF-16 units). */
export const MAX_COMPUTER_NAME = 60

/** A computer's name as kept: trimmed, single-spaced, 1 to MAX_COMPUTER_NAME characters. */
export const computerNameSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_COMPUTER_NAME),
  v.check((name) => name === tidyComputerName(name), 'not trimmed'),
)

/**
 * A name as the user typed it, made fit to keep: spaces at the ends dropped, every run of white
 * space made one space. Answers null for a blank name (the computer then has none).
 */
export function tidyComputerName(typed: string): string | null {
  const name = typed.replace(/\s+/g, ' ').trim()
  return name === '' ? null : name
}

/** The device file format this code writes (inside the sealed file's own version). */
const DEVICE_FILE_VERSION = 1

const seq = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))
const byDevice = v.pipe(
  v.record(v.string(), seq),
  v.check((map) => Object.keys(map).every(isDeviceId), 'a key is not a device id'),
)
const bodySchema = v.object({
  v: v.literal(DEVICE_FILE_VERSION),
  merged: byDevice,
  snapshot: v.nullable(v.object({ seq, covers: byDevice })),
  removed: byDevice,
  // A name that does not read as one is dropped, not the file: the rest still counts.
  name: v.optional(v.unknown()),
  // Likewise a list of former ids that does not read as one.
  formerly: v.optional(v.unknown()),
})

/** The device file's body bytes (before sealing). */
export function encodeDeviceFile(body: DeviceFileBody): Uint8Array {
  return utf8(deviceFileText(body))
}

/** The body as canonical text: equal bodies give equal text (a rewrite only on change). */
export function deviceFileText(body: DeviceFileBody): string {
  const sorted = (map: SeqByDevice) =>
    Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)))
  return JSON.stringify({
    v: DEVICE_FILE_VERSION,
    merged: sorted(body.merged),
    snapshot: body.snapshot && { seq: body.snapshot.seq, covers: sorted(body.snapshot.covers) },
    removed: sorted(body.removed),
    ...(body.name ? { name: body.name } : {}),
    ...(body.formerly?.length ? { formerly: body.formerly } : {}),
  })
}

/** A device file's body, or null when it does not read as one (then it is ignored). */
export function decodeDeviceFile(bytes: Uint8Array): DeviceFileBody | null {
  let json: unknown
  try {
    json = JSON.parse(fromUtf8(bytes))
  } catch {
    return null
  }
  const parsed = v.safeParse(bodySchema, json)
  if (!parsed.success) return null
  const { merged, snapshot, removed, name, formerly } = parsed.output
  return {
    merged,
    snapshot,
    removed,
    ...(v.is(computerNameSchema, name) ? { name } : {}),
    ...(isIdList(formerly) && formerly.length > 0 ? { formerly } : {}),
  }
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((id) => typeof id === 'string' && isDeviceId(id))
}
