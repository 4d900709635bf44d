/**
 * Reading the record store's rows: a whole table from IndexedDB in chunks, and one row's
 * ciphertext opened into its JSON value. What a value means (its schema, the manifest's version)
 * is the record store's business (recordStore.ts).
 */
import { fromUtf8 } from '@shared/vault/bytes'
import { VaultError } from '@shared/vault/errors'
import { openRecord } from '@shared/vault/recordEnvelope'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import type { RecordRow, VaultDb } from './db'
import { keysFor } from './manifestOpen'

/** Rows read per IndexedDB request while loading a table. */
const CHUNK_ROWS = 100

/**
 * The rows of `table` as chunks of CHUNK_ROWS, in id order, read in one transaction (one
 * consistent snapshot). Uses the raw IndexedDB API: the chunk requests must go out in the
 * callback that has the keys, not a microtask later, and all before the first is decrypted.
 */
export function readChunks(db: VaultDb, table: string): Promise<Promise<RecordRow[]>[]> {
  const store = db.backendDB().transaction('records', 'readonly').objectStore('records')
  const keysRequest = store.getAllKeys(IDBKeyRange.bound([table, ''], [table, []]))
  return new Promise((resolve, reject) => {
    keysRequest.onerror = () => reject(keysRequest.error)
    keysRequest.onsuccess = () => {
      const ids = keysRequest.result as IDBValidKey[]
      const chunks: Promise<RecordRow[]>[] = []
      for (let i = 0; i < ids.length; i += CHUNK_ROWS) {
        const last = ids[Math.min(i + CHUNK_ROWS, ids.length) - 1]!
        const request = store.getAll(IDBKeyRange.bound(ids[i]!, last))
        chunks.push(
          new Promise((done, fail) => {
            request.onsuccess = () => done(request.result as RecordRow[])
            request.onerror = () => fail(request.error)
          }),
        )
      }
      // A failed chunk is reported when its turn comes; until then it is not "unhandled".
      for (const chunk of chunks) chunk.catch(() => {})
      resolve(chunks)
    }
  })
}

/** One row's value, decrypted and parsed; throws a VaultError when it does not open. */
export function openRow(
  sodium: Sodium,
  keys: VaultKeys,
  table: string,
  id: string,
  ciphertext: Uint8Array,
): unknown {
  // During a change of data key, rows not yet re-encrypted are still under the previous key.
  const under = keysFor(keys, ciphertext)
  const plaintext = openRecord(sodium, under.records, under.keyId, table, id, ciphertext)
  try {
    return JSON.parse(fromUtf8(plaintext)) as unknown
  } catch {
    throw new VaultError('corrupt-record', 'decrypted record is not JSON')
  } finally {
    plaintext.fill(0)
  }
}
