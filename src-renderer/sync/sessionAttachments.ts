/**
 * A sync session's part in attachments (ARCHITECTURE.md, "Attachments"): before the records
 * are published, old references get their digest (attachmentDigests.ts) and main sends and
 * fetches the files the records name (attachmentSync.ts); after the pass, the folder's files
 * no record names any more are deleted once every live device has seen that
 * (attachmentSweep.ts).
 */
import type { RecordDoc } from '@shared/sync/recordDoc'
import type { SyncEngine } from '@shared/sync/syncEngine'
import type { RecordStore } from '../vault/recordStore'
import { DigestFiller } from './attachmentDigests'
import { AttachmentSweep, type UnnamedFiles } from './attachmentSweep'
import { AttachmentSync, type AttachmentCopier, type AttachmentFiles } from './attachmentSync'

/** Main's attachment services, as a session uses them (none: attachments stay here). */
export interface SessionAttachmentPorts {
  /** Main's copying of attachment files through the folder. */
  attachments?: AttachmentCopier
  /** Main's digests of old references, and the folder's files. */
  attachmentFiles?: AttachmentFiles
}

/** The attachments of one sync session. */
export class SessionAttachments {
  private readonly named = new AttachmentSync()
  private readonly filler = new DigestFiller()
  private readonly sweeper: AttachmentSweep

  constructor(
    private readonly ports: SessionAttachmentPorts,
    private readonly tables: readonly string[],
    saved: UnnamedFiles | undefined,
  ) {
    this.sweeper = new AttachmentSweep(saved)
  }

  /** Files named by a record that this computer has not received yet. */
  get waiting(): readonly string[] {
    return this.named.waiting
  }

  /** How many files main has brought from the folder in this session. */
  get arrived(): number {
    return this.named.arrived
  }

  /** A record changed (here or merged from another computer): read its files again. */
  touch(row: { table: string; id: string }): void {
    this.named.touch(row)
  }

  /** Reads what the records name as the session starts, before any other computer's changes. */
  start(records: RecordDoc): void {
    this.named.refresh(records, this.tables)
  }

  /**
   * Gives a batch of old references their digest (not to records whose vault copy is
   * `lagging` behind the merged one), then sends and fetches files.
   */
  async beforePublish(
    records: RecordDoc,
    store: Pick<RecordStore, 'get' | 'put'>,
    lagging: (row: { table: string; id: string }) => boolean,
  ): Promise<void> {
    this.named.refresh(records, this.tables)
    await this.filler.fill(store, this.named, this.ports.attachmentFiles, lagging)
    await this.named.pass(records, this.tables, this.ports.attachments)
  }

  /** Deletes what no record names once every device has seen it; true when the state changed. */
  afterPublish(engine: Pick<SyncEngine, 'mergedNow' | 'seenEverywhere'>): Promise<boolean> {
    return this.sweeper.sweep(engine, this.named, this.ports.attachmentFiles)
  }

  /** What to keep with this device's sync state. */
  saved(): UnnamedFiles {
    return this.sweeper.saved()
  }
}
