/**
 * The user's search out of the vault and back in: everything as the plain JSON export, the
 * applications as CSV, and a JSON export imported after the user has seen what it holds.
 *
 * An import (of a JSON export here, of a CSV file in csvImport.ts: one pipeline) writes nothing
 * until the user confirms a plan: which rows are new, which are already in this vault (kept unless
 * the user chooses the file's), which could not be read and why. The plan carries what the vault
 * holds under each id it would replace, so confirming reads nothing again. What it wrote can be
 * undone in one step: each row goes back to what it was, or away if it was new.
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
} from '@shared/records/exportFile'
import type { RecordStore } from '../vault/recordStore'

/** The part of the record store the import and export use. */
export type PortableRecords = Pick<RecordStore, 'all' | 'ids' | 'get' | 'putMany' | 'removeMany'>

/** An export's text and how many stored rows could not be read into it. */
export interface ExportText {
  text: string
  records: number
  unreadable: number
}

/** Every readable record of the vault as the JSON export's text. */
export async function exportEverything(
  records: Pick<PortableRecords, 'all'>,
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

/** Something in the file that is left out, where it is ("Row 12", "opportunities 3f…") and why. */
export interface ImportProblem {
  where: string
  problem: string
}

/** What an import would do, shown to the user before anything is written. */
export interface ImportPlan {
  /** Rows whose id this vault does not hold yet. */
  added: ExportTables
  /** Rows this vault already holds, as the import would write them: only if the user chooses. */
  existing: ExportTables
  /**
   * What the vault holds under each id of `existing`, keyed `table\0id`, to undo a replacement.
   * A row the vault could not read is absent here and never replaced: nobody knows what it holds.
   */
  held: ReadonlyMap<string, unknown>
  problems: ImportProblem[]
}

/** The key of a row in `ImportPlan.held`. */
export function heldKey(table: ExportedTable, id: string): string {
  return `${table}\u0000${id}`
}

/**
 * Reads an export file against what the vault holds: the plan and when the file was made, or why
 * the file was refused. Only rows whose id the vault already holds are decrypted.
 */
export async function planImport(
  records: Pick<PortableRecords, 'ids' | 'get'>,
  text: string,
): Promise<
  { ok: true; plan: ImportPlan; exportedAt: string } | { ok: false; error: ExportFileError }
> {
  const read = readExportFile(text)
  if (!read.ok) return read
  const added = emptyExportTables()
  const existing = emptyExportTables()
  const held = new Map<string, unknown>()
  for (const table of EXPORTED_TABLES) {
    const ids = new Set(await records.ids(table))
    for (const row of read.value.tables[table] as ExportRow[]) {
      if (!ids.has(row.id)) {
        ;(added[table] as ExportRow[]).push(row)
        continue
      }
      ;(existing[table] as ExportRow[]).push(row)
      const mine = await records.get(table, row.id).catch(() => undefined)
      if (mine !== undefined) held.set(heldKey(table, row.id), mine)
    }
  }
  const problems = read.value.problems.map((p) => ({
    where: `${p.table} ${p.id}`,
    problem: p.problem,
  }))
  return {
    ok: true,
    plan: { added, existing, held, problems },
    exportedAt: read.value.exportedAt,
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

/** Rows written per transaction: each batch is all or nothing, and progress moves per batch. */
const BATCH_ROWS = 250

/**
 * Writes the plan's new rows, and its existing ones too when `replaceExisting`. `progress` hears
 * how many rows are written after each batch. A row already in the vault that could not be read
 * is never replaced: the import cannot tell what it would lose. A failure part way undoes what
 * was written before it is reported: nothing is left half-imported.
 */
export async function applyImport(
  records: Pick<PortableRecords, 'putMany' | 'removeMany'>,
  plan: ImportPlan,
  replaceExisting: boolean,
  progress: (done: number, total: number) => void = () => {},
): Promise<ImportDone> {
  const rows: Written[] = []
  const values: unknown[] = []
  for (const table of EXPORTED_TABLES) {
    for (const row of plan.added[table] as ExportRow[]) {
      rows.push({ table, id: row.id, before: undefined })
      values.push(row.value)
    }
    if (!replaceExisting) continue
    for (const row of plan.existing[table] as ExportRow[]) {
      const key = heldKey(table, row.id)
      if (!plan.held.has(key)) continue
      rows.push({ table, id: row.id, before: plan.held.get(key) })
      values.push(row.value)
    }
  }
  const done: ImportDone = { written: [], counts: countRows(emptyExportTables()) }
  try {
    for (let i = 0; i < rows.length; i += BATCH_ROWS) {
      const batch = rows.slice(i, i + BATCH_ROWS)
      await records.putMany(
        batch.map((w, j) => ({ table: w.table, id: w.id, value: values[i + j] })),
      )
      for (const w of batch) {
        done.written.push(w)
        done.counts[w.table]++
      }
      progress(done.written.length, rows.length)
    }
  } catch (error) {
    await undoImport(records, done).catch(() => {})
    throw error
  }
  return done
}

/** Puts back what an import replaced and removes what it added, in one step. */
export async function undoImport(
  records: Pick<PortableRecords, 'putMany' | 'removeMany'>,
  done: ImportDone,
): Promise<void> {
  const added = done.written.filter((w) => w.before === undefined)
  const replaced = done.written.filter((w) => w.before !== undefined)
  for (let i = 0; i < added.length; i += BATCH_ROWS) {
    await records.removeMany(added.slice(i, i + BATCH_ROWS))
  }
  for (let i = 0; i < replaced.length; i += BATCH_ROWS) {
    const batch = replaced.slice(i, i + BATCH_ROWS)
    await records.putMany(batch.map((w) => ({ table: w.table, id: w.id, value: w.before })))
  }
}
