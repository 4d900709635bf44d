/**
 * The manifest of an unlocked vault (src-shared/vault/manifest.ts): read and checked on first
 * use after unlock (manifestOpen.ts), kept in memory, and written in the same transaction as
 * every row it covers, so rows and manifest never disagree on disk. A write stores only the
 * pieces its rows fall in, and the index (manifestRows.ts). Writes are serialised through one
 * promise chain: each takes the next generation, which is also the counter sealed into its row.
 */
import { VaultError } from '@shared/vault/errors'
import {
  checkCounter,
  emptyManifest,
  listedCounter,
  listRow,
  missingRows,
  pieceOf,
  unlistRow,
  type Manifest,
} from '@shared/vault/manifest'
import type { PieceRef } from '@shared/vault/manifestFormat'
import { envelopeCounter } from '@shared/vault/recordEnvelope'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import type { VaultDb } from './db'
import type { VaultKeeper } from './keeper'
import { openManifest } from './manifestOpen'
import { manifestRows, putManifestRows, wholeManifestRows } from './manifestRows'

/** A row's table and id. */
export interface RowName {
  table: string
  id: string
}

/** Something about the vault as a whole that the user must be told. */
export type IntegrityNotice =
  /**
   * The manifest, or a piece of it, is older than the last one main (or the index) was told of:
   * `saves` writes are missing.
   */
  | { kind: 'vault-rolled-back'; saves: number }
  /** A vault that had a manifest (or a piece) has none: its rows were listed afresh. */
  | { kind: 'manifest-missing' }
  /** The manifest (or a piece) does not authenticate: its rows were listed afresh. */
  | { kind: 'manifest-damaged' }

/** Where the manifest store reports what it found. */
export interface IntegrityReports {
  missing: (rows: { table: string; id: string }[]) => void
  notice: (notice: IntegrityNotice) => void
}

const rowKey = (table: string, id: string) => `${table}\0${id}`

