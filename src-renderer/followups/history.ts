/**
 * The story of one opportunity, newest first: its moves between stages, what the user did with
 * each follow-up (done, skipped, snoozed, on the day they said so).
 * The record keeps each of these in its own field; this is the one place they are told as one.
 */
import type { Opportunity } from '@shared/domain/opportunity'
import { STAGE_LABELS } from '@shared/domain/stages'
import type { Instant } from '@shared/domain/time'
import type { ActionView } from './plan'

/** One line of the history. */
export interface HistoryEntry {
  /** When it happened (epoch ms). */
  at: Instant
  /** What happened, as a sentence without its date. */
  text: string
  /** Where it came from: a stage move or an action the user settled. */
  source: 'stage' | 'action'
}

const SETTLED = { done: 'Done', skipped: 'Skipped', snoozed: 'Snoozed' } as const

/** The history of `o` from its record and its planned `actions` (for their titles). */
export function historyOf(o: Opportunity, actions: readonly ActionView[]): HistoryEntry[] {
  const out: HistoryEntry[] = o.history.map((h) => ({
    at: h.at,
    text: h.from
      ? `Moved from ${STAGE_LABELS[h.from]} to ${STAGE_LABELS[h.to]}`
      : `Added to ${STAGE_LABELS[h.to]}`,
    source: 'stage',
  }))
  for (const a of actions) {
    // The stored state says when the user acted; a state that lapsed (a snooze now over) still
    // happened, so it is told from the record rather than from the action's status today.
    const state = a.state
    if (state)
      out.push({ at: state.at, text: `${SETTLED[state.status]}: ${a.title}`, source: 'action' })
    else if (a.status === 'done' && a.settledAt !== undefined)
      out.push({ at: a.settledAt, text: `Done: ${a.title}`, source: 'action' })
  }
  return out.sort((a, b) => b.at - a.at)
}
