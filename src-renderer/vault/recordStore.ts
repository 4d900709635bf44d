/**
 * The encrypted record store other features use: JSON values in, JSON values out, encrypted per
 * row with the records subkey. A row of a known table is read through its schema (see
 * src-shared/records/schemas.ts). A row that fails to decrypt, or decrypts but fails its
 * schema, is reported (and listed in Settings), never deleted, and never stops the other rows
 * from loading. So is a row that opens but is not the version the vault's manifest lists (an
 * older copy put back, or one copied in), and a listed row that is gone (manifestStore.ts).
 */
import { utf8 } from '@shared/vault/bytes'
import { isValidRecordName } from '@shared/vault/backupPayload'
import { isVaultError, VaultError, type VaultErrorKind } from '@shared/vault/errors'
import { sealRecord } from '@shared/vault/recordEnvelope'
import type { Manifest } from '@shared/vault/manifest'
import type { RecordOf, RecordTable } from '@shared/records/schemas'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import type { VaultDb } from './db'
import type { VaultKeeper } from './keeper'
import { openRow, readChunks } from './rowReading'
import { ManifestStore, type IntegrityNotice } from './manifestStore'

/** The record schemas, loaded on the first read: the lock screen paints without them. */
type Schemas = typeof import('@shared/records/schemas')

/** One decrypted record. */
export interface StoredRecord<T> {
  id: string
  value: T
}

/** A row that could not be read, and why. */
export interface UnreadableRecord {
  table: string
  id: string
  kind: VaultErrorKind
}

/** Rows just written (`value` set) or deleted (`value` undefined), as `onWrite` tells them. */
export type WrittenRows = ReadonlyArray<{ table: string; id: string; value?: unknown }>

/** What `all` answers: the readable records, and the rows that could not be read. */
export interface TableContents<T> {
  records: StoredRecord<T>[]
  unreadable: UnreadableRecord[]
}

/**
 * Encrypted storage of JSON values by table and id. Throws `locked` once the vault locks.
 * A row found unreadable is never written over (`unreadable-kept`) until the user allows it.
 */
export class RecordStore {
  /** Rows found unreadable since the vault opened, as `table\0id`. */
  private readonly kept = new Set<string>()
  private readonly report: (rows: UnreadableRecord[]) => void
  /** Which rows exist at which counter: every write and read goes through it. */
  readonly manifest: ManifestStore
  private readonly writeListeners = new Set<(rows: WrittenRows) => void>()
  private schemas: Schemas | null = null

  constructor(
    private readonly db: VaultDb,
    private readonly sodium: Sodium,
    private readonly keys: () => VaultKeys,
    report: (rows: UnreadableRecord[]) => void = () => {},
    integrity: { keeper?: VaultKeeper; notice?: (notice: IntegrityNotice) => void } = {},
  ) {
    this.report = (rows) => {
      for (const row of rows) this.kept.add(`${row.table}\0${row.id}`)
      report(rows)
    }
    this.manifest = new ManifestStore(db, sodium, keys, integrity.keeper, {
      missing: (rows) => this.report(rows.map((row) => ({ ...row, kind: 'missing-record' }))),
      notice: integrity.notice ?? (() => {}),
    })
  }

  /** The user chose to replace an unreadable row: the next save may write over it. */
  allowReplacing(table: string, id: string): void {
    this.kept.delete(`${table}\0${id}`)
  }

  /** Forgets which rows were unreadable (the data was replaced, or the vault opened again). */
  forgetUnreadable(): void {
    this.kept.clear()
  }

  /** Forgets the manifest and what was unreadable: the vault locked, or its data was replaced. */
  close(): void {
    this.forgetUnreadable()
    this.manifest.close()
  }

  /** The user accepts that a listed row is gone: it is taken off the manifest and not reported. */
  async forgetMissing(table: string, id: string): Promise<void> {
    checkNames(table, id)
    if (await this.db.records.get([table, id])) {
      throw new VaultError('unreadable-kept', `${table}/${id} is on disk`)
    }
    await this.manifest.remove(table, id)
    this.kept.delete(`${table}\0${id}`)
  }

  /**
   * Calls `listener` after every write or delete that succeeded, with its rows: the one place
   * every feature's saves pass, where sync hears them. Answers the function that stops.
   */
  onWrite(listener: (rows: WrittenRows) => void): () => void {
    this.writeListeners.add(listener)
    return () => this.writeListeners.delete(listener)
  }

  private written(rows: WrittenRows): void {
    for (const listener of this.writeListeners) listener(rows)
  }

  /** A new random id (32 hex characters) for a record. */
  newId(): string {
    return this.sodium.to_hex(this.sodium.randombytes_buf(16))
  }

  /** Encrypts and stores `value` (anything JSON can hold) as row (`table`, `id`). */
  put(table: string, id: string, value: unknown): Promise<void> {
    return this.putMany([{ table, id, value }])
  }

  /**
   * Encrypts and stores several rows in one IndexedDB transaction: all of them or, when one
   * fails, none. An import writes thousands of rows this way in seconds rather than minutes.
   */
  async putMany(rows: ReadonlyArray<{ table: string; id: string; value: unknown }>): Promise<void> {
    this.keys()
    const plaintexts = new Map<string, Uint8Array>()
    for (const { table, id, value } of rows) {
      checkNames(table, id)
      if (this.kept.has(`${table}\0${id}`)) {
        throw new VaultError('unreadable-kept', `${table}/${id} could not be read`)
      }
      plaintexts.set(`${table}\0${id}`, utf8(JSON.stringify(value)))
    }
    try {
      await this.manifest.writeMany(rows, (table, id, counter) => {
        // The keys of the moment of writing: a change of data key may have begun meanwhile.
        const now = this.keys()
        const plaintext = plaintexts.get(`${table}\0${id}`)!
        return sealRecord(this.sodium, now.records, now.keyId, table, id, plaintext, counter)
      })
    } finally {
      for (const plaintext of plaintexts.values()) plaintext.fill(0)
    }
    this.written(rows)
  }

