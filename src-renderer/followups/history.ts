/**
 * The story of one opportunity, newest first: its moves between stages, what the user did with
 * each follow-up (done, skipped, snoozed, on the day they said so), the replies they logged, and
 * what they sent that the plan no longer lists (a chaser answered by a reply, say).
 * The record keeps each of these in its own field; this is the one place they are told as one.
 */
import type { Message, Opportunity } from '@shared/domain/opportunity'
import { STAGE_LABELS } from '@shared/domain/stages'
import type { Instant } from '@shared/domain/time'
import type { ActionView } from './plan'
import { dateText } from '../ui/format'

/** One line of the history. */
export interface HistoryEntry {
  /** When it happened (epoch ms). */
  at: Instant
  /** What happened, as a sentence without its date. */
  text: string
  /** Where it came from: a stage move, an action the user settled, a reply, another message. */
  source: 'stage' | 'action' | 'reply' | 'message'
  /** For something the user sent (an action done, a message logged): what it was, in words. */
  sent?: string
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
      out.push({
        at: state.at,
        text: `${SETTLED[state.status]}: ${a.title}`,
        source: 'action',
        ...(state.status === 'done' ? { sent: a.title } : {}),
      })
    else if (a.status === 'done' && a.settledAt !== undefined)
      out.push({ at: a.settledAt, text: `Done: ${a.title}`, source: 'action', sent: a.title })
  }
  // Marking an action done logs its message at the same instant: those are told once, above.
  const told = new Set(out.map((h) => h.at))
  for (const m of o.messages) {
    if (m.kind === 'reply') out.push({ at: m.at, text: replyText(m, o), source: 'reply' })
    else if (!told.has(m.at))
      out.push({ at: m.at, text: SENT[m.kind], source: 'message', sent: SENT[m.kind] })
  }
  return out.sort((a, b) => b.at - a.at)
}

/** What a logged message says the user did, in the history and on the People screen. */
export const SENT: Record<Exclude<Message['kind'], 'reply'>, string> = {
  'thank-you': 'Sent a thank-you',
  card: 'Sent a thank-you card',
  linkedin: 'Sent a LinkedIn request',
  chaser: 'Asked for news',
  closing: 'Sent a last courteous message',
  'feedback-request': 'Asked for feedback',
  'thank-you-anyway': 'Thanked them after the decision',
  'offer-thanks': 'Thanked them for the offer',
}

const VIA: Record<NonNullable<Message['via']>, string> = {
  email: 'by email',
  phone: 'on the phone',
  linkedin: 'on LinkedIn',
  agency: 'through the agency',
  'in-person': 'in person',
}

function replyText(m: Message, o: Opportunity): string {
  const who = m.to === 'agency' ? (o.agency?.name ?? 'The agency') : o.company
  const said = m.said ? `: “${m.said}”` : ''
  const promised = m.promisedDate
    ? `; new decision date ${dateText(m.promisedDate, 'day-month', null)}`
    : ''
  return `${who} replied${m.via ? ` ${VIA[m.via]}` : ''}${said}${promised}`
}
