/** Search and filter across the board: company, role, interviewers, agency and stage. */
import type { Opportunity, Stage } from '../domain/opportunity'
import { STAGE_LABELS } from './stages'

/** What the board is filtered by. `stage` 'all' shows every column. */
export interface BoardFilter {
  text: string
  stage: Stage | 'all'
  /** Show closed opportunities (accepted, declined, withdrawn, archived) instead of open ones. */
  closed: boolean
}

/** The words an opportunity can be found by, lower-cased. */
export function searchText(o: Opportunity): string {
  const people = o.rounds.flatMap((r) => r.interviewers.map((i) => `${i.name} ${i.title}`))
  const agency = o.agency ? `${o.agency.name} ${o.agency.consultant}` : ''
  return [o.company, o.role, ...people, agency, STAGE_LABELS[o.stage]].join(' ').toLowerCase()
}

/** True when every word of the query appears somewhere in the opportunity. */
export function matchesText(o: Opportunity, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const text = searchText(o)
  return words.every((w) => text.includes(w))
}

/** The opportunities the filter lets through, in their given order. */
export function applyFilter(list: readonly Opportunity[], f: BoardFilter): Opportunity[] {
  return list.filter(
    (o) =>
      (f.closed ? o.closed !== null : o.closed === null) &&
      (f.stage === 'all' || o.stage === f.stage) &&
      matchesText(o, f.text),
  )
}
