/**
 * References written before attachments travelled have no digest, so no other computer could
 * find their files. During sync (and only then) the computer holding such a file asks main for
 * its digest, computed from the sealed bytes as they are, and saves the record with the digest
 * filled in: checked by its table's schema and saved once, like any edit, so it syncs and the
 * other computers then fetch the file. A few records a pass, so thousands never hold one up.
 *
 * A file missing here, or one that does not start as an attachment, gets no digest: its record
 * keeps its reference as it was, and the attachment list says the file is missing, as before.
 * A record that cannot be saved (its schema refuses it, the vault refuses the write) is left as
 * it was; neither is asked about again this session. A record whose vault copy lags behind the
 * merged one (another device's version its schema refused, a write-back still to come) waits:
 * saving the vault copy would undo the other device's edits in the document.
 */
import { readRecord, type RecordTable } from '@shared/records/schemas'
import type { RecordStore } from '../vault/recordStore'
import { attachmentRefsIn, withRekeyedRefs, type Rekeyed } from '../vault/rotationFiles'
import type { AttachmentFiles, AttachmentSync } from './attachmentSync'

/** How many records one pass gives digests to. */
export const DIGESTS_PER_PASS = 100

/** Gives references without a digest theirs, a batch a pass. */
export class DigestFiller {
  /** File ids main found no attachment for, and those of records that could not be saved. */
  private readonly given = new Set<string>()

  constructor(private readonly perPass = DIGESTS_PER_PASS) {}

  /**
   * Asks main for the digests of the next batch's files and saves each record that gained one,
   * leaving those `lagging` names for a later pass. Answers how many records were saved. Never
   * throws: a failure waits for the next pass.
   */
  async fill(
    store: Pick<RecordStore, 'get' | 'put'>,
    named: AttachmentSync,
    files: AttachmentFiles | undefined,
    lagging: (row: { table: string; id: string }) => boolean = () => false,
  ): Promise<number> {
    const batch = files
      ? named.undigested(this.perPass, this.given).filter((row) => !lagging(row))
      : []
    if (!files || batch.length === 0) return 0
    let found: Map<string, string>
    try {
      const answer = await files.digests([...new Set(batch.flatMap((r) => r.fileIds))])
      found = new Map(answer.map((f) => [f.fileId, f.digest]))
    } catch {
      return 0 // main did not answer: the same batch next pass
    }
    let saved = 0
    for (const { table, id, fileIds } of batch) {
      for (const fileId of fileIds) if (!found.has(fileId)) this.given.add(fileId)
      if (!fileIds.some((fileId) => found.has(fileId))) continue
      try {
        const value = await store.get(table, id)
        if (value === undefined) continue
        const read = readRecord(table as RecordTable, withDigests(value, found))
        if (!read.ok) throw new RangeError(read.problem)
        await store.put(table, id, read.value)
        saved++
      } catch {
        for (const fileId of fileIds) this.given.add(fileId)
      }
    }
    return saved
  }
}

/** `value` with each reference whose file `digests` knows given that digest; nothing else. */
function withDigests(value: unknown, digests: ReadonlyMap<string, string>): unknown {
  const next = new Map<string, Rekeyed>()
  for (const { fileId, keyB64 } of attachmentRefsIn(value)) {
    const digest = digests.get(fileId)
    if (digest) next.set(fileId, { fileId, keyB64, digest })
  }
  return withRekeyedRefs(value, next)
}
