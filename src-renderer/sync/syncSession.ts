/**
 * Sync while the vault is unlocked (ARCHITECTURE.md, "Sync"): one engine over the folder main
 * keeps, fed by every save the vault's record store makes, and writing what other devices
 * changed back into the vault, where each record is checked by its table's schema.
 *
 * - A record another device sent that its table's schema refuses is not written; it stays in the
 *   merged document and is listed in `rejected` (with the schema's problem, never the value).
 * - A record deleted on one device while another edited it is kept, with every edit merged in,
 *   and listed in `conflicts` for the user to keep (any save) or delete again.
 * - Nothing here throws into the app: a pass that fails is reported in the status and retried.
 */
import { readRecord, type RecordTable } from '@shared/records/schemas'
import type { Instant } from '@shared/domain/time'
import type { SyncFolder } from '@shared/sync/folder'
import type { DeleteConflict, RecordValue } from '@shared/sync/recordDoc'
import { tidyComputerName } from '@shared/sync/deviceFile'
import type { SyncIdentity } from '@shared/sync/movedFolder'
import type { FileIssue, WaitingReason } from '@shared/sync/status'
import { SyncEngine } from '@shared/sync/syncEngine'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import { isVaultError } from '@shared/vault/errors'
import { TABLES } from '../session/tableNames'
import type { RecordStore, WrittenRows } from '../vault/recordStore'
import { loadLocalCopy, saveLocalCopy, type LocalCopy } from './localCopy'
import { SessionKeys, type HeaderRequest } from './syncKeys'
import type { RejectedRecord, SyncSessionStatus, UnsavedRecord } from './sessionStatus'
import { SessionAttachments, type SessionAttachmentPorts } from './sessionAttachments'

/**
 * The tables that travel: everything a user keeps about the search. Not `reminder-ids` (this
 * computer's notification ids) and not `vault-settings` (this computer's lock settings).
 */
export const SYNCED_TABLES: readonly RecordTable[] = [
  TABLES.opportunities,
  TABLES.referees,
  TABLES.settings,
  TABLES.pipeline,
  TABLES.offers,
  TABLES.profile,
  TABLES.plans,
]
const synced: ReadonlySet<string> = new Set(SYNCED_TABLES)

/** What a session is built from. */
export interface SyncSessionDeps extends SessionAttachmentPorts {
  sodium: Sodium
  records: RecordStore
  folder: SyncFolder
  /** The vault's keys now (the sync key and its id come from the data key). */
  keys: () => VaultKeys
  /** The vault's header text now (non-secret), for the folder's copy. */
  headerText: () => Promise<string>
  now: () => Instant
  /** Told after records from other devices were written into the vault (stores reload). */
  onMerged?: () => void | Promise<void>
}

/** One device's sync for one unlocked session. */
export class SyncSession {
  private readonly stops: (() => void)[] = []
  /** Records other devices changed, not yet written into the vault. */
  private readonly touched = new Map<string, { table: string; id: string }>()
  /** Rows this session is writing into the vault: their writes are not fed back. */
  private readonly writingBack = new Set<string>()
  private readonly attachments: SessionAttachments
  private rejected = new Map<string, RejectedRecord>()
  private unsaved = new Map<string, UnsavedRecord>()
  private lastPassAt: Instant | null = null
  private header: HeaderRequest | null = null
  /**
   * Keep the state after the next pass even when it merged and published nothing (new keys,
   * a new name or id, or a change written here that could not be published).
   */
  private mustKeep: boolean
  private running: Promise<void> | null = null
  private again = false
  private closed = false

  private constructor(
    private readonly deps: SyncSessionDeps,
    readonly engine: SyncEngine,
    private readonly keys: SessionKeys,
    saved: LocalCopy | null,
  ) {
    this.mustKeep = saved?.keys == null || keys.changed
    this.attachments = new SessionAttachments(deps, SYNCED_TABLES, saved?.unnamedFiles)
    this.stops.push(
      engine.records.onMerge((rows) => {
        for (const row of rows) {
          if (!synced.has(row.table)) continue
          this.touched.set(key(row), row)
          this.attachments.touch(row)
        }
      }),
      deps.records.onWrite((rows) => this.noteWrites(rows)),
    )
  }

