/**
 * The floor: the least work any load of the vault must do. It reads the same ciphertext rows from
 * IndexedDB with one raw getAll on the table index (no Dexie), and opens the same envelopes with
 * libsodium (the shared envelope code is a header split plus one AEAD call). The app's load is
 * measured against it, so the ratio shows what the stores add: JSON, copies, reactivity.
 */
import { fromBase64 } from '@shared/vault/bytes'
import { openRecord } from '@shared/vault/recordEnvelope'
import { loadSodium } from '@shared/vault/sodium'
import { VAULT_DB_NAME, type RecordRow } from '../../../src-renderer/vault/db'

/** The floor's two halves, in milliseconds, and how much it read. */
export interface FloorResult {
  readMs: number
  decryptMs: number
  rows: number
  bytes: number
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/** Reads every row of `table` and decrypts it with the records key (base64) of `keyId`. */
export async function measureFloor(
  table: string,
  recordsKey: string,
  keyId: number,
): Promise<FloorResult> {
  const sodium = await loadSodium()
  const key = fromBase64(recordsKey)
  const db = await request(indexedDB.open(VAULT_DB_NAME))
  try {
    const started = performance.now()
    const store = db.transaction('records', 'readonly').objectStore('records')
    const rows = (await request(
      store.index('table').getAll(IDBKeyRange.only(table)),
    )) as RecordRow[]
    const read = performance.now()
    let bytes = 0
    for (const row of rows) {
      bytes += openRecord(sodium, key, keyId, row.table, row.id, row.ciphertext).length
    }
    const decrypted = performance.now()
    return { readMs: read - started, decryptMs: decrypted - read, rows: rows.length, bytes }
  } finally {
    db.close()
    sodium.memzero(key)
  }
}
