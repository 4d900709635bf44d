import Dexie, { type Table } from 'dexie'

/**
 * One encrypted row. Only the table name and a random id are in clear; everything the user typed
 * is inside `ciphertext` (a record envelope, see src-shared/vault/recordEnvelope.ts).
 */
export interface RecordRow {
  table: string
  id: string
  ciphertext: Uint8Array
}

/** Non-secret facts: the vault header (key slots, KDF costs, salts) under the key 'header'. */
export interface MetaRow {
  key: string
  value: string
}

/** The name of the app's database. */
export const VAULT_DB_NAME = 'afterview'

/** The database name restores are staged in before they replace the real data. */
export const STAGING_DB_NAME = 'afterview-restore-staging'

/**
 * The IndexedDB database. Every feature shares the one `records` store, keyed by [table+id], so a
 * new feature needs no schema change: it just uses a new table name.
 */
export class VaultDb extends Dexie {
  records!: Table<RecordRow, [string, string]>
  meta!: Table<MetaRow, string>

  constructor(name: string = VAULT_DB_NAME) {
    super(name)
    this.version(1).stores({ records: '[table+id], table', meta: 'key' })
  }
}
