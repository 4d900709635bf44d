/**
 * The synced folder forgets the attachment files no record names (ARCHITECTURE.md,
 * "Attachments"), by compaction's rule: a file goes only when no record on this computer names
 * its digest (delete conflicts included) and every live device's device file says it merged
 * past the change that dropped the last reference here. When this computer sees a digest
 * dropped it notes what it had merged of every device, itself included, once everything it
 * holds is published; a live device past that has merged the drop too.
 *
 * Any device may delete such a file: attachment files are shared and content-addressed, and a
 * device whose record names one again (a concurrent edit that won, an undone delete) sends it
 * again from its own copy, since each pass here checks that the folder still holds every file
 * a record names and has main offer again those it lacks. What is noted travels with
 * this device's sync state, so a restart only delays a deletion.
 */
import type { SeqByDevice } from '@shared/sync/deviceFile'
import type { SyncEngine } from '@shared/sync/syncEngine'
import type { AttachmentFiles, AttachmentSync } from './attachmentSync'

/** Digests no record here names, with what this device had merged when it saw that (null: not yet noted). */
export type UnnamedFiles = Record<string, SeqByDevice | null>

/** Deletes the folder's files no record names, once every live device has seen that. */
export class AttachmentSweep {
  private readonly unnamed: Map<string, SeqByDevice | null>

  constructor(saved: UnnamedFiles = {}) {
    this.unnamed = new Map(Object.entries(saved))
  }

  /** What to keep with this device's sync state. */
  saved(): UnnamedFiles {
    return Object.fromEntries(this.unnamed)
  }

  /**
   * Notes the digests `named` no longer names, offers the folder's missing files again, and
   * deletes what every live device has seen dropped. Answers true when what it keeps changed.
   * Never throws: a folder failure leaves the rest for the next pass.
   */
  async sweep(
    engine: Pick<SyncEngine, 'mergedNow' | 'seenEverywhere'>,
    named: AttachmentSync,
    files: AttachmentFiles | undefined,
  ): Promise<boolean> {
    let changed = false
    for (const digest of named.takeDropped()) {
      if (this.unnamed.has(digest)) continue
      this.unnamed.set(digest, null)
      changed = true
    }
    const now = engine.mergedNow()
    for (const [digest, at] of this.unnamed) {
      if (named.names(digest)) this.unnamed.delete(digest)
      else if (at === null && now) this.unnamed.set(digest, now)
      else continue
      changed = true
    }
    if (!files) return changed
    let inFolder: Set<string>
    try {
      inFolder = new Set(await files.listed())
    } catch {
      return changed
    }
    named.offerAgain(named.namedDigests().filter((digest) => !inFolder.has(digest)))
    for (const [digest, at] of this.unnamed) {
      if (at === null || !engine.seenEverywhere(at)) continue
      if (inFolder.has(digest)) {
        try {
          await files.remove(digest)
        } catch {
          return changed
        }
      }
      this.unnamed.delete(digest)
      changed = true
    }
    return changed
  }
}
