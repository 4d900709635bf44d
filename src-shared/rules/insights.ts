/**
 * Figures for the Insights screen, from the records alone: how far interviews got, how long
 * employers took against what they promised, and whether follow-ups went out on time.
 */
import type { Opportunity, Stage } from '../domain/opportunity'
import type { Instant, IsoDate } from '../domain/time'
import { zonedDate } from '../domain/zoned'
import { daysBetween } from './dates'

/** How many opportunities ever reached each stage. */
export function stageReach(list: readonly Opportunity[]): Record<Stage, number> {
  const out: Record<Stage, number> = { interviewed: 0, 'followed-up': 0, offer: 0, rejected: 0 }
  for (const o of list) {
    const reached = new Set<Stage>([o.stage, ...o.history.map((h) => h.to)])
    for (const s of reached) out[s]++
  }
  return out
}

/** One employer's answer against its promise, in calendar days. */
export interface AnswerDelay {
  company: string
  promised: IsoDate
  answered: IsoDate
  /** Positive: days late; negative: days early. */
  daysLate: number
}

/**
 * For each opportunity with a promised date and an answer (an offer or a rejection), how late the
 * answer came. The answer's date is the offer or rejection date when recorded, else the move's day.
 */
export function answerDelays(list: readonly Opportunity[], timeZone: string): AnswerDelay[] {
  const out: AnswerDelay[] = []
  for (const o of list) {
    if (!o.promisedDecisionDate) continue
    const move = o.history.find((h) => h.to === 'offer' || h.to === 'rejected')
    if (!move) continue
    const answered =
      (move.to === 'offer' ? o.offerReceivedOn : o.rejection?.on) ?? zonedDate(move.at, timeZone)
    out.push({
      company: o.company,
      promised: o.promisedDecisionDate,
      answered,
      daysLate: daysBetween(o.promisedDecisionDate, answered),
    })
  }
  return out.sort((a, b) => a.answered.localeCompare(b.answered))
}

/** Done actions split by whether they were done by their deadline. */
export interface Punctuality {
  onTime: number
  late: number
}

/** Counts done actions against their deadlines (`latestOf` gives an action's deadline). */
export function punctuality(
  list: readonly Opportunity[],
  latestOf: (o: Opportunity, actionId: string) => Instant | null,
): Punctuality {
  const out = { onTime: 0, late: 0 }
  for (const o of list)
    for (const [id, state] of Object.entries(o.actions)) {
      if (state.status !== 'done') continue
      const latest = latestOf(o, id)
      if (latest === null) continue
      if (state.at <= latest) out.onTime++
      else out.late++
    }
  return out
}
