/**
 * A CSV file into the import pipeline of portable.ts: the file read and mapped (a draft the user
 * adjusts, with the first rows read as a preview), then every row read in steps the screen can
 * show progress for, then a plan like a JSON import's: new applications, the ones already here
 * (merged only if the user chooses), and the rows that cannot be read, by row number.
 */
import { dateOrder, readTypedDate } from '@shared/domain/dateInput'
import type { LocaleTag } from '@shared/domain/locale'
import type { CurrencyCode } from '@shared/domain/money'
import type { Opportunity } from '@shared/domain/opportunity'
import type { Instant } from '@shared/domain/time'
import {
  defaultStageChoice,
  guessColumns,
  type ImportField,
  type StageChoice,
} from '@shared/records/csvColumns'
import type { CsvTable } from '@shared/records/csvFile'
import { fillEmptyFields, sameApplicationKey } from '@shared/records/csvMerge'
import {
  readCsvRows,
  type CsvMapping,
  type CsvRead,
  type CsvReading,
} from '@shared/records/csvRows'
import { emptyExportTables } from '@shared/records/exportFile'
import { heldKey, type ImportPlan } from './portable'

/** A CSV file read and waiting for the user's mapping. */
export interface CsvDraft extends CsvMapping {
  fileName: string
  table: CsvTable
  /** How the file writes numbers and dates. */
  locale: LocaleTag
  /** The currency of amounts when a row does not say. */
  currency: CurrencyCode
}

/** The locales offered for a file's numbers and dates; the user's own is added first. */
const FILE_LOCALES = ['en-GB', 'en-US', 'en-IE', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL']

/** The formats a file may be written in: the user's locale first, each with an example. */
export function fileLocaleChoices(
  userLocale: LocaleTag,
): Array<{ value: LocaleTag; label: string }> {
  const names = new Intl.DisplayNames(['en'], { type: 'language' })
  return [...new Set([userLocale, ...FILE_LOCALES])].map((tag) => {
    const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 2 }).format(1234.5)
    const date = dateOrder(tag as LocaleTag) === 'day-month' ? 'day first' : 'month first'
    return { value: tag as LocaleTag, label: `${names.of(tag) ?? tag}: ${number}, dates ${date}` }
  })
}

const DATE_FIELDS: ReadonlySet<ImportField> = new Set([
  'added',
  'interviewed',
  'decisionBy',
  'offerOn',
])

/**
 * The user's locale, unless the file's dates only make sense the other way round (a US tracker's
 * 02/14/2026 read by a British user): then a locale that reads them all.
 */
function guessFileLocale(
  table: CsvTable,
  columns: readonly (ImportField | null)[],
  user: LocaleTag,
) {
  const other = (dateOrder(user) === 'day-month' ? 'en-US' : 'en-GB') as LocaleTag
  const cells = table.rows
    .slice(0, 500)
    .flatMap((row) => row.filter((_, i) => DATE_FIELDS.has(columns[i]!)))
    .flatMap((cell) => cell.split(/[;\n]/).map((t) => t.trim()))
    .filter((cell) => cell !== '' && cell !== '-')
  const impossible = (locale: LocaleTag) =>
    cells.filter((cell) => {
      const read = readTypedDate(cell, locale)
      return !read.ok && read.impossible
    }).length
  return impossible(user) > 0 && impossible(other) === 0 ? other : user
}

/** The stages the file uses (in its stage and outcome columns), each once, as written. */
export function stagesInFile(table: CsvTable, columns: readonly (ImportField | null)[]): string[] {
  const seen = new Set<string>()
  columns.forEach((field, i) => {
    if (field !== 'stage' && field !== 'outcome') return
    for (const row of table.rows) {
      const value = row[i]!.trim()
      if (value && value !== '-') seen.add(value)
    }
  })
  return [...seen]
}

