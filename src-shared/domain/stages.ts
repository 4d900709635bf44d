/**
 * The board's columns and how an opportunity moves between them. A move records history; moves
 * the advice would question are reported as a question for the user, never refused.
 */
import type { Closure, Message, Opportunity, Rejection, RoundMode, Stage } from './opportunity'
import type { Instant } from './time'

/** The four columns, in board order. */
export const STAGES: readonly Stage[] = ['interviewed', 'followed-up', 'offer', 'rejected']

/** Column names as the user reads them. */
export const STAGE_LABELS: Record<Stage, string> = {
  interviewed: 'Interviewed',
  'followed-up': 'Followed up',
  offer: 'Offer',
  rejected: 'Rejected',
}

/** How an interview round took place, as the user reads it. */
export const ROUND_MODE_LABELS: Record<RoundMode, string> = {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Phone call',
}

/** How a closed opportunity ended, as the user reads it. */
export const CLOSURE_LABELS: Record<Closure, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  ghosted: 'Went quiet',
  archived: 'Archived',
}

/** The closures the user can choose; 'archived' is read on old records, never chosen now. */
export const CLOSING_CHOICES: readonly Closure[] = ['accepted', 'declined', 'withdrawn', 'ghosted']

/** Messages that count as having followed up with the employer. */
const FOLLOW_UP_KINDS: ReadonlySet<Message['kind']> = new Set([
  'thank-you',
  'card',
  'linkedin',
  'chaser',
  'closing',
])

/**
 * Why a move deserves a second look, in the user's words; null when it is unremarkable.
 * The user can always go ahead.
 */
export function questionMove(o: Opportunity, to: Stage): string | null {
  if (to === 'followed-up' && !o.messages.some((m) => FOLLOW_UP_KINDS.has(m.kind)))
    return 'Nothing has been sent to this employer yet. Move it to Followed up anyway?'
  return null
}

/** The opportunity after moving to `to` at `now`, with the move in its history. */
export function moveTo(
  o: Opportunity,
  to: Stage,
  now: Instant,
  rejection?: Rejection,
): Opportunity {
  if (o.stage === to && !rejection) return o
  return {
    ...o,
    stage: to,
    rejection: to === 'rejected' ? (rejection ?? o.rejection) : o.rejection,
    history: [...o.history, { from: o.stage, to, at: now }],
    updatedAt: now,
  }
}

/**
 * The opportunity closed (off the board) with the user's `reason`, if they gave one, or reopened
 * (`closure` null, which forgets the reason).
 */
export function closeAs(
  o: Opportunity,
  closure: Closure | null,
  now: Instant,
  reason = '',
): Opportunity {
  const { closedReason: _old, ...rest } = o
  const why = reason.trim()
  return {
    ...rest,
    closed: closure,
    ...(closure && why ? { closedReason: why } : {}),
    updatedAt: now,
  }
}

/**
 * True when the user archived `o`: off the board and out of the closed list. A record closed as
 * 'archived' by an older version counts too, so there is one notion of archived, not two.
 */
export function isArchived(o: Opportunity): boolean {
  return o.archivedAt !== undefined || o.closed === 'archived'
}

/** True when `o` can be archived: it ended (closed, or rejected) and is not archived yet. */
export function canArchive(o: Opportunity): boolean {
  return !isArchived(o) && (o.closed !== null || o.stage === 'rejected')
}

/** `o` archived at `now`; how it ended (its stage and closure) stays as it was. */
export function archive(o: Opportunity, now: Instant): Opportunity {
  return isArchived(o) ? o : { ...o, archivedAt: now, updatedAt: now }
}

/**
 * `o` brought back from the archive: where it was before (the board's Rejected column, or the
 * closed list). An old record closed as 'archived' had no other outcome, so it reopens.
 */
export function unarchive(o: Opportunity, now: Instant): Opportunity {
  if (!isArchived(o)) return o
  const { archivedAt: _at, ...rest } = o
  return { ...rest, closed: o.closed === 'archived' ? null : o.closed, updatedAt: now }
}

/** True for an opportunity still in play: on the board and not rejected. */
export function isActive(o: Opportunity): boolean {
  return o.closed === null && o.stage !== 'rejected'
}
