/**
 * Re-encrypting every row under the next data key, for a rotation journalled in the header
 * (src-shared/vault/rotationKeys.ts). Each batch is one transaction, and a row's envelope names
 * the key it is under, so the work is resumable from any point: a row is done exactly when it
 * carries the next key's id. Rows that do not open under the previous key (damaged ones) are
 * left as they are, never dropped. A row keeps its write counter, so the manifest still fits.
 */
import {
  envelopeCounter,
  envelopeKeyId,
  openRecord,
  sealRecord,
} from '@shared/vault/recordEnvelope'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import type { RecordRow, VaultDb } from './db'

/** A point of a rotation, reported as it is passed (progress; tests stop the work there). */
export type RotationStep =
  | { kind: 'keys-made' }
  | { kind: 'journal-stored' }
  | { kind: 'batch-stored'; done: number; total: number }
  | { kind: 'finished' }

/** Rows re-encrypted per transaction. */
export const ROTATION_BATCH_ROWS = 200

/** Re-encrypts every row still under `previous`; answers how many rows it re-encrypted. */
export async function reencryptRows(
  db: VaultDb,
  sodium: Sodium,
  previous: VaultKeys,
  next: VaultKeys,
  onStep: (step: RotationStep) => void,
  batchRows = ROTATION_BATCH_ROWS,
): Promise<number> {
  let total = 0
  // A second pass catches a row a concurrent save sealed under the previous key just before the
  // switch; a pass that finds nothing ends the work.
  for (;;) {
    const ids = await db.records.toCollection().primaryKeys()
    let done = 0
    let converted = 0
    for (let i = 0; i < ids.length; i += batchRows) {
      const chunk = ids.slice(i, i + batchRows)
      converted += await db.transaction('rw', db.records, async () => {
        const rows = await db.records.bulkGet(chunk)
        const out: RecordRow[] = []
        for (const row of rows) {
          if (!row || envelopeKeyId(row.ciphertext) !== previous.keyId) continue
          const resealed = reseal(sodium, previous, next, row)
          if (resealed) out.push(resealed)
        }
        await db.records.bulkPut(out)
        return out.length
      })
      done += chunk.length
      onStep({ kind: 'batch-stored', done, total: ids.length })
    }
    total += converted
    if (converted === 0) return total
  }
}

function reseal(sodium: Sodium, previous: VaultKeys, next: VaultKeys, row: RecordRow) {
  let plaintext: Uint8Array
  try {
    plaintext = openRecord(
      sodium,
      previous.records,
      previous.keyId,
      row.table,
      row.id,
      row.ciphertext,
    )
  } catch {
    return null
  }
  // The row keeps its write counter: it is the same version, under another key.
  const counter = envelopeCounter(row.ciphertext) ?? 0
  const ciphertext = sealRecord(
    sodium,
    next.records,
    next.keyId,
    row.table,
    row.id,
    plaintext,
    counter,
  )
  plaintext.fill(0)
  return { table: row.table, id: row.id, ciphertext }
}
