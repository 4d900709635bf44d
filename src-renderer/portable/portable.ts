/**
 * The user's search out of the vault and back in: everything as the plain JSON export, the
 * applications as CSV, and a JSON export imported after the user has seen what it holds.
 *
 * An import writes nothing until the user confirms a plan: which rows are new, which are already
 * in this vault (kept unless the user chooses the file's), which could not be read and why. What
 * it wrote can be undone in one step: each row goes back to what it was, or away if it was new.
 */
import {
  EXPORTED_TABLES,
  emptyExportTables,
  readExportFile,
  writeExportFile,
  type ExportFileError,
  type ExportRow,
  type ExportTables,
  type ExportedTable,
  type RowProblem,
} from '@shared/records/exportFile'
import type { RecordStore } from '../vault/recordStore'

/** The part of the record store the import and export use. */
export type PortableRecords = Pick<RecordStore, 'all' | 'put' | 'remove'>

/** An export's text and how many stored rows could not be read into it. */
export interface ExportText {
  text: string
  records: number
  unreadable: number
}

/** Every readable record of the vault as the JSON export's text. */
export async function exportEverything(
  records: PortableRecords,
  meta: { exportedAt: Date; appVersion: string },
): Promise<ExportText> {
  const tables = emptyExportTables()
  let unreadable = 0
  for (const table of EXPORTED_TABLES) {
    const contents = await records.all(table)
    ;(tables[table] as ExportRow[]).push(...contents.records)
    unreadable += contents.unreadable.length
  }
  const count = EXPORTED_TABLES.reduce((n, table) => n + tables[table].length, 0)
  return { text: writeExportFile(tables, meta), records: count, unreadable }
}

/** What an import would do, shown to the user before anything is written. */
export interface ImportPlan {
  exportedAt: string
  /** Rows whose id this vault does not hold yet. */
  added: ExportTables
  /** Rows whose id this vault already holds: kept unless the user chooses the file's. */
  existing: ExportTables
  problems: RowProblem[]
}

/** Reads an export file against what the vault holds; the plan, or why the file was refused. */
export async function planImport(
  records: PortableRecords,
  text: string,
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; error: ExportFileError }> {
  const read = readExportFile(text)
  if (!read.ok) return read
  const added = emptyExportTables()
  const existing = emptyExportTables()
  for (const table of EXPORTED_TABLES) {
    const held = await records.all(table)
    const ids = new Set([...held.records.map((r) => r.id), ...held.unreadable.map((r) => r.id)])
    for (const row of read.value.tables[table] as ExportRow[]) {
      ;((ids.has(row.id) ? existing : added)[table] as ExportRow[]).push(row)
    }
  }
  return {
    ok: true,
    plan: { exportedAt: read.value.exportedAt, added, existing, problems: read.value.problems },
  }
}

/** How many rows of each table `tables` holds. */
export function countRows(tables: ExportTables): Record<ExportedTable, number> {
  return Object.fromEntries(EXPORTED_TABLES.map((t) => [t, tables[t].length])) as Record<
    ExportedTable,
    number
  >
}

/** One row an import wrote, and what was there before (undefined: nothing). */
interface Written {
  table: ExportedTable
  id: string
  before: unknown
}

/** What an import did, to report and to undo. */
export interface ImportDone {
  written: Written[]
  counts: Record<ExportedTable, number>
}

/**
 * Writes the plan's new rows, and its existing ones too when `replaceExisting`. `progress` hears
 * each row written. A row already in the vault that could not be read is never replaced: the
 * import cannot tell what it would lose.
 */
export async function applyImport(
  records: PortableRecords,
  plan: ImportPlan,
  replaceExisting: boolean,
  progress: (done: number, total: number) => void = () => {},
): Promise<ImportDone> {
  const rows: Array<{ table: ExportedTable; row: ExportRow }> = []
  const before = new Map<string, unknown>()
  for (const table of EXPORTED_TABLES) {
    for (const row of plan.added[table] as ExportRow[]) rows.push({ table, row })
    if (!replaceExisting || plan.existing[table].length === 0) continue
    const held = await records.all(table)
    for (const r of held.records) before.set(`${table}\u0000${r.id}`, r.value)
    for (const row of plan.existing[table] as ExportRow[]) {
      if (before.has(`${table}\u0000${row.id}`)) rows.push({ table, row })
    }
  }
  const done: ImportDone = { written: [], counts: countRows(emptyExportTables()) }
  try {
    for (const { table, row } of rows) {
      await records.put(table, row.id, row.value)
      done.written.push({ table, id: row.id, before: before.get(`${table}\u0000${row.id}`) })
      done.counts[table]++
      progress(done.written.length, rows.length)
    }
  } catch (error) {
    // Nothing half-imported: what was written goes back before the failure is reported.
    await undoImport(records, done).catch(() => {})
    throw error
  }
  return done
}

/** Puts back what an import replaced and removes what it added, newest first. */
export async function undoImport(records: PortableRecords, done: ImportDone): Promise<void> {
  for (const { table, id, before } of [...done.written].reverse()) {
    if (before === undefined) await records.remove(table, id)
    else await records.put(table, id, before)
  }
}
