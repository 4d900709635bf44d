/**
 * Where the board keeps its records: opportunities, referees and the settings. The board only
 * ever talks to this module, so the storage underneath (the vault's encrypted record store) can
 * change without touching a screen.
 */
import type { Opportunity } from '@shared/domain/opportunity'
import type { Referee } from '@shared/domain/people'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import { emptyPipeline, type PipelineRecord } from '@shared/board/records'
import { readRecord, type RecordOf, type RecordTable } from '@shared/vault/recordSchemas'

/** A store of records by table and id. Values are plain JSON-like objects. */
export interface RecordStore {
  /**
   * Every readable record of `table`, as its schema reads it; `unreadable` counts rows that could
   * not be read (they failed to decrypt or did not match the schema).
   */
  list<K extends RecordTable>(table: K): Promise<{ records: RecordOf<K>[]; unreadable: number }>
  put(table: RecordTable, id: string, value: unknown): Promise<void>
  remove(table: RecordTable, id: string): Promise<void>
}

/** Everything the board shows, as loaded. */
export interface BoardData {
  opportunities: Opportunity[]
  referees: Referee[]
  settings: Settings
  /** What the user did with the nudges that belong to no opportunity. */
  pipeline: PipelineRecord
  /** Records that could not be read; they are kept, not deleted. */
  unreadable: number
}

/** The board's view of storage. */
export interface BoardPersistence {
  loadAll(): Promise<BoardData>
  saveOpportunity(o: Opportunity): Promise<void>
  removeOpportunity(id: string): Promise<void>
  saveReferee(r: Referee): Promise<void>
  removeReferee(id: string): Promise<void>
  saveSettings(s: Settings): Promise<void>
  savePipeline(p: PipelineRecord): Promise<void>
  /** Which action each reminder's random id stands for (see notify/reminderIds.ts). */
  loadReminderIds(): Promise<Record<string, string>>
  saveReminderIds(ids: Record<string, string>): Promise<void>
}

const OPPORTUNITIES = 'opportunities'
const REFEREES = 'referees'
const SETTINGS = 'settings'
const SETTINGS_ID = 'settings'
const REMINDER_IDS = 'reminder-ids'
const PIPELINE = 'pipeline'
const PIPELINE_ID = 'pipeline'

/** Records go through a JSON round-trip so no Vue proxy or shared reference is stored. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The board's persistence over a record store. */
export function createBoardPersistence(store: RecordStore): BoardPersistence {
  return {
    async loadAll() {
      const [opps, refs, sets, pipes] = await Promise.all([
        store.list(OPPORTUNITIES),
        store.list(REFEREES),
        store.list(SETTINGS),
        store.list(PIPELINE),
      ])
      // The schemas gave records from older versions the fields those did not write yet.
      return {
        opportunities: opps.records,
        referees: refs.records,
        settings: sets.records[0] ?? defaultSettings,
        // No pipeline record in a vault from before the nudge could be settled: nothing settled.
        pipeline: pipes.records[0] ?? emptyPipeline(),
        unreadable: opps.unreadable + refs.unreadable + sets.unreadable + pipes.unreadable,
      }
    },
    saveOpportunity: (o) => store.put(OPPORTUNITIES, o.id, plain(o)),
    removeOpportunity: (id) => store.remove(OPPORTUNITIES, id),
    saveReferee: (r) => store.put(REFEREES, r.id, plain(r)),
    removeReferee: (id) => store.remove(REFEREES, id),
    saveSettings: (s) => store.put(SETTINGS, SETTINGS_ID, plain(s)),
    savePipeline: (p) => store.put(PIPELINE, PIPELINE_ID, plain(p)),
    async loadReminderIds() {
      return (await store.list(REMINDER_IDS)).records[0] ?? {}
    },
    saveReminderIds: (ids) => store.put(REMINDER_IDS, REMINDER_IDS, plain(ids)),
  }
}

/** A record store held in memory, for a session that must not touch the disk and for tests. */
export function memoryRecordStore(): RecordStore {
  const tables = new Map<string, Map<string, unknown>>()
  const table = (name: string) => {
    let t = tables.get(name)
    if (!t) tables.set(name, (t = new Map()))
    return t
  }
  return {
    async list<K extends RecordTable>(name: K) {
      // Read like the vault reads: through the table's schema, counting what fails it.
      const records: RecordOf<K>[] = []
      let unreadable = 0
      for (const value of table(name).values()) {
        const read = readRecord(name, plain(value))
        if (read.ok) records.push(read.value)
        else unreadable++
      }
      return { records, unreadable }
    },
    async put(name, id, value) {
      table(name).set(id, plain(value))
    },
    async remove(name, id) {
      table(name).delete(id)
    },
  }
}

let current: BoardPersistence = createBoardPersistence(memoryRecordStore())

/** Points the board at a store (done once the vault is unlocked). */
export function useRecordStore(store: RecordStore): void {
  current = createBoardPersistence(store)
}

/** The board's persistence now in use. */
export function persistence(): BoardPersistence {
  return current
}
