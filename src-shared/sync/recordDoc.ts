/**
 * The vault's records as one Yjs document, the merge engine of sync (ARCHITECTURE.md, "Sync").
 *
 * Each table is one top-level map, named `table:<table>`, and each record is a set of flat
 * entries in it, keyed `<id>\0<entry>`: the record's paths (see paths.ts) and its edit counts and
 * tombstone (see tombstone.ts). A deleted record is answered as gone, or as a delete conflict
 * when a device edited it while it was being deleted; once every device has merged past the
 * delete, `purge` drops everything of it but its tombstone (tombstonePurge.ts).
 *
 * No record is a Yjs type of its own: two devices creating one record (a settings record made
 * on both while offline) would race to create it, and one side's whole record would lose. And
 * a few top-level types only: Yjs finds a type's name by scanning them all for every item it
 * encodes, which made a type per record quadratic (minutes for a 10,000-record snapshot). An
 * index by id, kept current by observing the maps, answers one record without a scan.
 *
 * Nothing here reads a clock: the order of edits is Yjs's causal order, so a device whose clock
 * is hours wrong merges like any other. Each document gets a random Yjs client id (Yjs's own
 * rule), so two machines restored from one backup never write under the same client id.
 */
import * as Y from 'yjs'
import { isValidRecordName } from '../vault/backupPayload'
import { flatten } from './paths'
import {
  DELETED,
  EDITS,
  editCounts,
  isPathEntry,
  purgeStamp,
  readRecord,
  type Entries,
  type RecordValue,
  type Tombstone,
} from './tombstone'

export type { RecordValue } from './tombstone'

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

/** A deleted record that still holds its entries, with its tombstone's stamp. */
export interface HeldDelete {
  table: string
  id: string
  /** Names the tombstone: a later delete of the same record has another (tombstone.ts). */
  stamp: string
}

const PREFIX = 'table:'

function checkNames(table: string, id: string): void {
  if (!isValidRecordName(table) || !isValidRecordName(id)) {
    throw new RangeError(`not a record name: ${table}/${id}`)
  }
}

