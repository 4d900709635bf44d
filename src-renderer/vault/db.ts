import Dexie, { type ChromeTransactionDurability, type Table } from 'dexie'

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

  constructor(name: string = VAULT_DB_NAME, durability: ChromeTransactionDurability = 'default') {
    super(name, { chromeTransactionDurability: durability })
    this.version(1).stores({ records: '[table+id], table', meta: 'key' })
  }

  /**
   * Runs `work` on the same database through a second connection whose every transaction has
   * strict durability (Dexie sets durability per connection, not per transaction), then closes
   * it. For the writes a power cut must not half-undo: a rotation's batches, a restore's swap.
   */
  async strictly<T>(work: (db: VaultDb) => Promise<T>): Promise<T> {
    const strict = new VaultDb(this.name, 'strict')
    try {
      return await work(strict)
    } finally {
      strict.close()
    }
  }

  /**
   * Stores a meta row with strict durability (flushed to disk before it resolves): the header
   * and the rotation journal must survive a power cut, unlike Chromium's relaxed default.
   */
  async putMetaStrict(row: MetaRow): Promise<void> {
    if (!this.isOpen()) await this.open()
    const tx = this.backendDB().transaction('meta', 'readwrite', { durability: 'strict' })
    tx.objectStore('meta').put(row)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  }
}
