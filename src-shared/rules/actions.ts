/**
 * A planned action: what to do, for whom, through which channel, between which instants, why
 * (the rule), and where it stands given `now` and what the user recorded.
 */
import type { ActionState, Message } from '../domain/opportunity'
import type { Instant } from '../domain/time'
import type { Draft } from './drafts/format'
import type { RuleId } from './ruleIds'

/** What an action asks the user to do. */
export type ActionKind =
  | 'thank-you'
  | 'card'
  | 'linkedin'
  | 'debrief'
  | 'chaser'
  | 'closing'
  | 'move-on'
  | 'referee-warning'
  | 'offer-thanks'
  | 'offer-in-writing'
  | 'contract-reminder'
  | 'decision-deadline'
  | 'more-time'
  | 'resign'
  | 'thank-you-anyway'
  | 'feedback-request'
  | 'reapproach'
  | 'keep-looking'

/** How the action reaches its recipient; `reminder` is a note to the user only. */
export type Channel = 'email' | 'card' | 'phone' | 'linkedin' | 'reminder'

/** Who the action is for. */
export type Recipient =
  | { kind: 'interviewer'; id: string; name: string }
  | { kind: 'employer'; name: string }
  | { kind: 'consultant'; name: string; agency: string }
  | { kind: 'referee'; id: string; name: string }
  | { kind: 'self' }

/**
 * Where an action stands. `closed`: it was still open when the decision it waited on came, so it
 * no longer makes sense (see `closedBy`).
 */
export type ActionStatus =
  'upcoming' | 'due' | 'overdue' | 'done' | 'skipped' | 'snoozed' | 'closed'

/** One action of the plan. */
export interface PlannedAction {
  /** Stable: the same opportunity, rule and recipient always give the same id. */
  id: string
  opportunityId: string | null
  kind: ActionKind
  rule: RuleId
  /** Further rules that shaped it, e.g. `chase.gap` when the gap moved the date. */
  alsoRules: RuleId[]
  /** Not before this instant (epoch ms). */
  earliest: Instant
  /** Due by this instant (epoch ms); later is overdue. */
  latest: Instant
  recipient: Recipient
  channel: Channel
  status: ActionStatus
  /** For a snoozed action: when it comes back. */
  snoozedUntil?: Instant
  /**
   * When the user did, skipped or snoozed it (epoch ms): the instant they said so, or when its
   * message was logged. Absent while it was left alone, and for a done state known only from
   * elsewhere (a referee's own record).
   */
  settledAt?: Instant
  draft: Draft | null
  /** Planned while the user awaited a decision that has now come (an offer or a rejection). */
  earlier?: true
  /** For a closed action: the decision that made it pointless. */
  closedBy?: 'offer' | 'rejection'
  /** Other actions whose drafts read almost the same, with the similarity (0-1). */
  similarTo?: { actionId: string; score: number }[]
}

/** 32-bit FNV-1a of a string, from `seed`. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/**
 * The id of an action: a hash of the opportunity, the rule and the recipient key (and any extra
 * part such as the chaser's number). Opaque, so it can go into a notification without saying
 * who or what it is about; deterministic, so the UI can keep its state in `opportunity.actions`.
 */
export function actionId(opportunityId: string, rule: RuleId, recipientKey: string): string {
  const key = `${opportunityId}\u0000${rule}\u0000${recipientKey}`
  const hex = (n: number) => n.toString(16).padStart(8, '0')
  return `a${hex(fnv1a(key, 0x811c9dc5))}${hex(fnv1a(key, 0x2166136b))}`
}

/**
 * The status of an action from `now` (epoch ms) and the user's record: a stored done/skipped
 * state wins, then a logged message (`sentAt`), then an unexpired snooze, then the due window.
 */
export function statusOf(
  earliest: Instant,
  latest: Instant,
  now: Instant,
  state: ActionState | undefined,
  sentAt: Instant | null = null,
): { status: ActionStatus; snoozedUntil?: Instant } {
  if (state?.status === 'done' || state?.status === 'skipped') return { status: state.status }
  if (sentAt != null) return { status: 'done' }
  if (state?.status === 'snoozed' && state.until != null && state.until > now) {
    return { status: 'snoozed', snoozedUntil: state.until }
  }
  if (now < earliest) return { status: 'upcoming' }
  return { status: now <= latest ? 'due' : 'overdue' }
}

/**
 * `action`'s status at another instant `now` (epoch ms), with the user's record `state`: what
 * planning again at `now` would give, since only the due window and a snooze move with time
 * (done, skipped and closed stay as planned). Lets a plan made once be shown minute after minute.
 */
export function statusAt(
  action: Pick<PlannedAction, 'earliest' | 'latest' | 'status'>,
  now: Instant,
  state: ActionState | undefined,
): { status: ActionStatus; snoozedUntil?: Instant } {
  if (action.status === 'done' || action.status === 'skipped' || action.status === 'closed')
    return { status: action.status }
  return statusOf(action.earliest, action.latest, now, state)
}

/** The first message of `kind` to `to` at or after `since`, if the user logged one. */
export function sentMessage(
  messages: readonly Message[],
  kind: Message['kind'],
  to: string | ((to: string) => boolean),
  since: Instant,
): Message | undefined {
  const match = typeof to === 'string' ? (t: string) => t === to : to
  let best: Message | undefined
  for (const m of messages) {
    if (m.kind === kind && match(m.to) && m.at >= since && (!best || m.at < best.at)) best = m
  }
  return best
}

/** When the user finished an action: its logged message, or the instant they marked it done. */
export function doneAt(state: ActionState | undefined, sent: Message | undefined): Instant | null {
  if (sent) return sent.at
  return state?.status === 'done' ? state.at : null
}
