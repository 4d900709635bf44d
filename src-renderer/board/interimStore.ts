/**
 * INTERIM: a record store in IndexedDB without encryption, used only until the vault's encrypted
 * record store lands on main. Replace with the vault's store and delete this file.
 */
import Dexie, { type Table } from 'dexie'
import type { RecordStore } from './persistence'

interface Row {
  table: string
  id: string
  value: unknown
}

class InterimDb extends Dexie {
  rows!: Table<Row, [string, string]>
  constructor() {
    super('afterview-interim')
    this.version(1).stores({ rows: '[table+id], table' })
  }
}

/** The interim store over IndexedDB. */
export function interimRecordStore(): RecordStore {
  const db = new InterimDb()
  return {
    async list(table) {
      const rows = await db.rows.where('table').equals(table).toArray()
      return { records: rows.map((r) => r.value), unreadable: 0 }
    },
    async put(table, id, value) {
      await db.rows.put({ table, id, value })
    },
    async remove(table, id) {
      await db.rows.delete([table, id])
    },
  }
}