/** Files `value` under its record in `index`, or removes it when `present` is false. */
function place(index: Map<string, Entries>, key: string, present: boolean, value: unknown): void {
  const cut = key.indexOf('\0')
  if (cut < 0) return
  const id = key.slice(0, cut)
  let entries = index.get(id)
  if (present) {
    if (!entries) index.set(id, (entries = new Map()))
    entries.set(key.slice(cut + 1), value)
  } else if (entries) {
    entries.delete(key.slice(cut + 1))
    if (entries.size === 0) index.delete(id)
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/** The vault's records, mergeable with other devices' copies. */
export class RecordDoc {
  readonly doc: Y.Doc
  private readonly indexes = new Map<string, Map<string, Entries>>()

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

  private map(table: string): Y.Map<unknown> {
    return this.doc.getMap<unknown>(PREFIX + table)
  }

  /** The records of `table` by id, each its entries; built once, then kept current. */
  private index(table: string): Map<string, Entries> {
    let index = this.indexes.get(table)
    if (!index) {
      const map = this.map(table)
      const built = new Map<string, Entries>()
      for (const [key, value] of map.entries()) place(built, key, true, value)
      map.observe((event) => {
        for (const key of event.keysChanged) place(built, key, map.has(key), map.get(key))
      })
      this.indexes.set(table, (index = built))
    }
    return index
  }

  /**
   * Saves `value` as record (`table`, `id`): writes only the entries that differ, so a save
   * made from a stale copy changes only what the user changed. Saving a deleted record keeps
   * it (the user's answer to a delete conflict) and writes every entry afresh: a purge made
   * meanwhile on another device deletes only the entries it knew, so the record comes back
   * whole. Answers false when nothing changed.
   */
  put(table: string, id: string, value: RecordValue): boolean {
    checkNames(table, id)
    const map = this.map(table)
    const current = new Map(this.index(table).get(id))
    const next = flatten(value)
    const key = (entry: string) => `${id}\0${entry}`
    const revived = current.has(DELETED)
    let changed = false
    this.doc.transact(() => {
      for (const entry of current.keys()) {
        if (isPathEntry(entry) && !next.has(entry)) {
          map.delete(key(entry))
          changed = true
        }
      }
      for (const [entry, leaf] of next) {
        if (revived || !current.has(entry) || !same(current.get(entry), leaf)) {
          map.set(key(entry), leaf)
          changed = true
        }
      }
      if (revived) map.delete(key(DELETED))
      if (changed) {
        const count = current.get(EDITS + this.device())
        map.set(key(EDITS + this.device()), (typeof count === 'number' ? count : 0) + 1)
      }
    }, 'local')
    return changed
  }

  /** Deletes record (`table`, `id`) with a tombstone naming every edit this device has seen. */
  remove(table: string, id: string): void {
    checkNames(table, id)
    const tombstone: Tombstone = {
      by: this.device(),
      seen: editCounts(this.index(table).get(id) ?? new Map()),
    }
    this.doc.transact(() => this.map(table).set(`${id}\0${DELETED}`, tombstone), 'local')
  }

  /** The records and delete conflicts of `table`, in id order. */
  table(table: string): MergedTable {
    const out: MergedTable = { records: [], conflicts: [] }
    const index = this.index(table)
    for (const id of [...index.keys()].sort()) {
      const read = readRecord(index.get(id)!)
      if (read?.deletedBy === null) out.records.push({ id, value: read.value })
      else if (read?.deletedBy)
        out.conflicts.push({ id, value: read.value, deletedBy: read.deletedBy })
    }
    return out
  }

  /**
   * The delete conflicts of `table`, in id order: as `table(table).conflicts`, but only records
   * with a tombstone are read, so asking costs little when a table holds thousands of records.
   */
  conflicts(table: string): DeleteConflict[] {
    const out: DeleteConflict[] = []
    const index = this.index(table)
    for (const id of [...index.keys()].sort()) {
      const entries = index.get(id)!
      if (!entries.has(DELETED)) continue
      const read = readRecord(entries)
      if (read?.deletedBy) out.push({ id, value: read.value, deletedBy: read.deletedBy })
    }
    return out
  }

  /** One record, or undefined when it is absent, deleted, or deleted while edited elsewhere. */
  get(table: string, id: string): RecordValue | undefined {
    checkNames(table, id)
    const entries = this.index(table).get(id)
    const read = entries && readRecord(entries)
    return read?.deletedBy === null ? read.value : undefined
  }

  /** The deleted records (not delete conflicts) that still hold more than their tombstone. */
  heldDeletes(): HeldDelete[] {
    const held: HeldDelete[] = []
    for (const table of this.tables()) {
      for (const [id, entries] of this.index(table)) {
        if (!entries.has(DELETED)) continue
        const stamp = purgeStamp(entries)
        if (stamp !== null) held.push({ table, id, stamp })
      }
    }
    return held
  }

  /**
   * Drops every entry of deleted record (`table`, `id`) but its tombstone, when the tombstone
   * is still the one `stamp` names and the record is not a delete conflict. Yjs then forgets
   * the entries' content (its garbage collection), so no later encoding holds it. Answers
   * false when there was nothing to drop; doing it again, here or on another device, changes
   * nothing more.
   */
  purge(table: string, id: string, stamp: string): boolean {
    checkNames(table, id)
    const entries = this.index(table).get(id)
    if (!entries || purgeStamp(entries) !== stamp) return false
    const map = this.map(table)
    const drop = [...entries.keys()].filter((entry) => entry !== DELETED)
    this.doc.transact(() => {
      for (const entry of drop) map.delete(`${id}\0${entry}`)
    }, 'local')
    return true
  }

  /** The names of the tables that hold at least one record entry, sorted. */
  tables(): string[] {
    const tables = new Set<string>()
    for (const name of this.doc.share.keys()) {
      if (name.startsWith(PREFIX)) tables.add(name.slice(PREFIX.length))
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

  /**
   * Calls `listener` after each merge of another device's changes with the records it touched
   * (a later merge may also release changes Yjs held for it). Answers the function that stops.
   */
  onMerge(listener: (touched: { table: string; id: string }[]) => void): () => void {
    const handler = (transaction: Y.Transaction) => {
      if (transaction.origin !== 'remote') return
      const names = new Map<unknown, string>()
      for (const [name, type] of this.doc.share) {
        if (name.startsWith(PREFIX)) names.set(type, name.slice(PREFIX.length))
      }
      const touched = new Map<string, { table: string; id: string }>()
      for (const [type, keys] of transaction.changed) {
        const table = names.get(type)
        if (table === undefined) continue
        for (const key of keys) {
          const cut = key === null ? -1 : key.indexOf('\0')
          if (cut < 0) continue
          const id = key!.slice(0, cut)
          touched.set(`${table}\0${id}`, { table, id })
        }
      }
      if (touched.size > 0) listener([...touched.values()])
    }
    this.doc.on('afterTransaction', handler)
    return () => this.doc.off('afterTransaction', handler)
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