/** Where each of the file's stages goes: kept where the user chose, the default otherwise. */
export function stageChoicesFor(
  table: CsvTable,
  columns: readonly (ImportField | null)[],
  chosen: Readonly<Record<string, StageChoice>> = {},
): Record<string, StageChoice> {
  return Object.fromEntries(
    stagesInFile(table, columns).map((s) => [s, chosen[s] ?? defaultStageChoice(s)]),
  )
}

/** The draft of a freshly read file: every column, stage and format guessed. */
export function startCsvDraft(
  fileName: string,
  table: CsvTable,
  userLocale: LocaleTag,
  currency: CurrencyCode,
): CsvDraft {
  const columns = guessColumns(table.header)
  return {
    fileName,
    table,
    columns,
    stages: stageChoicesFor(table, columns),
    locale: guessFileLocale(table, columns, userLocale),
    currency,
  }
}

/** Rows read between two pauses, so the screen can show progress and stay responsive. */
const STEP_ROWS = 1000

/** Reads every row of the draft, pausing between steps; `progress` hears rows read so far. */
export async function readCsvInSteps(
  draft: CsvDraft,
  reading: Omit<CsvReading, 'locale' | 'currency'>,
  progress: (done: number, total: number) => void = () => {},
): Promise<CsvRead> {
  const all: CsvRead = { records: [], skipped: 0, problems: [...draft.table.badRows] }
  const total = draft.table.rows.length
  const full = { ...reading, locale: draft.locale, currency: draft.currency }
  for (let start = 0; start < total; start += STEP_ROWS) {
    const part = readCsvRows(draft.table, draft, full, start, Math.min(total, start + STEP_ROWS))
    all.records.push(...part.records)
    all.skipped += part.skipped
    all.problems.push(...part.problems)
    progress(Math.min(total, start + STEP_ROWS), total)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  all.problems.sort((a, b) => a.row - b.row)
  return all
}

/** A row of the file that is an application already here. */
export interface CsvDuplicate {
  row: number
  company: string
  role: string
  /** False when the application already has everything the row holds: merging changes nothing. */
  fills: boolean
}

/** What the preview of a CSV import says beyond the plan. */
export interface CsvSummary {
  duplicates: CsvDuplicate[]
  skipped: number
  ambiguousDates: number
  locale: LocaleTag
}

/**
 * The plan of a CSV import against the applications already here (`mine`, as the board has them):
 * new rows are added; a row that is the same application as one of `mine` is listed, and its
 * merge (empty fields filled, see csvMerge.ts) is the plan's "existing" version of that record.
 */
export function planCsvImport(
  read: CsvRead,
  mine: readonly Opportunity[],
  now: Instant,
  locale: LocaleTag,
): { plan: ImportPlan; summary: CsvSummary } {
  const byKey = new Map(mine.map((o) => [sameApplicationKey(o.company, o.role), o]))
  const merged = new Map<string, Opportunity>()
  const held = new Map<string, unknown>()
  const added = emptyExportTables()
  const duplicates: CsvDuplicate[] = []
  for (const { row, opportunity } of read.records) {
    const same = byKey.get(sameApplicationKey(opportunity.company, opportunity.role))
    if (!same) {
      added.opportunities.push({ id: opportunity.id, value: opportunity })
      continue
    }
    const base = merged.get(same.id) ?? same
    const filled = fillEmptyFields(base, opportunity, now)
    duplicates.push({ row, company: same.company, role: same.role, fills: filled !== base })
    if (filled !== base) {
      merged.set(same.id, filled)
      held.set(heldKey('opportunities', same.id), same)
    }
  }
  const existing = emptyExportTables()
  for (const [id, value] of merged) existing.opportunities.push({ id, value })
  const problems = read.problems.map((p) => ({ where: `Row ${p.row}`, problem: p.problem }))
  return {
    plan: { added, existing, held, problems },
    summary: {
      duplicates,
      skipped: read.skipped,
      ambiguousDates: read.records.filter((r) => r.ambiguousDate).length,
      locale,
    },
  }
}
