/**
 * The CRDT engines the sync spike compares, behind one small interface so the scenario is the
 * same for each. Records map the way the sync core would map them: a table is a map from record
 * id to a map of the record's top-level fields. "fields" variants keep each field's value whole
 * (a concurrent edit of one field replaces the other's); the "deep" variant lets Automerge map
 * nested objects and lists too (finer merges, more operations).
 */
import * as A from '@automerge/automerge'
import * as Y from 'yjs'
import { RecordDoc, type RecordValue } from '@shared/sync/recordDoc'

type Fields = Record<string, unknown>

/** Records per transaction when building. */
const CHUNK = 250

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK))
  return out
}

/** One device's copy of the records. */
export interface Replica {
  /**
   * Adds every record (the first device bringing its vault into sync), CHUNK records per
   * transaction: Automerge slows down more than linearly with the size of one change.
   */
  putAll(records: readonly Fields[]): void
  /** The whole state, encoded (a snapshot file's body). */
  save(): Uint8Array
  /** Starts from another device's snapshot. */
  load(snapshot: Uint8Array): void
  /** Remembers the current state; `batch` then encodes what changed since. */
  mark(): void
  /** Sets some top-level fields of one record. */
  edit(id: string, fields: Fields): void
  /** Deletes one record. */
  remove(id: string): void
  /** What changed since `mark`, encoded (a batch file's body). */
  batch(): Uint8Array
  /** Merges another device's batch or snapshot. */
  apply(update: Uint8Array): void
  /** Every record as plain JSON text, sorted by id, to compare replicas. */
  text(): string
}

/** An engine under test. */
export interface Engine {
  name: string
  replica(device: number): Replica
}

function sortedText(entries: [string, unknown][]): string {
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify(entries)
}

/** Yjs: a Y.Map of records, each a Y.Map of whole field values. */
export const yjsFields: Engine = {
  name: 'yjs 13.6.33 (whole field values)',
  replica(device) {
    const doc = new Y.Doc()
    doc.clientID = 1000 + device
    const table = doc.getMap<Y.Map<unknown>>('opportunities')
    let vector = Y.encodeStateVector(doc)
    return {
      putAll(records) {
        for (const chunk of chunks(records)) {
          doc.transact(() => {
            for (const record of chunk) {
              const row = new Y.Map<unknown>()
              for (const [key, value] of Object.entries(record)) row.set(key, value)
              table.set(String(record.id), row)
            }
          })
        }
      },
      save: () => Y.encodeStateAsUpdate(doc),
      load: (snapshot) => Y.applyUpdate(doc, snapshot),
      mark() {
        vector = Y.encodeStateVector(doc)
      },
      edit(id, fields) {
        doc.transact(() => {
          const row = table.get(id)
          if (row) for (const [key, value] of Object.entries(fields)) row.set(key, value)
        })
      },
      remove: (id) => doc.transact(() => table.delete(id)),
      batch: () => Y.encodeStateAsUpdate(doc, vector),
      apply: (update) => Y.applyUpdate(doc, update),
      text: () => sortedText([...table.entries()].map(([id, row]) => [id, row.toJSON()])),
    }
  },
}

type AmDoc = { opportunities: Record<string, Fields> }

/** Automerge, with a value mapper deciding how much of a field becomes CRDT structure. */
function automergeEngine(name: string, toDoc: (value: unknown) => unknown): Engine {
  return {
    name,
    replica(device) {
      const actor = (0xa0 + device).toString(16).padStart(2, '0').repeat(16)
      let doc = A.from<AmDoc>({ opportunities: {} }, actor)
      let heads = A.getHeads(doc)
      return {
        putAll(records) {
          for (const chunk of chunks(records)) {
            doc = A.change(doc, (d) => {
              for (const record of chunk) {
                const row: Fields = {}
                for (const [key, value] of Object.entries(record)) row[key] = toDoc(value)
                d.opportunities[String(record.id)] = row
              }
            })
          }
        },
        save: () => A.save(doc),
        load(snapshot) {
          doc = A.load<AmDoc>(snapshot, actor)
        },
        mark() {
          heads = A.getHeads(doc)
        },
        edit(id, fields) {
          doc = A.change(doc, (d) => {
            const row = d.opportunities[id]
            if (row) for (const [key, value] of Object.entries(fields)) row[key] = toDoc(value)
          })
        },
        remove(id) {
          doc = A.change(doc, (d) => {
            delete d.opportunities[id]
          })
        },
        batch: () => A.saveSince(doc, heads),
        apply(update) {
          doc = A.loadIncremental(doc, update)
        },
        text: () => sortedText(Object.entries(A.toJS(doc).opportunities)),
      }
    },
  }
}

/** Whole field values: strings and JSON kept as immutable strings (one operation each). */
export const automergeFields = automergeEngine('automerge 3.5.0 (whole field values)', (value) =>
  typeof value === 'string'
    ? new A.ImmutableString(value)
    : value !== null && typeof value === 'object'
      ? new A.ImmutableString(JSON.stringify(value))
      : value,
)

function deep(value: unknown): unknown {
  if (typeof value === 'string') return new A.ImmutableString(value)
  if (Array.isArray(value)) return value.map(deep)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]))
  }
  return value
}

/** Nested objects and lists become Automerge maps and lists; strings stay whole. */
export const automergeDeep = automergeEngine('automerge 3.5.0 (deep maps and lists)', deep)

/** The sync core's own mapping (src-shared/sync/recordDoc.ts): every object key its own entry. */
export const yjsRecordDoc: Engine = {
  name: 'yjs 13.6.33 (sync core RecordDoc)',
  replica(device) {
    const id = (0xa0 + device).toString(16).repeat(16)
    const doc = new RecordDoc(() => id)
    let vector = doc.stateVector()
    return {
      putAll(records) {
        for (const chunk of chunks(records)) {
          doc.doc.transact(() => {
            for (const record of chunk) {
              doc.put('opportunities', String(record.id), record as RecordValue)
            }
          })
        }
      },
      save: () => doc.encodeState(),
      load: (snapshot) => doc.apply(snapshot),
      mark() {
        vector = doc.stateVector()
      },
      edit(key, fields) {
        const value = doc.get('opportunities', key)
        if (value) doc.put('opportunities', key, { ...value, ...(fields as RecordValue) })
      },
      remove: (key) => doc.remove('opportunities', key),
      batch: () => doc.encodeSince(vector),
      apply: (update) => doc.apply(update),
      text: () => JSON.stringify(doc.table('opportunities').records),
    }
  },
}