/** The manifest of the unlocked vault. */
export class ManifestStore {
  private opening: Promise<Manifest> | null = null
  /** The index's view of each piece: what the next index written names. */
  private refs: (PieceRef | null)[] = []
  private chain: Promise<unknown> = Promise.resolve()
  /** The generation the next write takes. */
  private next = 1
  /**
   * Per row written or deleted since opening: its counter at opening (0 when unlisted). A read
   * that began before a write sees the row as it was, which is not a rollback.
   */
  private readonly floors = new Map<string, number>()
  private telling: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: VaultDb,
    private readonly sodium: Sodium,
    private readonly keys: () => VaultKeys,
    private readonly keeper: VaultKeeper | undefined,
    private readonly reports: IntegrityReports,
  ) {}

  /** The manifest, read and checked once per unlock. */
  ready(): Promise<Manifest> {
    this.keys()
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = null
      throw error
    })
    return this.opening
  }

  /** Forgets the manifest (the vault locked, or its data was replaced). */
  close(): void {
    this.opening = null
    this.floors.clear()
  }

  /**
   * Throws `rolled-back-record` or `unlisted-record` when a row that opened at `counter` is not
   * the one the manifest lists.
   */
  check(manifest: Manifest, table: string, id: string, envelope: Uint8Array): void {
    const counter = envelopeCounter(envelope) ?? 0
    const finding = checkCounter(manifest, table, id, counter)
    if (finding === null) return
    const floor = this.floors.get(rowKey(table, id))
    if (floor !== undefined && counter >= floor) return
    throw new VaultError(finding, `${table}/${id} is at ${counter}`)
  }

  /** Stores row (`table`, `id`) as sealed by `seal` at the counter it is given, and lists it. */
  write(table: string, id: string, seal: (counter: number) => Uint8Array): Promise<void> {
    return this.writeMany([{ table, id }], (_table, _id, counter) => seal(counter))
  }

  /**
   * Stores several rows, each sealed by `seal` at the one counter of this write, and lists them
   * in the same transaction: all of them or, when one fails, none (an import's batches).
   */
  writeMany(
    rows: ReadonlyArray<RowName>,
    seal: (table: string, id: string, counter: number) => Uint8Array,
  ): Promise<void> {
    return this.serial(async (manifest) => {
      const generation = this.next
      const sealed = rows.map(({ table, id }) => ({
        table,
        id,
        ciphertext: seal(table, id, generation),
      }))
      await this.commit(manifest, rows, generation, async () => {
        await this.db.records.bulkPut(sealed)
      })
    })
  }

  /** Deletes row (`table`, `id`) and takes it off the list. */
  remove(table: string, id: string): Promise<void> {
    return this.removeMany([{ table, id }])
  }

  /** Deletes several rows and takes them off the list in one transaction: all, or none. */
  removeMany(rows: ReadonlyArray<RowName>): Promise<void> {
    return this.serial(async (manifest) => {
      await this.commit(manifest, rows, null, async () => {
        await this.db.records.bulkDelete(
          rows.map(({ table, id }) => [table, id] as [string, string]),
        )
      })
    })
  }

  /** Starts the manifest of a new vault, above any generation main kept from an earlier one. */
  start(): Promise<void> {
    this.opening = (async () => {
      const kept = this.keeper ? await this.keeper.read() : { generation: 0 }
      const manifest = emptyManifest(kept.generation + 1)
      await this.storeWhole(manifest, this.db)
      this.next = manifest.generation + 1
      return manifest
    })()
    return this.opening.then(() => {})
  }

  /**
   * Authenticates the manifest again under the current keys (a new data key), durably and in one
   * transaction: it is part of a passphrase change, which must survive a power cut.
   */
  rekey(): Promise<void> {
    return this.serial((manifest) =>
      this.db.strictly((strict) => this.storeWhole(manifest, strict)),
    )
  }

  /** Waits until main has been told of every generation written so far (tests). */
  async settled(): Promise<void> {
    await this.chain.catch(() => {})
    await this.telling
  }

  private serial(step: (manifest: Manifest) => Promise<void>): Promise<void> {
    const run = this.chain.catch(() => {}).then(async () => step(await this.ready()))
    this.chain = run
    return run
  }

  /** Runs `change` and stores the manifest with `rows` at `counter` (null: unlisted). */
  private async commit(
    manifest: Manifest,
    rows: ReadonlyArray<RowName>,
    counter: number | null,
    change: () => Promise<void>,
  ): Promise<void> {
    const keys = this.keys()
    const before = rows.map(({ table, id }) => listedCounter(manifest, table, id))
    const was = manifest.generation
    const generation = this.next
    for (const { table, id } of rows) {
      if (counter === null) unlistRow(manifest, table, id)
      else listRow(manifest, table, id, counter)
    }
    manifest.generation = generation
    const refs = [...this.refs]
    const touched = new Set(rows.map(({ table, id }) => pieceOf(table, id)))
    const stored = manifestRows(this.sodium, keys, manifest, refs, touched)
    try {
      await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
        await change()
        await putManifestRows(this.db, stored)
      })
    } catch (error) {
      rows.forEach(({ table, id }, i) => {
        const listed = before[i]
        if (listed === undefined) unlistRow(manifest, table, id)
        else listRow(manifest, table, id, listed)
      })
      manifest.generation = was
      throw error
    }
    this.refs = refs
    rows.forEach(({ table, id }, i) => {
      if (!this.floors.has(rowKey(table, id))) this.floors.set(rowKey(table, id), before[i] ?? 0)
    })
    this.next = generation + 1
    this.tell(generation)
  }

  /** Tells main the generation reached, one call at a time (a slow main never slows saves). */
  private tell(generation: number): void {
    const keeper = this.keeper
    if (!keeper) return
    // A failure only weakens detection of an old copy put back; the next write tells again.
    this.telling = this.telling.then(() => keeper.keepGeneration(generation)).catch(() => {})
  }

  /** Stores every piece and the index through `db` (the vault's, or a strict connection). */
  private async storeWhole(manifest: Manifest, db: VaultDb): Promise<void> {
    const rows = wholeManifestRows(this.sodium, this.keys(), manifest)
    await db.transaction('rw', db.meta, () => putManifestRows(db, rows))
    this.refs = rows.refs
  }

  private async open(): Promise<Manifest> {
    const kept = this.keeper ? await this.keeper.read() : { generation: 0 }
    const { manifest, refs } = await openManifest({
      db: this.db,
      sodium: this.sodium,
      keys: this.keys(),
      kept: kept.generation,
      notice: this.reports.notice,
    })
    this.refs = refs
    this.next = Math.max(manifest.generation, kept.generation) + 1
    const present = await this.db.records.toCollection().primaryKeys()
    const missing = missingRows(manifest, new Set(present.map(([table, id]) => rowKey(table, id))))
    if (missing.length > 0) this.reports.missing(missing)
    return manifest
  }
}
