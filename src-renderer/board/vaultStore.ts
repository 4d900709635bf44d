/** The board's records in the vault's encrypted record store. */
import type { RecordStore as VaultRecords } from '../vault/recordStore'
import type { RecordStore } from './persistence'

/** Adapts the vault's record store to the board's persistence. */
export function vaultRecordStore(records: VaultRecords): RecordStore {
  return {
    async list(table) {
      // The vault reads each row through its table's schema.
      const contents = await records.all(table)
      // Unreadable rows stay in the vault (it lists them in Settings); the board counts them.
      return {
        records: contents.records.map((r) => r.value),
        unreadable: contents.unreadable.length,
      }
    },
    put: (table, id, value) => records.put(table, id, value),
    remove: (table, id) => records.remove(table, id),
  }
}
