/**
 * Attachments in a rotation. A record keeps each of its files' keys inside it, so someone with
 * the old passphrase and an old copy of the record (IndexedDB's log files keep them) could open
 * the files it names. A rotation therefore has main encrypt each file again under a new key into
 * a new file before the record that names it is stored, and deletes the old files only once
 * every record is done. Which old files are to go is journalled in a meta row written in the
 * same transaction as the records that stopped naming them, so an interrupted rotation still
 * deletes them when it resumes.
 */
import * as v from 'valibot'
import { attachmentRefSchema, type AttachmentRef } from '@shared/domain/attachment'
import { host } from '../host'
import { kindOf } from '../errors/sentences'
import type { VaultDb } from './db'

/** Main's attachment files, as a rotation needs them. */
export interface RotationFiles {
  /**
   * Encrypts the file again under a new key into a new file; answers the new id and key, and
   * the new file's digest (main's always do).
   */
  rekey(fileId: string, keyB64: string): Promise<Rekeyed>
  /** Deletes a file; a missing one is not an error. */
  remove(fileId: string): Promise<void>
}

/** A file encrypted again: its new id, key and (for sync) digest. */
export interface Rekeyed {
  fileId: string
  keyB64: string
  digest?: string
}

/** Main's files, over the bridge. */
export function hostRotationFiles(): RotationFiles {
  return {
    rekey: (fileId, keyB64) => host().call('attachments/rekey', { fileId, keyB64 }),
    remove: async (fileId) => {
      await host().call('attachments/delete', { fileId })
    },
  }
}

/** The meta row listing files to delete once the rotation has moved every record. */
export const ROTATION_TRASH_KEY = 'rotation-trash'

/** Errors that say a file cannot be re-keyed at all: its record keeps it as it is. */
const FILE_BEYOND_HELP = new Set([
  'not-found',
  'not-an-attachment',
  'corrupt-attachment',
  'truncated-attachment',
  'unsupported-version',
])

/** Every attachment reference inside a record's value, wherever the feature keeps it. */
export function attachmentRefsIn(value: unknown): AttachmentRef[] {
  const found: AttachmentRef[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node === null || typeof node !== 'object') return
    // Only an object with a file id can be a reference: the schema is checked on those alone.
    else if ('fileId' in node && v.is(attachmentRefSchema, node)) found.push(node)
    else Object.values(node).forEach(walk)
  }
  walk(value)
  return found
}

/** `value` with each reference whose file id `next` maps given the new file id and key. */
export function withRekeyedRefs(value: unknown, next: ReadonlyMap<string, Rekeyed>): unknown {
  if (Array.isArray(value)) return value.map((item) => withRekeyedRefs(item, next))
  if (v.is(attachmentRefSchema, value)) {
    const moved = next.get(value.fileId)
    if (!moved) return value
    // The old digest named the old file: keep only the new file's.
    const { digest: _old, ...rest } = value
    return { ...rest, ...moved }
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withRekeyedRefs(item, next)]),
    )
  }
  return value
}

/**
 * The new file for `ref`, or null when its file is missing or damaged (the record keeps the
 * reference it had: there is nothing the new key could protect). Any other failure stops the
 * rotation, which resumes at the next unlock with every old file still in place.
 */
export async function rekeyFile(files: RotationFiles, ref: AttachmentRef): Promise<Rekeyed | null> {
  try {
    return await files.rekey(ref.fileId, ref.keyB64)
  } catch (error) {
    const kind = kindOf(error)
    if (kind && FILE_BEYOND_HELP.has(kind)) return null
    throw error
  }
}

/** The file ids journalled for deletion (inside a transaction over `db.meta`). */
export async function trashedFiles(db: VaultDb): Promise<string[]> {
  const row = await db.meta.get(ROTATION_TRASH_KEY)
  if (!row) return []
  const ids = JSON.parse(row.value) as unknown
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}

/** Adds `ids` to the journal (inside the transaction that stores the records). */
export async function addToTrash(db: VaultDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  const all = new Set([...(await trashedFiles(db)), ...ids])
  await db.meta.put({ key: ROTATION_TRASH_KEY, value: JSON.stringify([...all]) })
}

/** Deletes every journalled file, telling `onRemoved` after each, then the journal itself. */
export async function emptyTrash(
  db: VaultDb,
  files: RotationFiles,
  onRemoved: () => void,
): Promise<void> {
  for (const fileId of await trashedFiles(db)) {
    await files.remove(fileId)
    onRemoved()
  }
  await db.meta.delete(ROTATION_TRASH_KEY)
}
