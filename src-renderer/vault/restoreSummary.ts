/**
 * What a finished restore says to the user, wherever it started: what came back, counted in the
 * user's words, and how many rows could not be read (kept, and listed in Settings).
 */
import { TABLES } from '../session/tableNames'
import type { RestoreReport } from './backups'

/** Singular and plural words for the tables the user thinks of as lists. */
const COUNTED: Record<string, [string, string]> = {
  [TABLES.opportunities]: ['application', 'applications'],
  [TABLES.offers]: ['offer', 'offers'],
  [TABLES.referees]: ['referee', 'referees'],
  [TABLES.plans]: ['start plan', 'start plans'],
}

function count(n: number, [one, many]: [string, string]): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`
}

/** "Restored 182 applications, 3 offers, your settings and 2 attachments." and the rest. */
export function describeRestore(report: RestoreReport): string {
  const parts: string[] = []
  let settings = false
  for (const [table, n] of Object.entries(report.tables)) {
    const words = COUNTED[table]
    if (words) parts.push(count(n, words))
    else settings = true
  }
  if (settings) parts.push('your settings')
  if (report.attachments > 0) parts.push(count(report.attachments, ['attachment', 'attachments']))
  const what =
    parts.length === 0
      ? 'Restored an empty backup.'
      : parts.length === 1
        ? `Restored ${parts[0]}.`
        : `Restored ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`
  const bad = report.unreadable.length
  if (bad === 0) return what
  const items = bad === 1 ? '1 item' : `${bad.toLocaleString()} items`
  return `${what} ${items} could not be read; ${bad === 1 ? 'it is' : 'they are'} kept as ${bad === 1 ? 'it was' : 'they were'} and listed under “Items that could not be read”.`
}
