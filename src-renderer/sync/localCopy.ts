/**
 * What this device keeps between sessions for sync, sealed in the vault like any record (one row
 * of the table `sync-state`): its device id, the last file number it used, what it has
 * published, how far it has merged each device's files, the name the user gave it, the ids it
 * synced under before it joined again, its copy of the merged records (the Yjs
 * document), and its sync keys (the current and older ones, syncKeys.ts). A copy saved before
 * the keys were kept has none; the attachment files no record names any more, waiting to be
 * deleted from the folder (attachmentSweep.ts), and the deleted records waiting to be purged
 * from the document (tombstonePurge.ts), each absent in copies kept before them.
 */
import * as v from 'valibot'
import { ATTACHMENT_DIGEST_PATTERN } from '@shared/domain/attachment'
import { computerNameSchema } from '@shared/sync/deviceFile'
import { isValidRecordName } from '@shared/vault/backupPayload'
import { MAX_FORMER_IDS, type SyncLocalState } from '@shared/sync/syncEngine'
import { fromBase64, toBase64 } from '@shared/vault/bytes'
import type { RecordStore } from '../vault/recordStore'
import type { SavedKeys } from './syncKeys'
import type { UnnamedFiles } from './attachmentSweep'

/** The vault table and id of this device's sync state; not a synced table. */
export const SYNC_STATE = { table: 'sync-state', id: 'local' } as const

const deviceId = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))
const seq = v.pipe(v.number(), v.integer(), v.minValue(0))
const digest = v.pipe(v.string(), v.regex(ATTACHMENT_DIGEST_PATTERN))
const recordName = v.pipe(v.string(), v.check(isValidRecordName))
const heldDelete = v.strictObject({
  table: recordName,
  id: recordName,
  stamp: v.string(),
  at: v.record(deviceId, seq),
})
const savedSchema = v.strictObject({
  device: deviceId,
  seq,
  published: v.nullable(v.string()),
  /** What the saved document holds of each device's files (absent in copies kept before it). */
  merged: v.optional(v.record(deviceId, seq)),
  /** The name the user gave this computer (absent until named). */
  name: v.optional(computerNameSchema),
  /** The ids it synced under before it was removed and joined again (absent if it never did). */
  formerly: v.optional(v.pipe(v.array(deviceId), v.maxLength(MAX_FORMER_IDS))),
  records: v.string(),
  unnamedFiles: v.optional(v.record(digest, v.nullable(v.record(deviceId, seq)))),
  /** Deleted records waiting to be purged (absent when none, and in copies kept before it). */
  heldDeletes: v.optional(v.array(heldDelete)),
  keyIds: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  keys: v.optional(
    v.array(
      v.strictObject({ keyId: v.pipe(v.number(), v.integer(), v.minValue(0)), key: v.string() }),
    ),
  ),
})

/** The state and the records' document, as saved. */
export interface LocalCopy {
  local: SyncLocalState
  records: Uint8Array
  keys: SavedKeys | null
  /** Attachment files no record names, waiting to be deleted from the folder. */
  unnamedFiles?: UnnamedFiles
}

/**
 * The saved copy, or null on a device that never synced. A copy that no longer reads is
 * answered as null too: the device then starts afresh under a new id and loses nothing, since
 * its records are in the vault and every other device's are in the folder.
 */
export async function loadLocalCopy(records: Pick<RecordStore, 'get'>): Promise<LocalCopy | null> {
  let saved: unknown
  try {
    saved = await records.get(SYNC_STATE.table, SYNC_STATE.id)
  } catch {
    return null
  }
  const parsed = v.safeParse(savedSchema, saved)
  if (!parsed.success) return null
  const { records: body, keyIds, keys, unnamedFiles, ...local } = parsed.output
  const savedKeys =
    keyIds && keys
      ? { keyIds, keys: keys.map(({ keyId, key }) => ({ keyId, key: fromBase64(key) })) }
      : null
  return {
    local,
    records: fromBase64(body),
    keys: savedKeys,
    ...(unnamedFiles ? { unnamedFiles } : {}),
  }
}

/** Saves this device's state and copy of the records. */
export function saveLocalCopy(records: Pick<RecordStore, 'put'>, copy: LocalCopy): Promise<void> {
  return records.put(SYNC_STATE.table, SYNC_STATE.id, {
    ...copy.local,
    records: toBase64(copy.records),
    ...(copy.unnamedFiles && Object.keys(copy.unnamedFiles).length > 0
      ? { unnamedFiles: copy.unnamedFiles }
      : {}),
    ...(copy.keys
      ? {
          keyIds: copy.keys.keyIds,
          keys: copy.keys.keys.map(({ keyId, key }) => ({ keyId, key: toBase64(key) })),
        }
      : {}),
  })
}
