/**
 * The vault's records as one Yjs document, the merge engine of sync (ARCHITECTURE.md, "Sync").
 *
 * Each record is a top-level map named `record:<table>/<id>`: top-level types are found by name,
 * so two devices that write the same record never race to create it. Inside, the record's flat
 * entries (see paths.ts) plus two kinds of metadata, whose keys never start with `[`:
 *
 * - `#edits/<device>`: how many saves that device made to the record. Each device writes only its
 *   own key, so the counts merge without conflict and say who changed what the deleter saw.
 * - `#deleted`: a tombstone `{ by, seen }`, `seen` being the edit counts the deleter had. A record
 *   edited by a device beyond what the tombstone saw was edited concurrently with the delete: it
 *   is not dropped but answered as a conflict for the user to settle.
 *
 * Nothing here reads a clock: the order of edits is Yjs's causal order, so a device whose clock
 * is hours wrong merges like any other. Each document gets a random Yjs client id (Yjs's own
 * rule), so two machines restored from one backup never write under the same client id.
 */
import * as Y from 'yjs'
import { isValidRecordName } from '../vault/backupPayload'
import { flatten, unflatten, type Json } from './paths'

/** A record as plain JSON. */
export type RecordValue = { [key: string]: Json }

/** A record deleted on one device while another edited it: shown, not dropped. */
export interface DeleteConflict {
  id: string
  /** The record with every edit merged in. */
  value: RecordValue
  /** The device that deleted it. */
  deletedBy: string
}

/** What a table holds after merging. */
export interface MergedTable {
  records: { id: string; value: RecordValue }[]
  conflicts: DeleteConflict[]
}

interface Tombstone {
  by: string
  seen: Record<string, number>
}

const PREFIX = 'record:'
const EDITS = '#edits/'
const DELETED = '#deleted'

function docName(table: string, id: string): string {
  if (!isValidRecordName(table) || !isValidRecordName(id)) {
    throw new RangeError(`not a record name: ${table}/${id}`)
  }
  return `${PREFIX}${table}/${id}`
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

function editCounts(map: Y.Map<unknown>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [key, value] of map.entries()) {
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

/** The vault's records, mergeable with other devices' copies. */
export class RecordDoc {
  readonly doc: Y.Doc

  /**
   * @param device the sync device id this copy writes edits under (it changes if the id is
   *   found cloned).
   * @param state a state saved with `encodeState`, or nothing for an empty vault.
   */
  constructor(
    private readonly device: () => string,
    state?: Uint8Array,
  ) {
    this.doc = new Y.Doc()
    if (state) Y.applyUpdateV2(this.doc, state)
  }

  private map(table: string, id: string): Y.Map<unknown> {
    return this.doc.getMap<unknown>(docName(table, id))
  }

  /**
   * Saves `value` as record (`table`, `id`): writes only the entries that differ, so a save
   * made from a stale copy changes only what the user changed. Saving a deleted record keeps
   * it (the user's answer to a delete conflict). Answers false when nothing changed.
   */
  put(table: string, id: string, value: RecordValue): boolean {
    const map = this.map(table, id)
    const next = flatten(value)
    let changed = false
    this.doc.transact(() => {
      for (const key of [...map.keys()]) {
        if (key.startsWith('[') && !next.has(key)) {
          map.delete(key)
          changed = true
        }
      }
      for (const [key, leaf] of next) {
        if (!map.has(key) || !same(map.get(key), leaf)) {
          map.set(key, leaf)
          changed = true
        }
      }
      if (map.has(DELETED)) {
        map.delete(DELETED)
        changed = true
      }
      if (changed) {
        const key = EDITS + this.device()
        const count = map.get(key)
        map.set(key, (typeof count === 'number' ? count : 0) + 1)
      }
    }, 'local')
    return changed
  }

  /** Deletes record (`table`, `id`) with a tombstone naming every edit this device has seen. */
  remove(table: string, id: string): void {
    const map = this.map(table, id)
    this.doc.transact(() => {
      const tombstone: Tombstone = { by: this.device(), seen: editCounts(map) }
      map.set(DELETED, tombstone)
    }, 'local')
  }

  /** The records and delete conflicts of `table`, in id order. */
  table(table: string): MergedTable {
    const out: MergedTable = { records: [], conflicts: [] }
    const prefix = `${PREFIX}${table}/`
    const names = [...this.doc.share.keys()].filter((name) => name.startsWith(prefix)).sort()
    for (const name of names) {
      const id = name.slice(prefix.length)
      const read = this.read(this.doc.getMap<unknown>(name))
      if (read?.deletedBy === null) out.records.push({ id, value: read.value })
      else if (read?.deletedBy)
        out.conflicts.push({ id, value: read.value, deletedBy: read.deletedBy })
    }
    return out
  }

  /** One record, or undefined when it is absent, deleted, or deleted while edited elsewhere. */
  get(table: string, id: string): RecordValue | undefined {
    const name = docName(table, id)
    if (!this.doc.share.has(name)) return undefined
    const read = this.read(this.doc.getMap<unknown>(name))
    return read?.deletedBy === null ? read.value : undefined
  }

  /**
   * A record's value and whether it is deleted: `deletedBy` null for a live record, the
   * deleter for one edited beyond what its tombstone saw; undefined for none or a deleted one.
   */
  private read(map: Y.Map<unknown>): { value: RecordValue; deletedBy: string | null } | undefined {
    const value = unflatten(map.entries())
    if (!value) return undefined
    const tombstone = map.get(DELETED)
    if (!isTombstone(tombstone)) return { value, deletedBy: null }
    const edits = editCounts(map)
    const unseen = Object.entries(edits).some(([d, n]) => n > (tombstone.seen[d] ?? 0))
    return unseen ? { value, deletedBy: tombstone.by } : undefined
  }

  /** The names of the tables that hold at least one record entry, sorted. */
  tables(): string[] {
    const tables = new Set<string>()
    for (const name of this.doc.share.keys()) {
      if (name.startsWith(PREFIX)) tables.add(name.slice(PREFIX.length, name.lastIndexOf('/')))
    }
    return [...tables].sort()
  }

  /** Everything this copy holds, encoded (a snapshot's body, or what the device keeps). */
  encodeState(): Uint8Array {
    return Y.encodeStateAsUpdateV2(this.doc)
  }

  /** What this copy has seen, as Yjs's state vector. */
  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc)
  }

  /** What this copy holds beyond `vector` (a batch's body). */
  encodeSince(vector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdateV2(this.doc, vector)
  }

  /**
   * Merges an update from another device. An update whose earlier changes have not arrived yet
   * is held by Yjs until they do, so files may be applied in any order and more than once.
   */
  apply(update: Uint8Array): void {
    Y.applyUpdateV2(this.doc, update, 'remote')
  }

  /** True while some merged update waits for an earlier one that has not arrived. */
  hasWaitingChanges(): boolean {
    return this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null
  }

  /** Frees the Yjs document. */
  destroy(): void {
    this.doc.destroy()
  }
}
