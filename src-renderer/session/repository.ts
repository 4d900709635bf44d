/**
 * One table of the vault as the stores see it. Every table goes through the same factory, so
 * every store saves the same way:
 *
 * - a row is checked by the table's validator when it is read (the vault's record store reads
 *   its own tables through the same schemas, so those rows are not checked twice) and before it
 *   is written; a row that fails (or cannot be decrypted) is reported to the vault's list of
 *   unreadable records and kept, never replaced by a default;
 * - a write finishes before the store's state changes (`save` runs `apply` after the write), and
 *   writes to one table run one after the other, so a change is computed from the state the
 *   previous one left;
 * - one save state per table (idle, saving, saved, failed with a kind) that screens show.
 */
import { shallowRef, type ShallowRef } from 'vue'
import { isVaultError, VaultError, type VaultErrorKind } from '@shared/vault/errors'
import type { RecordStore, StoredRecord, UnreadableRecord } from '../vault/recordStore'

/** What a validator answers for one stored value. */
export type RowCheck<T> = { ok: true; value: T } | { ok: false }

/** Checks (and may normalise) one stored value; the schemas of each table plug in here. */
export type RowValidator<T> = (value: unknown) => RowCheck<T>

/** A validator from a reader that answers null for a value it refuses. */
export function fromReader<T>(read: (value: unknown) => T | null): RowValidator<T> {
  return (value) => {
    const read_ = read(value)
    return read_ === null ? { ok: false } : { ok: true, value: read_ }
  }
}

/** Why a save failed: the vault's kind (`locked` most often), or a value its table refuses. */
export type SaveErrorKind = VaultErrorKind | 'invalid-record' | 'unknown'

/** Where the saves of a table are: the one shape every screen reads. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; kind: SaveErrorKind }

/** The save state of a table nothing was saved to yet (or of no session). */
export const IDLE: SaveState = Object.freeze({ status: 'idle' })

/** What `load` answers: the rows that passed their check, and every row that did not. */
export interface LoadedTable<T> {
  rows: StoredRecord<T>[]
  unreadable: UnreadableRecord[]
}

/** The repository of one table. */
export interface Repository<T> {
  readonly table: string
  /** The save state of this table. */
  readonly state: Readonly<ShallowRef<SaveState>>
  /** Every row, checked; the unreadable ones reported and listed, never deleted. */
  load(): Promise<LoadedTable<T>>
  /**
   * Writes the value `next()` computes when this table's previous writes are done, then runs
   * `apply` with what was written. Rejects (and `apply` does not run) when the write fails.
   */
  save(id: string, next: () => T, apply?: (value: T) => void): Promise<T>
  /** Deletes a row, then runs `apply`. Rejects (and `apply` does not run) when it fails. */
  remove(id: string, apply?: () => void): Promise<void>
  /**
   * Resolves once every write asked for so far, and any asked for while waiting, has finished
   * (whether it worked or not).
   */
  settled(): Promise<void>
  /**
   * The user chose to replace row `id`, which could not be read (a screen that shows a row as
   * unreadable and takes a change to it is that choice): saves may now write over it.
   */
  allowReplacing(id: string): void
}

/** What a repository needs from its session. */
export interface RepositoryContext {
  records: Pick<
    RecordStore,
    'all' | 'put' | 'remove' | 'reportUnreadable' | 'checksOnRead' | 'allowReplacing'
  >
  /** True once the session ended: nothing read or written after that reaches a store. */
  disposed(): boolean
}

/** JSON round-trip, so no Vue proxy or shared reference is written or kept. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function kindOf(error: unknown): SaveErrorKind {
  if (isVaultError(error)) return error.kind
  if (error instanceof InvalidRecordError) return 'invalid-record'
  return 'unknown'
}

/** A value its table's validator refuses: it is not written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError'
  constructor(readonly table: string) {
    super(`a value for ${table} does not match its schema`)
  }
}

/** Builds the repository of `table`, whose rows `validate` checks on every read and write. */
export function createRepository<T>(
  context: RepositoryContext,
  table: string,
  validate: RowValidator<T>,
): Repository<T> {
  const state = shallowRef<SaveState>(IDLE)
  let queue: Promise<unknown> = Promise.resolve()
  let pending = 0

  function ensureOpen(): void {
    if (context.disposed()) throw new VaultError('locked', 'the session has ended')
  }

  /** Runs `write` after the table's earlier writes and keeps the save state. */
  function enqueue<R>(write: () => Promise<R>): Promise<R> {
    pending++
    state.value = { status: 'saving' }
    const run = queue.then(write)
    queue = run.catch(() => {})
    return run.then(
      (result) => {
        if (--pending === 0) state.value = { status: 'saved' }
        return result
      },
      (error: unknown) => {
        pending--
        state.value = { status: 'failed', kind: kindOf(error) }
        throw error
      },
    )
  }

  return {
    table,
    state,
    async load() {
      ensureOpen()
      const contents = await context.records.all<unknown>(table)
      ensureOpen()
      const rows: StoredRecord<T>[] = []
      const invalid: UnreadableRecord[] = []
      // The vault's record store reads its own tables through their schemas (and reports a row
      // that fails): checking those rows again would double the cost of an unlock for nothing.
      const alreadyChecked = context.records.checksOnRead(table)
      for (const row of contents.records) {
        const checked: RowCheck<T> = alreadyChecked
          ? { ok: true, value: row.value as T }
          : validate(row.value)
        if (checked.ok) rows.push({ id: row.id, value: checked.value })
        else invalid.push({ table, id: row.id, kind: 'corrupt-record' })
      }
      // Rows that did not decrypt were reported by the record store itself.
      if (invalid.length > 0) context.records.reportUnreadable(invalid)
      return { rows, unreadable: [...contents.unreadable, ...invalid] }
    },
    save(id, next, apply) {
      return enqueue(async () => {
        ensureOpen()
        const checked = validate(plain(next()))
        if (!checked.ok) throw new InvalidRecordError(table)
        await context.records.put(table, id, checked.value)
        ensureOpen()
        apply?.(checked.value)
        return checked.value
      })
    },
    remove(id, apply) {
      return enqueue(async () => {
        ensureOpen()
        await context.records.remove(table, id)
        ensureOpen()
        apply?.()
      })
    },
    async settled() {
      // A write queued while the earlier ones finished is waited for too.
      for (let seen = queue; ; seen = queue) {
        await seen
        if (seen === queue) return
      }
    },
    allowReplacing: (id) => context.records.allowReplacing(table, id),
  }
}

/** One state for several tables a screen saves to: a failure first, then saving, then saved. */
export function combinedSaveState(states: SaveState[]): SaveState {
  return (
    states.find((s) => s.status === 'failed') ??
    states.find((s) => s.status === 'saving') ??
    states.find((s) => s.status === 'saved') ??
    IDLE
  )
}
