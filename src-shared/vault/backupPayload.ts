/**
 * The plaintext inside a backup: the vault header, every record row (still in its envelope) and
 * every attachment file (still encrypted), in a simple length-prefixed framing:
 *
 *   1 | u32 length | vault header JSON            (exactly once, first)
 *   2 | u16 | table | u16 | id | u32 | envelope    (a record row)
 *   3 | u16 | file id | u32 | encrypted file       (an attachment)
 *   4 | u16 | table | u16 | id | u16 | error kind (a row that could not be read at backup time)
 *   0                                             (end; nothing may follow)
 *
 * An unreadable row is still carried whole (type 2), so nothing is lost; type 4 says it was
 * already unreadable, so a restore reports it instead of refusing the whole backup.
 *
 * The reader checks every length against what is left, so damaged input is a typed error.
 */
import { FILE_ID_PATTERN } from '../domain/attachment'
import { concatBytes, fromUtf8, readU16, readU32, u16, u32, utf8 } from './bytes'
import { VAULT_ERROR_KINDS, VaultError, type VaultErrorKind } from './errors'

/** One record row as stored: table, random id, envelope bytes. */
export interface BackupRecord {
  table: string
  id: string
  ciphertext: Uint8Array
}

/** One encrypted attachment file, by its random file id (32 hex characters). */
export interface BackupAttachment {
  fileId: string
  bytes: Uint8Array
}

/** A row that could not be read when the backup was made, and why. */
export interface BackupUnreadable {
  table: string
  id: string
  kind: VaultErrorKind
}

/** Everything a backup carries. */
export interface BackupContents {
  /** The vault header (both key slots) at backup time, as stored. */
  vaultHeader: string
  records: BackupRecord[]
  attachments: BackupAttachment[]
  /** Rows among `records` that could not be read at backup time (absent in older backups). */
  unreadable?: BackupUnreadable[]
}

const NAME_PATTERN = /^[A-Za-z0-9._-]{1,128}$/

/** Serialises contents for encryption. */
export function encodeBackupPayload(contents: BackupContents): Uint8Array {
  const parts: Uint8Array[] = []
  const header = utf8(contents.vaultHeader)
  parts.push(new Uint8Array([1]), u32(header.length), header)
  for (const record of contents.records) {
    const table = utf8(record.table)
    const id = utf8(record.id)
    parts.push(new Uint8Array([2]), u16(table.length), table, u16(id.length), id)
    parts.push(u32(record.ciphertext.length), record.ciphertext)
  }
  for (const file of contents.attachments) {
    const id = utf8(file.fileId)
    parts.push(new Uint8Array([3]), u16(id.length), id, u32(file.bytes.length), file.bytes)
  }
  for (const row of contents.unreadable ?? []) {
    const table = utf8(row.table)
    const id = utf8(row.id)
    const kind = utf8(row.kind)
    parts.push(new Uint8Array([4]), u16(table.length), table, u16(id.length), id)
    parts.push(u16(kind.length), kind)
  }
  parts.push(new Uint8Array([0]))
  return concatBytes(...parts)
}

class Reader {
  private offset = 0
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length
  }

  take(length: number): Uint8Array {
    if (length < 0 || this.offset + length > this.bytes.length) fail('length beyond the end')
    const out = this.bytes.subarray(this.offset, this.offset + length)
    this.offset += length
    return out
  }

  byte(): number {
    return this.take(1)[0] ?? 0
  }

  u16(): number {
    return readU16(this.take(2), 0)
  }

  u32(): number {
    return readU32(this.take(4), 0)
  }

  text(length: number): string {
    try {
      return fromUtf8(this.take(length))
    } catch {
      return fail('text is not UTF-8')
    }
  }
}

function fail(message: string): never {
  throw new VaultError('corrupt-payload', message)
}

/** Parses decrypted payload bytes; throws `corrupt-payload` on any inconsistency. */
export function decodeBackupPayload(bytes: Uint8Array): BackupContents {
  const reader = new Reader(bytes)
  if (reader.byte() !== 1) fail('payload does not start with the vault header')
  const vaultHeader = reader.text(reader.u32())
  const records: BackupRecord[] = []
  const attachments: BackupAttachment[] = []
  const unreadable: BackupUnreadable[] = []
  const seen = new Set<string>()
  for (;;) {
    const type = reader.byte()
    if (type === 0) break
    if (type === 2) {
      const table = reader.text(reader.u16())
      const id = reader.text(reader.u16())
      const ciphertext = reader.take(reader.u32()).slice()
      if (!NAME_PATTERN.test(table) || !NAME_PATTERN.test(id)) fail('bad record name')
      const key = `${table}\0${id}`
      if (seen.has(key)) fail('duplicate record')
      seen.add(key)
      records.push({ table, id, ciphertext })
    } else if (type === 3) {
      const fileId = reader.text(reader.u16())
      const fileBytes = reader.take(reader.u32()).slice()
      if (!FILE_ID_PATTERN.test(fileId)) fail('bad file id')
      attachments.push({ fileId, bytes: fileBytes })
    } else if (type === 4) {
      const table = reader.text(reader.u16())
      const id = reader.text(reader.u16())
      const kind = reader.text(reader.u16())
      if (!seen.has(`${table}\0${id}`)) fail('an unreadable mark for a row the backup lacks')
      if (!(VAULT_ERROR_KINDS as readonly string[]).includes(kind)) fail('unknown error kind')
      unreadable.push({ table, id, kind: kind as VaultErrorKind })
    } else {
      fail(`unknown item type ${type}`)
    }
  }
  if (!reader.done) fail('data after the end marker')
  return { vaultHeader, records, attachments, ...(unreadable.length > 0 ? { unreadable } : {}) }
}

/** True for table names and record ids the vault accepts (letters, digits, `.`, `_`, `-`). */
export function isValidRecordName(name: string): boolean {
  return NAME_PATTERN.test(name)
}
