/**
 * The manifest of an unlocked vault (src-shared/vault/manifest.ts): read and checked on first
 * use after unlock, kept in memory, and written in the same transaction as every row it covers,
 * so rows and manifest never disagree on disk. Writes are serialised through one promise chain:
 * each takes the next generation, which is also the counter sealed into its row.
 *
 * Opening it finds what changed behind the app's back: listed rows that are gone (reported as
 * `missing-record`), a manifest older than the generation main last kept (`vault-rolled-back`),
 * and a manifest that is damaged or gone from a vault that had one. A vault made before
 * manifests (no manifest, no counters, nothing kept by main) is upgraded instead: its rows are
 * sealed again with a counter, and listed.
 */
import { VaultError } from '@shared/vault/errors'
import {
  checkCounter,
  decodeManifest,
  emptyManifest,
  encodeManifest,
  listedCounter,
  listRow,
  manifestOf,
  missingRows,
  unlistRow,
  type Manifest,
} from '@shared/vault/manifest'
import {
  envelopeCounter,
  envelopeKeyId,
  openRecord,
  sealRecord,
} from '@shared/vault/recordEnvelope'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import type { RecordRow, VaultDb } from './db'
import type { VaultKeeper } from './keeper'

/** The meta key the manifest is stored under. */
export const MANIFEST_KEY = 'manifest'

/** A row's table and id. */
export interface RowName {
  table: string
  id: string
}

/** Something about the vault as a whole that the user must be told. */
export type IntegrityNotice =
  /** The manifest is older than the last one main was told of: `saves` writes are missing. */
  | { kind: 'vault-rolled-back'; saves: number }
  /** A vault that had a manifest has none: rows could not be checked, and were listed afresh. */
  | { kind: 'manifest-missing' }
  /** The manifest does not authenticate: rows could not be checked, and were listed afresh. */
  | { kind: 'manifest-damaged' }

/** Where the manifest store reports what it found. */
export interface IntegrityReports {
  missing: (rows: { table: string; id: string }[]) => void
  notice: (notice: IntegrityNotice) => void
}

const rowKey = (table: string, id: string) => `${table}\0${id}`

/** The keys a row's envelope names: the previous ones during a change of data key. */
export function keysFor(keys: VaultKeys, envelope: Uint8Array): VaultKeys {
  const { previous } = keys
  return previous && envelopeKeyId(envelope) === previous.keyId ? previous : keys
}

/** The manifest of the unlocked vault. */
export class ManifestStore {
  private opening: Promise<Manifest> | null = null
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
      await this.store(manifest)
      this.next = manifest.generation + 1
      return manifest
    })()
    return this.opening.then(() => {})
  }

  /**
   * Authenticates the manifest again under the current keys (a new data key), durably: it is
   * part of a passphrase change, which must survive a power cut.
   */
  rekey(): Promise<void> {
    return this.serial((manifest) => this.store(manifest, { strict: true }))
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
    const generation = this.next
    for (const { table, id } of rows) {
      if (counter === null) unlistRow(manifest, table, id)
      else listRow(manifest, table, id, counter)
    }
    manifest.generation = generation
    const text = encodeManifest(this.sodium, keys.manifest, keys.keyId, manifest)
    try {
      await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
        await change()
        await this.db.meta.put({ key: MANIFEST_KEY, value: text })
      })
    } catch (error) {
      rows.forEach(({ table, id }, i) => {
        const was = before[i]
        if (was === undefined) unlistRow(manifest, table, id)
        else listRow(manifest, table, id, was)
      })
      manifest.generation = generation - 1
      throw error
    }
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

  private async store(manifest: Manifest, { strict = false } = {}): Promise<void> {
    const keys = this.keys()
    const text = encodeManifest(this.sodium, keys.manifest, keys.keyId, manifest)
    const row = { key: MANIFEST_KEY, value: text }
    await (strict ? this.db.putMetaStrict(row) : this.db.meta.put(row))
  }

  private async open(): Promise<Manifest> {
    const keys = this.keys()
    const kept = this.keeper ? await this.keeper.read() : { generation: 0 }
    const row = await this.db.meta.get(MANIFEST_KEY)
    let manifest = row ? this.decode(keys, row.value) : null
    if (manifest) {
      if (manifest.generation < kept.generation) {
        this.reports.notice({
          kind: 'vault-rolled-back',
          saves: kept.generation - manifest.generation,
        })
      }
    } else {
      const rows = await this.db.records.toArray()
      const counted = rows.some((r) => (envelopeCounter(r.ciphertext) ?? 0) > 0)
      if (row || counted || kept.generation > 0) {
        this.reports.notice({ kind: row ? 'manifest-damaged' : 'manifest-missing' })
        const highest = rows.reduce(
          (high, r) => Math.max(high, envelopeCounter(r.ciphertext) ?? 0),
          kept.generation,
        )
        manifest = manifestOf(rows, highest + 1)
        await this.store(manifest)
      } else {
        manifest = await this.upgrade(keys, kept.generation + 1)
      }
    }
    this.next = Math.max(manifest.generation, kept.generation) + 1
    const present = await this.db.records.toCollection().primaryKeys()
    const missing = missingRows(manifest, new Set(present.map(([table, id]) => rowKey(table, id))))
    if (missing.length > 0) this.reports.missing(missing)
    return manifest
  }

  private decode(keys: VaultKeys, text: string): Manifest | null {
    const own = decodeManifest(this.sodium, keys.manifest, keys.keyId, text)
    if (own || !keys.previous) return own
    // A change of data key stopped before the manifest was authenticated again.
    return decodeManifest(this.sodium, keys.previous.manifest, keys.previous.keyId, text)
  }

  /**
   * Seals every readable row of a vault made before manifests again, at `generation`, and lists
   * it, in one transaction. Rows that do not open are listed at their envelope's counter and
   * left as they are (they are reported as unreadable when read).
   */
  private upgrade(keys: VaultKeys, generation: number): Promise<Manifest> {
    const { db, sodium } = this
    return db.transaction('rw', db.records, db.meta, async () => {
      const manifest = emptyManifest(generation)
      const out: RecordRow[] = []
      for (const row of await db.records.toArray()) {
        const under = keysFor(keys, row.ciphertext)
        let plaintext: Uint8Array
        try {
          plaintext = openRecord(
            sodium,
            under.records,
            under.keyId,
            row.table,
            row.id,
            row.ciphertext,
          )
        } catch {
          listRow(manifest, row.table, row.id, envelopeCounter(row.ciphertext) ?? 0)
          continue
        }
        const ciphertext = sealRecord(
          sodium,
          keys.records,
          keys.keyId,
          row.table,
          row.id,
          plaintext,
          generation,
        )
        plaintext.fill(0)
        out.push({ table: row.table, id: row.id, ciphertext })
        listRow(manifest, row.table, row.id, generation)
      }
      await db.records.bulkPut(out)
      await this.store(manifest)
      return manifest
    })
  }
}
