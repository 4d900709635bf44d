/** How "Your data" words what an import holds and why a file was refused. */
import type { CsvFileError } from '@shared/records/csvFile'
import type { ExportFileError, ExportedTable } from '@shared/records/exportFile'
import { countText } from '../ui/format'

const NOUNS: Record<ExportedTable, [one: string, many: string]> = {
  opportunities: ['application', 'applications'],
  offers: ['offer', 'offers'],
  plans: ['start plan', 'start plans'],
  referees: ['referee', 'referees'],
  profile: ['your profile', 'your profile'],
  settings: ['your settings', 'your settings'],
  pipeline: ['your follow-up progress', 'your follow-up progress'],
}

/** "12 applications, 2 offers and your settings"; "nothing" when every count is zero. */
export function describeCounts(counts: Record<ExportedTable, number>): string {
  const parts = (Object.keys(NOUNS) as ExportedTable[])
    .filter((table) => counts[table] > 0)
    .map((table) => {
      const [one, many] = NOUNS[table]
      if (one.startsWith('your ')) return one
      return `${countText(counts[table])} ${counts[table] === 1 ? one : many}`
    })
  if (parts.length === 0) return 'nothing'
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** Why `fileName` cannot be imported at all, in words. */
export function describeFileError(fileName: string, error: ExportFileError): string {
  switch (error.kind) {
    case 'not-json':
      return `${fileName} is not a JSON file, or it was cut short. Nothing was imported.`
    case 'not-an-export':
      return `${fileName} is JSON, but not an Afterview export. Nothing was imported.`
    case 'newer-version':
      return `${fileName} was made by a newer version of Afterview. Update Afterview, then import it again.`
  }
}

/** Why `fileName` cannot be imported as CSV at all, in words. */
export function describeCsvError(fileName: string, error: CsvFileError): string {
  switch (error.kind) {
    case 'empty':
      return `${fileName} is empty. Nothing was imported.`
    case 'binary':
      return `${fileName} is not a text file (a spreadsheet’s own format, perhaps). In your spreadsheet, save it “as CSV”, then import that. Nothing was imported.`
    case 'header-only':
      return `${fileName} has a header row but no applications under it. Nothing was imported.`
    case 'one-column':
      return `Only one column was found in ${fileName}. Its cells must be separated by commas, semicolons, tabs or the | sign; save it from your spreadsheet “as CSV” and try again. Nothing was imported.`
    case 'unclosed-quote':
      return `${fileName} looks damaged: a quotation mark opened on row ${countText(error.row)} is never closed, so the rows after it cannot be told apart. Nothing was imported.`
  }
}

/** The sentence for a CSV file over the size limit. */
export function csvTooLarge(limitBytes: number): string {
  return `That file is larger than ${Math.round(limitBytes / 1024 / 1024)} MB, far more than any tracker’s export. Check it is the right file. Nothing was imported.`
}

/** What a CSV import did: "Imported 2 applications, and filled in 1 you already had." */
export function describeCsvDone(done: { written: ReadonlyArray<{ before: unknown }> }): string {
  const merged = done.written.filter((w) => w.before !== undefined).length
  const added = done.written.length - merged
  const apps = (n: number) => `${countText(n)} ${n === 1 ? 'application' : 'applications'}`
  if (merged === 0) return `Imported ${apps(added)}.`
  const filled = `filled in ${apps(merged)} you already had`
  return added === 0
    ? `Nothing new was imported; ${filled}.`
    : `Imported ${apps(added)}, and ${filled}.`
}
