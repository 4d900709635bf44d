/**
 * The plain JSON export: every record the user made, in a documented, versioned file
 * (docs/export-format.md) that this version and every later one reads back as an import.
 *
 * A record in the file is the record as the vault keeps it, so the one schema per table
 * (schemas.ts) reads it back: nothing is renamed on the way out, nothing guessed on the way in.
 * A row that does not read is reported with its table, id and why, and the rest still import.
 */
import { isValidRecordName } from '../vault/backupPayload'
import { isRecordTable, readRecord, type RecordOf, type RecordTable } from './schemas'

/** What the file says it is, so another JSON file is refused by name. */
export const EXPORT_FORMAT = 'afterview-export'

/** The version this app writes; it reads this one and every one before it. */
export const EXPORT_VERSION = 1

/**
 * The tables an export carries, in the order a reader meets them. The reminder ids (this
 * computer's notification handles) and the vault's own settings (auto-lock) stay behind: they
 * belong to an installation, not to the search.
 */
export const EXPORTED_TABLES = [
  'opportunities',
  'offers',
  'plans',
  'referees',
  'profile',
  'settings',
  'pipeline',
] as const satisfies readonly RecordTable[]

/** A table an export carries. */
export type ExportedTable = (typeof EXPORTED_TABLES)[number]

/** One record of a table, with the id it is stored under. */
export interface ExportRow<T extends ExportedTable = ExportedTable> {
  id: string
  value: RecordOf<T>
}

/** The rows of every exported table. */
export type ExportTables = { [T in ExportedTable]: ExportRow<T>[] }

/** A row of the file that could not be read, with where it was and why. */
export interface RowProblem {
  table: string
  /** The row's id, or its position when it has no usable id. */
  id: string
  problem: string
}

/** A file read for import: the rows that read, those that did not, and when it was made. */
export interface ReadExport {
  exportedAt: string
  tables: ExportTables
  problems: RowProblem[]
}

/** Why a whole file was refused (a row's problem never refuses the file). */
export type ExportFileError =
  { kind: 'not-json' } | { kind: 'not-an-export' } | { kind: 'newer-version'; version: number }

/** The text of an export file holding `tables`, made at `exportedAt` by app `appVersion`. */
export function writeExportFile(
  tables: ExportTables,
  meta: { exportedAt: Date; appVersion: string },
): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: meta.exportedAt.toISOString(),
    app: `Afterview ${meta.appVersion}`,
    tables: Object.fromEntries(EXPORTED_TABLES.map((table) => [table, tables[table]])),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** Empty rows for every exported table. */
export function emptyExportTables(): ExportTables {
  return Object.fromEntries(EXPORTED_TABLES.map((table) => [table, []])) as unknown as ExportTables
}

/** Reads the text of an export file, or says why the whole file cannot be imported. */
export function readExportFile(
  text: string,
): { ok: true; value: ReadExport } | { ok: false; error: ExportFileError } {
  let file: unknown
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, error: { kind: 'not-json' } }
  }
  if (!isObject(file) || file.format !== EXPORT_FORMAT || !isObject(file.tables)) {
    return { ok: false, error: { kind: 'not-an-export' } }
  }
  const version = file.version
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'not-an-export' } }
  }
  if (version > EXPORT_VERSION) return { ok: false, error: { kind: 'newer-version', version } }
  const tables = emptyExportTables()
  const problems: RowProblem[] = []
  for (const [table, rows] of Object.entries(file.tables)) {
    if (!isExportedTable(table)) {
      problems.push({ table, id: '—', problem: 'this version does not know this kind of record' })
      continue
    }
    if (!Array.isArray(rows)) {
      problems.push({ table, id: '—', problem: `${table}: expected a list of records` })
      continue
    }
    readRows(table, rows, tables, problems)
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : ''
  return { ok: true, value: { exportedAt, tables, problems } }
}

function readRows(
  table: ExportedTable,
  rows: unknown[],
  tables: ExportTables,
  problems: RowProblem[],
): void {
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    const id = isObject(row) && isRowId(row.id) ? row.id : null
    if (id === null || !isObject(row)) {
      problems.push({ table, id: `#${index + 1}`, problem: `${table}: a record without an id` })
      return
    }
    if (seen.has(id)) {
      problems.push({ table, id, problem: `${table}: the same id appears twice in the file` })
      return
    }
    seen.add(id)
    const read = readRecord(table, row.value)
    if (read.ok) (tables[table] as ExportRow[]).push({ id, value: read.value })
    else problems.push({ table, id, problem: read.problem })
  })
}

function isExportedTable(name: string): name is ExportedTable {
  return isRecordTable(name) && (EXPORTED_TABLES as readonly string[]).includes(name)
}

function isRowId(value: unknown): value is string {
  return typeof value === 'string' && isValidRecordName(value)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