  /**
   * Starts sync over the unlocked vault: this device's saved copy, or on its first sync every
   * record of the vault, which its first batch then carries to the others.
   */
  static async start(deps: SyncSessionDeps): Promise<SyncSession> {
    const { sodium } = deps
    const saved = await loadLocalCopy(deps.records)
    const newDeviceId = () => sodium.to_hex(sodium.randombytes_buf(16))
    const keys = new SessionKeys(sodium, deps.keys, saved?.keys ?? null)
    // After a change of key, everything this device holds goes once under the new key, so a
    // computer that never had the previous key (a change made on two at once) still gets it.
    const engine = new SyncEngine({
      sodium,
      folder: deps.folder,
      keys: keys.ring(),
      now: deps.now,
      newDeviceId,
      local: saved?.local ?? { device: newDeviceId(), seq: 0, published: null },
      ...(saved ? { records: saved.records } : {}),
      snapshotOwed: saved?.keys != null && keys.changed,
    })
    const session = new SyncSession(deps, engine, keys, saved)
    if (!saved) {
      for (const table of SYNCED_TABLES) {
        for (const { id, value } of (await deps.records.all(table)).records) {
          if (isPlainRecord(value)) engine.records.put(table, id, value)
        }
      }
    }
    session.attachments.start(engine.records)
    return session
  }

  private noteWrites(rows: WrittenRows): void {
    if (this.closed) return
    for (const row of rows) {
      if (!synced.has(row.table) || this.writingBack.has(key(row))) continue
      this.attachments.touch(row)
      // Kept at the next pass even when it cannot be published (the folder gone, or this
      // computer removed from sync): a restart must not lose it before it reaches the others.
      if (row.value === undefined) this.engine.records.remove(row.table, row.id)
      else if (!isPlainRecord(row.value) || !this.engine.records.put(row.table, row.id, row.value))
        continue
      this.mustKeep = true
    }
  }

