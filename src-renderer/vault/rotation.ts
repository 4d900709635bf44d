/**
 * Re-encrypting every row under the next data key, for a rotation journalled in the header
 * (src-shared/vault/rotationKeys.ts). Each batch is one transaction, and a row's envelope names
 * the key it is under, so the work is resumable from any point: a row is done exactly when it
 * carries the next key's id. Rows that do not open under the previous key (damaged ones) are
 * left as they are, never dropped. A row keeps its write counter, so the manifest still fits.
 *
 * With `files`, every attachment a row names moves to a new file under a new key first
 * (rotationFiles.ts): main writes the new file, the row naming it is stored, and the old files
 * are deleted once no row is left to do. Main is called outside the transactions (a transaction
 * would commit while waiting for it), so a batch stores only rows unchanged since they were read;
 * a row saved meanwhile is done again by the next pass, and files made for it alone are deleted.
 */
import {
  envelopeCounter,
  envelopeKeyId,
  openRecord,
  sealRecord,
} from '@shared/vault/recordEnvelope'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import { equalBytes, fromUtf8, utf8 } from '@shared/vault/bytes'
import type { RecordRow, VaultDb } from './db'
import {
  addToTrash,
  attachmentRefsIn,
  emptyTrash,
  rekeyFile,
  withRekeyedRefs,
  type RotationFiles,
} from './rotationFiles'

/** A point of a rotation, reported as it is passed (progress; tests stop the work there). */
export type RotationStep =
  | { kind: 'keys-made' }
  | { kind: 'journal-stored' }
  | { kind: 'file-rekeyed' }
  | { kind: 'batch-stored'; done: number; total: number }
  | { kind: 'file-removed' }
  | { kind: 'finished' }

/** Rows re-encrypted per transaction. */
export const ROTATION_BATCH_ROWS = 200

/** A file's new id and key. */
type Moved = { fileId: string; keyB64: string }

/** A row sealed under the next key, waiting for its batch's transaction. */
interface Resealed {
  row: RecordRow
  /** The envelope as read: the row is stored only if it is still this one. */
  before: Uint8Array
  /** Old files the new envelope no longer names. */
  replaced: string[]
  /** New files the new envelope names instead. */
  named: string[]
  /** Files made for this row in this batch (a subset of `named`). */
  made: string[]
}

/**
 * Re-encrypts every row still under `previous`, moving the attachments they name when `files` is
 * given, then deletes the old files; answers how many rows it re-encrypted.
 */
export async function reencryptRows(
  db: VaultDb,
  sodium: Sodium,
  previous: VaultKeys,
  next: VaultKeys,
  onStep: (step: RotationStep) => void,
  batchRows = ROTATION_BATCH_ROWS,
  files?: RotationFiles,
): Promise<number> {
  // Old file id -> its new file, for this run: a file two rows name moves once.
  const moved = new Map<string, Moved>()
  let total = 0
  // A second pass catches a row a concurrent save sealed under the previous key just before the
  // switch; a pass that finds nothing ends the work.
  for (;;) {
    const ids = await db.records.toCollection().primaryKeys()
    let done = 0
    let converted = 0
    for (let i = 0; i < ids.length; i += batchRows) {
      const chunk = ids.slice(i, i + batchRows)
      const resealed: Resealed[] = []
      for (const row of await db.records.bulkGet(chunk)) {
        if (!row || envelopeKeyId(row.ciphertext) !== previous.keyId) continue
        const plaintext = opened(sodium, previous, row)
        if (!plaintext) continue
        const rekeyed = files ? await moveFiles(files, plaintext, moved, onStep) : null
        const sealed = rekeyed?.plaintext ?? plaintext
        resealed.push({
          row: { table: row.table, id: row.id, ciphertext: seal(sodium, next, row, sealed) },
          before: row.ciphertext,
          replaced: rekeyed?.replaced ?? [],
          named: rekeyed?.named ?? [],
          made: rekeyed?.made ?? [],
        })
        sealed.fill(0)
        plaintext.fill(0)
      }
      converted += await db.transaction('rw', db.records, db.meta, () =>
        storeBatch(db, resealed, moved),
      )
      done += chunk.length
      onStep({ kind: 'batch-stored', done, total: ids.length })
    }
    total += converted
    if (converted === 0) break
  }
  if (files) await emptyTrash(db, files, () => onStep({ kind: 'file-removed' }))
  return total
}

/**
 * Stores the rows of a batch that no save changed since they were read, and journals the files
 * to delete: the old files of stored rows, and new ones made only for rows left for the next pass.
 */
async function storeBatch(
  db: VaultDb,
  resealed: readonly Resealed[],
  moved: Map<string, Moved>,
): Promise<number> {
  const current = await db.records.bulkGet(resealed.map((r) => [r.row.table, r.row.id]))
  const stored = resealed.filter((r, i) => {
    const now = current[i]
    return now !== undefined && equalBytes(now.ciphertext, r.before)
  })
  const kept = new Set(stored.flatMap((r) => r.named))
  const unused = resealed.flatMap((r) => r.made).filter((id) => !kept.has(id))
  for (const [old, file] of moved) if (unused.includes(file.fileId)) moved.delete(old)
  await addToTrash(db, [...stored.flatMap((r) => r.replaced), ...unused])
  await db.records.bulkPut(stored.map((r) => r.row))
  return stored.length
}

/**
 * Moves every attachment the record names to a new file (reusing one already moved in this run)
 * and answers the record's new plaintext; null when it names none that could move.
 */
async function moveFiles(
  files: RotationFiles,
  plaintext: Uint8Array,
  moved: Map<string, Moved>,
  onStep: (step: RotationStep) => void,
): Promise<{ plaintext: Uint8Array; replaced: string[]; named: string[]; made: string[] } | null> {
  let value: unknown
  try {
    value = JSON.parse(fromUtf8(plaintext))
  } catch {
    return null
  }
  const replaced: string[] = []
  const named: string[] = []
  const made: string[] = []
  for (const ref of attachmentRefsIn(value)) {
    if (replaced.includes(ref.fileId)) continue
    let file = moved.get(ref.fileId)
    if (!file) {
      const fresh = await rekeyFile(files, ref)
      if (!fresh) continue
      file = fresh
      moved.set(ref.fileId, file)
      made.push(file.fileId)
      onStep({ kind: 'file-rekeyed' })
    }
    replaced.push(ref.fileId)
    named.push(file.fileId)
  }
  if (replaced.length === 0) return null
  const plain = utf8(JSON.stringify(withRekeyedRefs(value, moved)))
  return { plaintext: plain, replaced, named, made }
}

/** The row's plaintext under the previous key, or null when it does not open (left as it is). */
function opened(sodium: Sodium, previous: VaultKeys, row: RecordRow): Uint8Array | null {
  try {
    return openRecord(sodium, previous.records, previous.keyId, row.table, row.id, row.ciphertext)
  } catch {
    return null
  }
}

/** `plaintext` sealed for `row` under the next key, keeping its write counter (same version). */
function seal(sodium: Sodium, next: VaultKeys, row: RecordRow, plaintext: Uint8Array): Uint8Array {
  const counter = envelopeCounter(row.ciphertext) ?? 0
  return sealRecord(sodium, next.records, next.keyId, row.table, row.id, plaintext, counter)
}
