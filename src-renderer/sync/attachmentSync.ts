/**
 * Attachments in sync (ARCHITECTURE.md, "Attachments"): the records travel through the sync
 * document; the sealed files they name travel through main, which copies them between the data
 * folder and the synced folder without opening them. The renderer names only file ids and
 * digests: which files the synced records name, and which of them have not arrived here yet.
 * A reference written before attachments travelled gets its digest during sync, on the computer
 * that holds its file (attachmentDigests.ts); the folder's copy of a file no record names any
 * more is deleted once every live device has seen that (attachmentSweep.ts).
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

/**
 * Main's copying, as a pass uses it: answers the file ids still waiting for the folder, and
 * those that arrived from it.
 */
export type AttachmentCopier = (
  files: SyncedFile[],
) => Promise<{ waiting: string[]; arrived: string[] }>

/** The most files one call to main carries (its channel refuses more than 10,000). */
export const FILES_PER_CALL = 5_000

/** Main's copying over `bridge` (the app's `host()`). */
export function hostAttachmentCopier(bridge: HostBridge): AttachmentCopier {
  return async (files) => bridge.call('sync/attachments', { files })
}

/** Main's other services for attachments in sync: never a path, only file ids and digests. */
export interface AttachmentFiles {
  /** The digests of the files among `fileIds` that are on this computer, sealed as attachments. */
  digests(fileIds: string[]): Promise<SyncedFile[]>
  /** The digests of the attachments the synced folder holds. */
  listed(): Promise<string[]>
  /** Deletes the synced folder's copy of the attachment `digest` (one already gone is fine). */
  remove(digest: string): Promise<void>
}

/** Main's attachment services over `bridge` (the app's `host()`). */
export function hostAttachmentFiles(bridge: HostBridge): AttachmentFiles {
  return {
    digests: async (fileIds) => (await bridge.call('sync/attachment-digests', { fileIds })).files,
    listed: async () => (await bridge.call('sync/attachments-listed', {})).digests,
    remove: async (digest) => {
      await bridge.call('sync/attachment-remove', { digest })
    },
  }
}

/** A record whose references include some without a digest, and their file ids. */
export interface UndigestedRecord {
  table: string
  id: string
  fileIds: string[]
}

/**
 * The attachments the synced records name (delete conflicts included), kept up to date record
 * by record, and which of them wait for the folder. A pass asks main only about what it must:
 * the files of the records read since the last pass, the files still waiting, and those the
 * folder was found to lack (the sweep compares its listing with what the records name); every
 * file only at the first pass of a session and after a pass whose copying failed. So an edit
 * costs main a look at that record's files, not at every file of the vault.
 */
export class AttachmentSync {
  private readonly byRecord = new Map<
    string,
    { table: string; id: string; refs: AttachmentRef[] }
  >()
  /** How many records name each digest. */
  private readonly naming = new Map<string, number>()
  /** Digests no record names any more since `takeDropped` was last asked. */
  private readonly dropped = new Set<string>()
  private readonly touched = new Map<string, { table: string; id: string }>()
  /** Read every record at the next refresh (the session's first). */
  private everything = true
  /** Offer main every file the records name at the next pass. */
  private askAll = true
  /** The files of the records read since the last pass, by file id. */
  private readonly fresh = new Map<string, SyncedFile>()
  /** Digests the folder was found to lack, to offer again. */
  private readonly lacking = new Set<string>()
  private waitingFiles: SyncedFile[] = []
  private arrivedCount = 0

  /** Files named by a record that this computer has not received yet. */
  get waiting(): readonly string[] {
    return this.waitingFiles.map((f) => f.fileId)
  }

  /** How many files main has brought from the folder to this computer in this session. */
  get arrived(): number {
    return this.arrivedCount
  }

  /** A record changed (here or merged from another computer): read its files again. */
  touch(row: { table: string; id: string }): void {
    this.touched.set(`${row.table}\0${row.id}`, row)
  }

  /** True when some record here names the file with `digest`. */
  names(digest: string): boolean {
    return (this.naming.get(digest) ?? 0) > 0
  }

  /** Every digest some record here names. */
  namedDigests(): string[] {
    return [...this.naming.keys()]
  }

  /** The digests no record has named since the last call, each once. */
  takeDropped(): string[] {
    const out = [...this.dropped]
    this.dropped.clear()
    return out
  }

  /** The folder lacks the files `digests` name: offer them to main again on the next pass. */
  offerAgain(digests: Iterable<string>): void {
    for (const digest of digests) this.lacking.add(digest)
  }