  /**
   * One pass: read the folder, write what others changed into the vault, publish this device's
   * changes, keep the state. Passes never overlap: one asked for during a pass runs after it.
   */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      try {
        do {
          this.again = false
          await this.pass()
        } while (this.again && !this.closed)
      } finally {
        this.running = null
      }
    })()
    return this.running
  }

  private async pass(): Promise<void> {
    if (this.closed) return
    this.engine.setKeys(this.keys.ring())
    this.header = await this.keys
      .checkHeader(this.deps.folder, this.deps.headerText)
      .catch(() => this.header) // a folder failure: the pull reports it
    await this.engine.pull()
    const wrote = await this.writeBack()
    // Files go before the records naming them are published, so they seldom arrive later.
    await this.attachments.beforePublish(this.engine.records, this.deps.records, (row) =>
      [this.rejected, this.unsaved, this.touched].some((rows) => rows.has(key(row))),
    )
    const published = await this.engine.publish()
    const maintained = await this.engine.maintain()
    const swept = await this.attachments.afterPublish(this.engine)
    if (wrote || published || maintained || swept || this.mustKeep) await this.keep()
    this.lastPassAt = this.deps.now()
    if (wrote) await this.deps.onMerged?.()
  }

  /** Writes the records other devices changed into the vault. Answers true when it wrote. */
  private async writeBack(): Promise<boolean> {
    if (this.touched.size === 0) return false
    const rows = [...this.touched.values()]
    this.touched.clear()
    const puts: { table: string; id: string; value: unknown }[] = []
    const removes: { table: string; id: string }[] = []
    for (const row of rows) {
      this.rejected.delete(key(row))
      const value =
        this.engine.records.get(row.table, row.id) ?? this.conflictOf(row.table, row.id)?.value
      if (value === undefined) {
        removes.push(row)
        continue
      }
      const read = readRecord(row.table as RecordTable, value)
      if (read.ok) puts.push({ ...row, value: read.value })
      else this.rejected.set(key(row), { ...row, problem: read.problem })
    }
    const present = new Set<string>()
    for (const table of new Set(removes.map((r) => r.table))) {
      for (const id of await this.deps.records.ids(table)) present.add(`${table}\0${id}`)
    }
    const toRemove = removes.filter((row) => present.has(key(row)))
    await this.write(puts, (batch) => this.deps.records.putMany(batch))
    await this.write(toRemove, (batch) => this.deps.records.removeMany(batch))
    return puts.length + toRemove.length > 0
  }

  /** Writes `rows` in one transaction, or one at a time when that fails, keeping each failure. */
  private async write<R extends { table: string; id: string }>(
    rows: R[],
    run: (rows: R[]) => Promise<void>,
  ): Promise<void> {
    if (rows.length === 0) return
    for (const row of rows) this.writingBack.add(key(row))
    try {
      await run(rows)
      for (const row of rows) this.unsaved.delete(key(row))
    } catch {
      for (const row of rows) {
        try {
          await run([row])
          this.unsaved.delete(key(row))
        } catch (error) {
          this.unsaved.set(key(row), {
            table: row.table,
            id: row.id,
            kind: isVaultError(error) ? error.kind : 'unknown',
          })
          // Tried again on the next pass.
          this.touched.set(key(row), { table: row.table, id: row.id })
        }
      }
    } finally {
      for (const row of rows) this.writingBack.delete(key(row))
    }
  }

  private conflictOf(table: string, id: string): DeleteConflict | undefined {
    return this.engine.records.conflicts(table).find((c) => c.id === id)
  }

  private async keep(): Promise<void> {
    await saveLocalCopy(this.deps.records, {
      local: this.engine.localState(),
      records: this.engine.records.encodeState(),
      keys: this.keys.saved(),
      unnamedFiles: this.attachments.saved(),
    })
    this.mustKeep = false
  }

  /**
   * Removes another computer from sync (its later files are not read; it is told if it comes
   * back), then runs a pass so the removal reaches the folder.
   */
  async removeDevice(device: string): Promise<void> {
    this.engine.removeDevice(device)
    await this.sync()
  }

  /**
   * "Join again" on a computer another one removed from sync: it syncs on under a new id,
   * keeping its name and every record in the vault (SyncEngine.joinAgain), then runs a pass,
   * which reads the folder as a joining computer does and publishes what it holds.
   */
  async joinAgain(): Promise<void> {
    // After a pass (a session just started learns from the folder that it was removed), and
    // not in the middle of one: the engine's state is replaced.
    await this.sync()
    while (this.running) await this.running.catch(() => {})
    this.engine.joinAgain()
    this.mustKeep = true
    await this.sync()
  }

  /**
   * Names this computer for the user's other computers, as typed (tidied; blank: no name), then
   * runs a pass so the name reaches the folder, sealed in this computer's device file.
   */
  async renameComputer(typed: string): Promise<void> {
    this.engine.rename(tidyComputerName(typed))
    this.mustKeep = true
    await this.sync()
  }

  /** Who this device is to the folder: its id and the vault's key ids it knows. */
  identity(): SyncIdentity {
    return { deviceId: this.engine.localState().device, keyIds: this.keys.knownKeyIds() }
  }

  /** What sync has to say now. */
  status(): SyncSessionStatus {
    const conflicts = SYNCED_TABLES.flatMap((table) =>
      this.engine.records.conflicts(table).map((c) => ({ ...c, table })),
    )
    const engine = this.engine.status()
    const earlier = this.keys.earlierKeyIds()
    const isEarlier = (issue: FileIssue<WaitingReason>) =>
      issue.reason === 'unknown-key' && issue.keyId !== undefined && earlier.has(issue.keyId)
    return {
      ...engine,
      waiting: engine.waiting.filter((issue) => !isEarlier(issue)),
      earlierKey: engine.waiting.filter(isEarlier),
      rejected: [...this.rejected.values()],
      unsaved: [...this.unsaved.values()],
      conflicts,
      lastPassAt: this.lastPassAt,
      header: this.header,
      attachmentsWaiting: this.attachments.waiting,
      attachmentsArrived: this.attachments.arrived,
    }
  }

  /** Ends the session (the vault locked, or sync was turned off); waits for a pass under way. */
  async close(): Promise<void> {
    this.closed = true
    for (const stop of this.stops.splice(0)) stop()
    await this.running?.catch(() => {})
    this.engine.records.destroy()
  }
}

function key(row: { table: string; id: string }): string {
  return `${row.table}\0${row.id}`
}

function isPlainRecord(value: unknown): value is RecordValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
