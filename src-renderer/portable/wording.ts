/** How "Your data" words what an import holds and why a file was refused. */
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
