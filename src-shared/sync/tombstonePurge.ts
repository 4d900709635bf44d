/**
 * A deleted record's content leaves the sync document once every device has merged past its
 * delete (ARCHITECTURE.md, "Purging deleted records"): until then its entries stay, sealed,
 * so a device that edited the record meanwhile still finds the conflict.
 *
 * When this device sees a record deleted (not a conflict) it notes the tombstone with what it
 * held of each device's files (`EngineState.heldNow`, taken only once everything it holds is
 * published, so its own delete is in it). The record is purged, its entries dropped but the
 * tombstone, once every live device's device file says it merged at least that much (so each
 * holds the delete: anything it edits afterwards comes after it) and this device has merged
 * every file each device had written when it said so (so any edit made while the delete
 * travelled is here, and the record is a conflict, never purged). Any device may purge: two
 * doing it at once delete the same entries, which is one delete in Yjs. What is noted travels
 * with the device's sync state, so a restart only delays a purge.
 */
import type { SeqByDevice } from './deviceFile'
import type { RecordDoc } from './recordDoc'

/** A deleted record noted for purging: its tombstone's stamp and what this device then held. */
export interface NotedDelete {
  table: string
  id: string
  /** Names the tombstone (tombstone.ts, `purgeStamp`). */
  stamp: string
  /** For each device, the number of its files this device held everything through. */
  at: SeqByDevice
}

function key(row: { table: string; id: string }): string {
  return `${row.table}\0${row.id}`
}

/** The deleted records this device waits to purge. */
export class TombstonePurge {
  private readonly noted = new Map<string, NotedDelete>()

  constructor(saved: readonly NotedDelete[] = []) {
    for (const row of saved) this.noted.set(key(row), row)
  }

  /** What to keep with this device's sync state. */
  saved(): NotedDelete[] {
    return [...this.noted.values()]
  }

  /**
   * Notes every deleted record that still holds entries, under `at` (what this device holds
   * now), unless noted already under the same tombstone; forgets the notes of records kept,
   * purged elsewhere or become conflicts. Answers true when the notes changed.
   */
  note(records: RecordDoc, at: SeqByDevice): boolean {
    let changed = false
    const held = new Set<string>()
    for (const row of records.heldDeletes()) {
      const k = key(row)
      held.add(k)
      if (this.noted.get(k)?.stamp === row.stamp) continue
      this.noted.set(k, { ...row, at })
      changed = true
    }
    for (const k of this.noted.keys()) {
      if (held.has(k)) continue
      this.noted.delete(k)
      changed = true
    }
    return changed
  }

  /**
   * Purges every noted record whose `at` every device is `past`, if its tombstone is still the
   * one noted and it is not a conflict. Answers how many records it purged.
   */
  purge(records: RecordDoc, past: (at: SeqByDevice) => boolean): number {
    let purged = 0
    for (const [k, row] of this.noted) {
      if (!past(row.at)) continue
      if (records.purge(row.table, row.id, row.stamp)) purged++
      this.noted.delete(k)
    }
    return purged
  }
}
