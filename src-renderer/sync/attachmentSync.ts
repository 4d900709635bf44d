/**
 * Attachments in sync (ARCHITECTURE.md, "Attachments"): the records travel through the sync
 * document; the sealed files they name travel through main, which copies them between the data
 * folder and the synced folder without opening them. The renderer names only file ids and
 * digests: which files the synced records name, and which of them have not arrived here yet.
 * A reference written before attachments travelled has no digest and stays on its computer.
 */
import type { HostBridge } from '@shared/ipc/bridge'
import type { AttachmentRef } from '@shared/domain/attachment'
import type { RecordDoc } from '@shared/sync/recordDoc'
import { attachmentRefsIn } from '../vault/rotationFiles'

/** One attachment as main copies it: its file here and the digest that names it in the folder. */
export interface SyncedFile {
  fileId: string
  digest: string
}

/** Main's copying, as a pass uses it; answers the file ids still waiting for the folder. */
export type AttachmentCopier = (files: SyncedFile[]) => Promise<{ waiting: string[] }>

/** Main's copying over `bridge` (the app's `host()`). */
export function hostAttachmentCopier(bridge: HostBridge): AttachmentCopier {
  return async (files) => bridge.call('sync/attachments', { files })
}

/** The attachments of `value` (a record) that can travel: those with a digest. */
export function syncedFilesIn(value: unknown): SyncedFile[] {
  return attachmentRefsIn(value).flatMap((ref: AttachmentRef) =>
    ref.digest ? [{ fileId: ref.fileId, digest: ref.digest }] : [],
  )
}

/**
 * The attachments the synced records name, kept up to date record by record, and which of them
 * wait for the folder. A pass asks main only when a record changed or something still waits.
 */
export class AttachmentSync {
  private readonly byRecord = new Map<string, SyncedFile[]>()
  private readonly touched = new Map<string, { table: string; id: string }>()
  private everything = true
  private waitingIds: string[] = []

  /** Files named by a record that this computer has not received yet. */
  get waiting(): readonly string[] {
    return this.waitingIds
  }

  /** A record changed (here or merged from another computer): read its files again. */
  touch(row: { table: string; id: string }): void {
    this.touched.set(`${row.table}\0${row.id}`, row)
  }

  /**
   * Sends and fetches what is needed for the records of `tables` in `records`. A failure (the
   * folder gone) is left for the pull to report; everything is tried again on the next pass.
   */
  async pass(
    records: RecordDoc,
    tables: readonly string[],
    copy: AttachmentCopier | undefined,
  ): Promise<void> {
    if (!copy) return
    const changed = this.everything || this.touched.size > 0
    if (this.everything) {
      this.byRecord.clear()
      for (const table of tables) {
        for (const { id, value } of records.table(table).records) this.keep(table, id, value)
      }
    } else {
      for (const [key, row] of this.touched) {
        this.byRecord.delete(key)
        this.keep(row.table, row.id, records.get(row.table, row.id))
      }
    }
    this.everything = false
    this.touched.clear()
    if (!changed && this.waitingIds.length === 0) return
    try {
      this.waitingIds = (await copy([...this.byRecord.values()].flat())).waiting
    } catch {
      this.everything = true
    }
  }

  private keep(table: string, id: string, value: unknown): void {
    const files = value === undefined ? [] : syncedFilesIn(value)
    if (files.length > 0) this.byRecord.set(`${table}\0${id}`, files)
  }
}

/**
 * Asks main for one attachment this computer lacks (the user opened it): answers true when it
 * is here now. Without a digest, or without a synced folder, it cannot come.
 */
export async function fetchAttachment(bridge: HostBridge, ref: AttachmentRef): Promise<boolean> {
  if (!ref.digest) return false
  try {
    const { waiting } = await bridge.call('sync/attachments', {
      files: [{ fileId: ref.fileId, digest: ref.digest }],
    })
    return waiting.length === 0
  } catch {
    return false
  }
}