  /** Up to `limit` records with references that have no digest, leaving out `skip`'s file ids. */
  undigested(limit: number, skip: ReadonlySet<string>): UndigestedRecord[] {
    const out: UndigestedRecord[] = []
    for (const { table, id, refs } of this.byRecord.values()) {
      const fileIds = refs.filter((r) => !r.digest && !skip.has(r.fileId)).map((r) => r.fileId)
      if (fileIds.length > 0) out.push({ table, id, fileIds })
      if (out.length >= limit) break
    }
    return out
  }

  /** Reads again the records of `tables` that changed since the last call (all, at first). */
  refresh(records: RecordDoc, tables: readonly string[]): void {
    if (this.everything) {
      const seen = new Set<string>()
      for (const table of tables) {
        const { records: rows, conflicts } = records.table(table)
        for (const { id, value } of [...rows, ...conflicts]) {
          seen.add(`${table}\0${id}`)
          this.keep(table, id, value)
        }
      }
      for (const [key, row] of this.byRecord) if (!seen.has(key)) this.keep(row.table, row.id)
      this.everything = false
    } else {
      const conflictTables = new Set<string>()
      for (const row of this.touched.values()) {
        const value = records.get(row.table, row.id)
        if (value === undefined) conflictTables.add(row.table)
        this.keep(row.table, row.id, value)
      }
      // A record deleted here while edited elsewhere is kept as a conflict: it still names its files.
      for (const table of conflictTables) {
        for (const { id, value } of records.conflicts(table)) {
          if (this.touched.has(`${table}\0${id}`)) this.keep(table, id, value)
        }
      }
    }
    this.touched.clear()
  }

  /**
   * Reads what changed in `records` (`refresh`), then has main send and fetch what is needed.
   * A failure (the folder gone) is left for the pull to report; every file is offered again on
   * the next pass.
   */
  async pass(
    records: RecordDoc,
    tables: readonly string[],
    copy: AttachmentCopier | undefined,
  ): Promise<void> {
    this.refresh(records, tables)
    if (!copy) {
      this.fresh.clear()
      this.lacking.clear()
      return
    }
    const files = this.askAll ? this.allFiles() : this.dueFiles()
    this.askAll = false
    this.fresh.clear()
    this.lacking.clear()
    const waiting: SyncedFile[] = []
    try {
      for (let at = 0; at < files.length; at += FILES_PER_CALL) {
        const chunk = files.slice(at, at + FILES_PER_CALL)
        const answer = await copy(chunk)
        const still = new Set(answer.waiting)
        waiting.push(...chunk.filter((f) => still.has(f.fileId)))
        this.arrivedCount += answer.arrived.length
      }
      this.waitingFiles = waiting
    } catch {
      this.askAll = true
    }
  }

  /** Every file the records name, once each. */
  private allFiles(): SyncedFile[] {
    const files = new Map<string, SyncedFile>()
    for (const { refs } of this.byRecord.values()) {
      for (const r of refs)
        if (r.digest) files.set(r.fileId, { fileId: r.fileId, digest: r.digest })
    }
    return [...files.values()]
  }

  /**
   * The files of the records read since the last pass, those the folder lacks, and those still
   * waiting that a record names.
   */
  private dueFiles(): SyncedFile[] {
    const files = new Map(this.fresh)
    if (this.lacking.size > 0) {
      for (const { refs } of this.byRecord.values()) {
        for (const r of refs) {
          if (r.digest && this.lacking.has(r.digest)) {
            files.set(r.fileId, { fileId: r.fileId, digest: r.digest })
          }
        }
      }
    }
    for (const file of this.waitingFiles) {
      if (!files.has(file.fileId) && this.names(file.digest)) files.set(file.fileId, file)
    }
    return [...files.values()]
  }

  /** Notes the references of record `table`/`id` (none: absent or deleted). */
  private keep(table: string, id: string, value?: unknown): void {
    const key = `${table}\0${id}`
    const refs = value === undefined ? [] : attachmentRefsIn(value)
    for (const r of refs) {
      if (r.digest) this.fresh.set(r.fileId, { fileId: r.fileId, digest: r.digest })
    }
    const before = digestsOf(this.byRecord.get(key)?.refs ?? [])
    const after = digestsOf(refs)
    for (const digest of after) {
      if (before.has(digest)) continue
      this.naming.set(digest, (this.naming.get(digest) ?? 0) + 1)
      this.dropped.delete(digest)
    }
    for (const digest of before) {
      if (after.has(digest)) continue
      const left = (this.naming.get(digest) ?? 1) - 1
      if (left > 0) this.naming.set(digest, left)
      else {
        this.naming.delete(digest)
        this.dropped.add(digest)
      }
    }
    if (refs.length > 0) this.byRecord.set(key, { table, id, refs })
    else this.byRecord.delete(key)
  }
}

function digestsOf(refs: readonly AttachmentRef[]): Set<string> {
  return new Set(refs.flatMap((r) => (r.digest ? [r.digest] : [])))
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