  /** The ids of a table's rows, readable or not, without decrypting any of them. */
  async ids(table: string): Promise<string[]> {
    if (!isValidRecordName(table)) throw new TypeError(`Record table must be a valid name`)
    this.keys()
    const keys = await this.db.records.where('table').equals(table).primaryKeys()
    return keys.map((key) => (key as unknown as [string, string])[1])
  }

  /** The value of one row, undefined when absent; throws the row's VaultError when unreadable. */
  async get<K extends RecordTable>(table: K, id: string): Promise<RecordOf<K> | undefined>
  async get<T = unknown>(table: string, id: string): Promise<T | undefined>
  async get<T>(table: string, id: string): Promise<T | undefined> {
    checkNames(table, id)
    const keys = this.keys()
    const manifest = await this.manifest.ready()
    const schemas = await this.loadSchemas()
    const row = await this.db.records.get([table, id])
    if (!row) return undefined
    try {
      return this.decode<T>(keys, manifest, schemas, row.table, row.id, row.ciphertext)
    } catch (error) {
      if (isVaultError(error)) this.report([{ table, id, kind: error.kind }])
      throw error
    }
  }

  /** Every row of a table: readable ones decrypted, the others listed in `unreadable`. */
  async all<K extends RecordTable>(table: K): Promise<TableContents<RecordOf<K>>>
  async all<T = unknown>(table: string): Promise<TableContents<T>>
  async all<T>(table: string): Promise<TableContents<T>> {
    const keys = this.keys()
    const result: TableContents<T> = { records: [], unreadable: [] }
    const manifest = await this.manifest.ready()
    const schemas = await this.loadSchemas()
    if (!this.db.isOpen()) await this.db.open()
    // Every chunk is asked for at once: IndexedDB reads them one after the other on another
    // thread (the browser process) while this one decrypts and parses those already here.
    for (const chunk of await readChunks(this.db, table)) {
      for (const row of await chunk) {
        try {
          result.records.push({
            id: row.id,
            value: this.decode<T>(keys, manifest, schemas, row.table, row.id, row.ciphertext),
          })
        } catch (error) {
          if (!isVaultError(error)) throw error
          result.unreadable.push({ table: row.table, id: row.id, kind: error.kind })
        }
      }
    }
    if (result.unreadable.length > 0) this.report(result.unreadable)
    return result
  }

  /** Lists rows a reader above this store refused (a schema check), as if they had not decrypted. */
  reportUnreadable(rows: UnreadableRecord[]): void {
    this.report(rows)
  }

  /** Deletes one row. */
  remove(table: string, id: string): Promise<void> {
    return this.removeMany([{ table, id }])
  }

  /** Deletes several rows in one transaction: all of them, or none. */
  async removeMany(rows: ReadonlyArray<{ table: string; id: string }>): Promise<void> {
    this.keys()
    for (const { table, id } of rows) {
      checkNames(table, id)
      if (this.kept.has(`${table}\0${id}`)) {
        throw new VaultError('unreadable-kept', `${table}/${id} could not be read`)
      }
    }
    await this.manifest.removeMany(rows)
    this.written(rows.map(({ table, id }) => ({ table, id })))
  }

  /** Tries every row of every table; answers the ones that cannot be read. */
  async scan(): Promise<UnreadableRecord[]> {
    const keys = this.keys()
    const manifest = await this.manifest.ready()
    const schemas = await this.loadSchemas()
    const unreadable: UnreadableRecord[] = []
    await this.db.records.each((row) => {
      try {
        this.decode(keys, manifest, schemas, row.table, row.id, row.ciphertext)
      } catch (error) {
        if (!isVaultError(error)) throw error
        unreadable.push({ table: row.table, id: row.id, kind: error.kind })
        this.kept.add(`${row.table}\0${row.id}`)
      }
    })
    const present = new Set(unreadable.map((row) => `${row.table}\0${row.id}`))
    // Rows already known to be gone stay listed: a scan replaces the list it is shown in.
    for (const key of this.kept) {
      const [table = '', id = ''] = key.split('\0')
      if (!present.has(key) && !(await this.db.records.get([table, id]))) {
        unreadable.push({ table, id, kind: 'missing-record' })
      }
    }
    return unreadable
  }

  /**
   * True when rows of `table` are read through its schema here, so a reader need not check them.
   * False before the first read has loaded the schemas: the reader then checks them itself.
   */
  checksOnRead(table: string): boolean {
    return this.schemas?.isRecordTable(table) ?? false
  }

  private async loadSchemas(): Promise<Schemas> {
    return (this.schemas ??= await import('@shared/records/schemas'))
  }

  /** The row's value: decrypted, parsed, and read through its table's schema when it has one. */
  private decode<T>(
    keys: VaultKeys,
    manifest: Manifest,
    schemas: Schemas,
    table: string,
    id: string,
    ciphertext: Uint8Array,
  ): T {
    const value = openRow(this.sodium, keys, table, id, ciphertext)
    this.manifest.check(manifest, table, id, ciphertext)
    if (!schemas.isRecordTable(table)) return value as T
    const read = schemas.readRecord(table, value)
    if (!read.ok) throw new VaultError('invalid-record', read.problem)
    return read.value as T
  }
}

function checkNames(table: string, id: string): void {
  if (!isValidRecordName(table) || !isValidRecordName(id)) {
    throw new TypeError(`Record table and id must be 1-128 letters, digits, ".", "_" or "-"`)
  }
}
