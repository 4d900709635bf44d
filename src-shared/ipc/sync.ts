/**
 * The sync channels: the renderer's way to the folder the user chose to sync through. Main asks
 * for the folder with its own dialog and remembers it; the renderer names only files inside it,
 * relative to it (`vault-header.json`, `devices/<device id>/<file>`), never a path on disk.
 * A failure of the folder arrives as one of the folder port's kinds (src-shared/sync/folder.ts).
 */
import * as v from 'valibot'
import type { FolderEntry } from '../sync/folder'
import { keyIdsSchema } from '../sync/headerCopy'
import type { MovedFolderStanding } from '../sync/movedFolder'
import { isDeviceId } from '../sync/syncFile'
import { ATTACHMENT_DIGEST_PATTERN, FILE_ID_PATTERN } from '../domain/attachment'
import { base64Bytes } from './encoding'
import type { RequestSchemas } from './part'

/** The largest file main reads or writes in the synced folder: 64 MB, above any snapshot. */
export const MAX_SYNC_FILE_BYTES = 64 * 1000 * 1000

/** The folder sync goes through, as the renderer may know it. */
export interface SyncFolderInfo {
  /** False until the user picks a folder (and again after "Stop syncing"). */
  chosen: boolean
  /** The folder's own name, to show ("Afterview sync"); never its path. */
  label: string | null
}

/** A name inside the synced folder: main checks it again before touching the disk. */
const fileName = v.pipe(v.string(), v.minLength(1), v.maxLength(300))
const fileId = v.pipe(v.string(), v.regex(FILE_ID_PATTERN))
const digest = v.pipe(v.string(), v.regex(ATTACHMENT_DIGEST_PATTERN))

/** Response types of the sync channels. */
export interface SyncResponses {
  'sync/folder': SyncFolderInfo
  /** `chosen` stays as it was when the user cancelled the dialog. */
  'sync/choose-folder': SyncFolderInfo & { cancelled: boolean }
  /**
   * `label` is the folder sync goes through afterwards (the picked one only when it was
   * `same-folder`); `picked` the picked folder's own name, null when the user cancelled.
   */
  'sync/choose-folder-again': SyncFolderInfo & {
    outcome: MovedFolderStanding | 'cancelled'
    picked: string | null
  }
  'sync/forget-folder': SyncFolderInfo
  'sync/list': { entries: FolderEntry[] }
  /** `dataB64` is null when the file is gone (listed a moment ago, removed since). */
  'sync/read': { dataB64: string | null }
  'sync/write': null
  'sync/remove': null
  /**
   * `sent`: files copied to the folder; `arrived`: file ids taken from it; `waiting`: file ids
   * this computer lacks that the folder does not hold complete yet.
   */
  'sync/attachments': { sent: number; arrived: string[]; waiting: string[] }
  /** The files among those asked that are here and sealed as attachments, with their digests. */
  'sync/attachment-digests': { files: { fileId: string; digest: string }[] }
  /** The digests of the attachments the folder holds. */
  'sync/attachments-listed': { digests: string[] }
  'sync/attachment-remove': null
}

/** Request schemas of the sync channels, spread into the IPC contract. */
export const syncRequestSchemas = {
  /** Which folder, if any, sync goes through. */
  'sync/folder': v.strictObject({}),
  /** Asks the user for a folder with main's dialog, and remembers it. */
  'sync/choose-folder': v.strictObject({}),
  /**
   * The synced folder moved: asks the user where it is now, with main's dialog, and takes the
   * picked folder only when it holds this vault's header copy and files of this device
   * (src-shared/sync/movedFolder.ts); any other folder is only read, never written. Errors:
   * not-found (no folder chosen yet), or a problem of the picked folder.
   */
  'sync/choose-folder-again': v.strictObject({
    deviceId: v.pipe(v.string(), v.check(isDeviceId)),
    keyIds: keyIdsSchema,
  }),
  /** Stops syncing: main forgets the folder and stops watching it. The folder is left as it is. */
  'sync/forget-folder': v.strictObject({}),
  /** Every file of the folder. Errors: not-found (no folder chosen), or a folder problem. */
  'sync/list': v.strictObject({}),
  /** One file's bytes. Errors: not-found, too-large, or a folder problem. */
  'sync/read': v.strictObject({ name: fileName }),
  /** Writes one file whole, atomically. Errors: not-found, or a folder problem. */
  'sync/write': v.strictObject({ name: fileName, dataB64: base64Bytes(MAX_SYNC_FILE_BYTES) }),
  /**
   * Deletes one of this device's files (compaction); a file already gone is fine. Errors:
   * not-found, or a folder problem (`denied` for the header copy or a name outside `devices/`).
   */
  'sync/remove': v.strictObject({ name: fileName }),
  /**
   * Attachments the records name, by file id and digest (never a path): main copies the sealed
   * files the folder lacks into it, and takes those this computer lacks from it once complete.
   * Errors: not-found (no folder chosen), or a folder problem.
   */
  'sync/attachments': v.strictObject({
    files: v.pipe(v.array(v.strictObject({ fileId, digest })), v.maxLength(10_000)),
  }),
  /**
   * The digests of files on this computer that references written before digests existed name
   * (main reads the sealed bytes, never opens them). Missing files, or files that are not
   * attachments, are left out of the answer.
   */
  'sync/attachment-digests': v.strictObject({
    fileIds: v.pipe(v.array(fileId), v.maxLength(1_000)),
  }),
  /** Which attachments the folder holds, by digest. Errors: not-found, or a folder problem. */
  'sync/attachments-listed': v.strictObject({}),
  /**
   * Deletes the folder's copy of the attachment `digest` once no record names it on any live
   * device (attachmentSweep.ts); one already gone is fine. Errors: not-found, or a folder problem.
   */
  'sync/attachment-remove': v.strictObject({ digest }),
} as const satisfies RequestSchemas<SyncResponses>

/** Events main pushes about the synced folder. */
export interface SyncEvents {
  /** Something in the folder changed (a sync service brought a file, or the folder vanished). */
  'sync/changed': Record<string, never>
}
