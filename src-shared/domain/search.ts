/**
 * Search and filter across the board: company, role, people, agency, stage and outcome, tags,
 * notes, the topics talked about and the questions asked, and places. Letters match without
 * regard to case or accents ("renee" finds Renée).
 */
import type { Opportunity, Stage } from './opportunity'
import { CLOSURE_LABELS, isArchived, STAGE_LABELS } from './stages'
import { foldText } from './names'
import { hasTag } from './tags'

/** Which applications the board lists: those on it, the closed ones, or the archived ones. */
export type BoardShows = 'board' | 'closed' | 'archived'

/** What the board is filtered by. `stage` 'all' shows every column; `tag` '' any tag. */
export interface BoardFilter {
  text: string
  stage: Stage | 'all'
  /**
   * 'board': open and rejected ones, not archived; 'closed': closed (accepted, declined,
   * withdrawn, went quiet) and not archived; 'archived': archived, however they ended.
   */
  shows: BoardShows
  tag: string
}

/** The filter the board opens with: every column, nothing typed, any tag. */
export const NO_FILTER: BoardFilter = { text: '', stage: 'all', shows: 'board', tag: '' }

/**
 * The words an opportunity can be found by, folded (see names). Cached per record object: records
 * are replaced, never changed in place, so a keystroke on a board of 10,000 cards joins no strings.
 */
export function searchText(o: Opportunity): string {
  let text = searchTexts.get(o)
  if (text === undefined) {
    text = foldText(wordsOf(o).join(' '))
    searchTexts.set(o, text)
  }
  return text
}

const searchTexts = new WeakMap<Opportunity, string>()

function wordsOf(o: Opportunity): string[] {
  const r = o.reflection
  return [
    o.company,
    o.role,
    STAGE_LABELS[o.stage],
    o.closed ? CLOSURE_LABELS[o.closed] : '',
    ...o.rounds.flatMap((round) => [
      round.place,
      ...round.interviewers.flatMap((i) => [i.name, i.title, i.discussed]),
    ]),
    o.agency ? `${o.agency.name} ${o.agency.consultant}` : '',
    o.advert?.terms.location ?? '',
    ...(o.tags ?? []),
    o.notes,
    r.questionsAsked,
    ...r.difficultQuestions.map((q) => q.question),
  ]
}

function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean)
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

/** Which list `o` belongs to. */
export function listOf(o: Opportunity): BoardShows {
  if (isArchived(o)) return 'archived'
  return o.closed === null ? 'board' : 'closed'
}

/** The opportunities the filter lets through, in their given order. */
export function applyFilter(list: readonly Opportunity[], f: BoardFilter): Opportunity[] {
  const words = queryWords(f.text)
  return list.filter(
    (o) =>
      listOf(o) === f.shows &&
      (f.stage === 'all' || o.stage === f.stage) &&
      (f.tag === '' || hasTag(o.tags, f.tag)) &&
      hasEvery(o, words),
  )
}
