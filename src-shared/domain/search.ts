/** Search and filter across the board: company, role, interviewers, agency and stage. */
import type { Opportunity, Stage } from './opportunity'
import { STAGE_LABELS } from './stages'

/** What the board is filtered by. `stage` 'all' shows every column. */
export interface BoardFilter {
  text: string
  stage: Stage | 'all'
  /** Show closed opportunities (accepted, declined, withdrawn, archived) instead of open ones. */
  closed: boolean
}

/**
 * The words an opportunity can be found by, lower-cased. Cached per record object: records are
 * replaced, never changed in place, so a keystroke on a board of 10,000 cards joins no strings.
 */
export function searchText(o: Opportunity): string {
  let text = searchTexts.get(o)
  if (text === undefined) {
    const people = o.rounds.flatMap((r) => r.interviewers.map((i) => `${i.name} ${i.title}`))
    const agency = o.agency ? `${o.agency.name} ${o.agency.consultant}` : ''
    text = [o.company, o.role, ...people, agency, STAGE_LABELS[o.stage]].join(' ').toLowerCase()
    searchTexts.set(o, text)
  }
  return text
}

const searchTexts = new WeakMap<Opportunity, string>()

function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean)
}

function hasEvery(o: Opportunity, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const text = searchText(o)
  return words.every((w) => text.includes(w))
}

/** True when every word of the query appears somewhere in the opportunity. */
export function matchesText(o: Opportunity, query: string): boolean {
  return hasEvery(o, queryWords(query))
}

/** The opportunities the filter lets through, in their given order. */
export function applyFilter(list: readonly Opportunity[], f: BoardFilter): Opportunity[] {
  const words = queryWords(f.text)
  return list.filter(
    (o) =>
      (f.closed ? o.closed !== null : o.closed === null) &&
      (f.stage === 'all' || o.stage === f.stage) &&
      hasEvery(o, words),
  )
}
