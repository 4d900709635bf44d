/**
 * Drafts the user rewrote: kept inside the opportunity by action id, used in place of the
 * suggestion wherever a draft is shown or sent (see followUps/present.ts), and compared with each other as they will be sent.
 */
import type { Opportunity } from '../domain/opportunity'
import type { Instant } from '../domain/time'
import { findNearDuplicates } from '../rules/drafts/similarity'

/**
 * `o` with the draft of `actionId` set to `body` at `at` (epoch ms). A body equal to `suggested`,
 * or null, drops the edit: the draft is the suggestion again and follows later changes to it.
 */
export function withDraftEdit(
  o: Opportunity,
  actionId: string,
  body: string | null,
  suggested: string,
  at: Instant,
): Opportunity {
  const draftEdits = { ...o.draftEdits }
  if (body === null || body === suggested) delete draftEdits[actionId]
  else draftEdits[actionId] = { body, at }
  return { ...o, draftEdits, updatedAt: at }
}

/** One draft as the drafts panel shows it. */
export interface ShownDraft {
  id: string
  /** The text that would be sent: the edit, or the suggestion. */
  text: string
  edited: boolean
  /** The planner's near-duplicates, judged on the suggestions (see interviewActions). */
  similarTo?: { actionId: string }[]
}

/**
 * The ids of the drafts that read too alike, judged on what would be sent. While both drafts of a
 * pair are the app's own suggestions, only the planner's verdict counts: it compares what was
 * discussed with each person, whereas the suggestions share their wording by design (two short
 * LinkedIn notes always look alike), so nothing is flagged before the user has typed a word. Once
 * the user rewrites one, the texts themselves decide.
 */
export function alikeDrafts(drafts: readonly ShownDraft[]): Set<string> {
  const suggested = new Set(drafts.filter((d) => !d.edited).map((d) => d.id))
  const pairs = findNearDuplicates(drafts.map((d) => ({ id: d.id, text: d.text }))).filter(
    (p) => !(suggested.has(p.a) && suggested.has(p.b)),
  )
  const ids = new Set(pairs.flatMap((p) => [p.a, p.b]))
  for (const d of drafts) {
    if (!suggested.has(d.id)) continue
    if (d.similarTo?.some((s) => suggested.has(s.actionId))) ids.add(d.id)
  }
  return ids
}
