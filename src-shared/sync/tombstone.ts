/**
 * A record's entries in the sync document, read as a record, a delete conflict or nothing
 * (recordDoc.ts; ARCHITECTURE.md, "Records in the CRDT"). Besides its paths (paths.ts), whose
 * entry names start with `[`, a record has two kinds of metadata:
 *
 * - `#edits/<device>`: how many saves that device made to the record. Each device writes only its
 *   own key, so the counts merge without conflict and say who changed what the deleter saw.
 * - `#deleted`: a tombstone `{ by, seen }`, `seen` being the edit counts the deleter had. A record
 *   edited by a device beyond what the tombstone saw was edited concurrently with the delete: it
 *   is not dropped but answered as a conflict for the user to settle.
 *
 * Once every device has merged past a delete, its record is purged (tombstonePurge.ts): every
 * entry goes but `#deleted`, which stays as the marker that the record is gone. A purged record
 * has no root entry, so nothing that arrives for it later reads as half a record.
 */
import { unflatten, type Json } from './paths'

/** A record as plain JSON. */
export type RecordValue = { [key: string]: Json }

/** A record's entries by entry name. */
export type Entries = Map<string, unknown>

/** What a delete leaves: the deleter and the edit counts it had seen, by device. */
export interface Tombstone {
  by: string
  seen: Record<string, number>
}

/** The entry name prefix of a device's edit count. */
export const EDITS = '#edits/'
/** The entry name of a record's tombstone. */
export const DELETED = '#deleted'

/** True for the entry name of one of the record's paths (not metadata). */
export function isPathEntry(entry: string): boolean {
  return entry.startsWith('[')
}

/** Each device's edit count in `entries`. */
export function editCounts(entries: Entries): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [key, value] of entries) {
    if (key.startsWith(EDITS) && typeof value === 'number') counts[key.slice(EDITS.length)] = value
  }
  return counts
}

function isTombstone(value: unknown): value is Tombstone {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Tombstone).by === 'string' &&
    typeof (value as Tombstone).seen === 'object'
  )
}

/** The record's tombstone, if it holds one. */
export function tombstoneOf(entries: Entries): Tombstone | undefined {
  const tombstone = entries.get(DELETED)
  return isTombstone(tombstone) ? tombstone : undefined
}

/** True when a device edited the record beyond what its tombstone saw. */
function editedUnseen(entries: Entries, tombstone: Tombstone): boolean {
  return Object.entries(editCounts(entries)).some(([d, n]) => n > (tombstone.seen[d] ?? 0))
}

/**
 * A record's value and whether it is deleted: `deletedBy` null for a live record, the deleter
 * for one edited beyond what its tombstone saw; undefined for none or a deleted one.
 */
export function readRecord(
  entries: Entries,
): { value: RecordValue; deletedBy: string | null } | undefined {
  const value = unflatten(entries)
  if (!value) return undefined
  const tombstone = tombstoneOf(entries)
  if (!tombstone) return { value, deletedBy: null }
  return editedUnseen(entries, tombstone) ? { value, deletedBy: tombstone.by } : undefined
}

/**
 * What names this record's tombstone for a purge, when the record is deleted (not a delete
 * conflict) and still holds entries besides its tombstone; otherwise null. A later delete of
 * the same record (after it was kept, or deleted again from a conflict) has other edit counts,
 * so another stamp.
 */
export function purgeStamp(entries: Entries): string | null {
  const tombstone = tombstoneOf(entries)
  if (!tombstone || entries.size === 1) return null
  if (unflatten(entries) && editedUnseen(entries, tombstone)) return null // a conflict
  return JSON.stringify(tombstone)
}
