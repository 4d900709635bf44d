/**
 * Turns the rules' planned actions into the reminders the user gets: what to do in a few plain
 * words, when to say so (the start of the action's window, or the end of a snooze), when it turns
 * overdue, and the draft with the recipient's address when there is one.
 */
import type { Opportunity } from '../domain/opportunity'
import type { Instant } from '../domain/time'
import { planFollowUps, type PlanContext, type PlannedAction, RuleInputError } from '../rules'
import type { MailDraft } from './mailto'

/** One action still to do, as reminders, the calendar and the mail link need it. */
export interface UpcomingAction {
  opportunityId: string
  actionId: string
  /** When it can be done from: the notification shows then. */
  dueAt: Instant
  /** The deadline: after it the action is overdue and counts on the badge. */
  overdueAt: Instant
  /** What to do, in a few words: "Thank Jane Smith for the interview". */
  label: string
  company: string
  /** The draft to send, when the action is a message. */
  draft: MailDraft | null
}

/** A short, plain description of an action. */
export function actionLabel(action: PlannedAction, company: string): string {
  const r = action.recipient
  const who = r.kind === 'self' ? company : r.kind === 'employer' ? r.name || company : r.name
  switch (action.kind) {
    case 'thank-you':
      return `Thank ${who} for the interview`
    case 'card':
      return `Send ${who} a thank-you card`
    case 'linkedin':
      return `Connect with ${who} on LinkedIn`
    case 'debrief':
      return `Note how the interview at ${company} went`
    case 'chaser':
      return `Follow up with ${who}`
    case 'closing':
      return `Send ${company} a last, courteous note`
    case 'move-on':
      return `Time to let ${company} go and look ahead`
    case 'referee-warning':
      return `Let ${who} know a reference request may come`
    case 'offer-thanks':
      return `Thank ${company} for the offer`
    case 'offer-in-writing':
      return `Ask ${company} for the offer in writing`
    case 'contract-reminder':
      return `Return the contract to ${company}`
    case 'resign':
      return 'Hand in your notice'
    case 'thank-you-anyway':
      return `Thank ${company} anyway`
    case 'feedback-request':
      return `Ask ${company} for feedback`
    case 'reapproach':
      return `Get back in touch with ${company}`
    case 'keep-looking':
      return 'Add another application to keep your options open'
  }
}

function addressOf(action: PlannedAction, o: Opportunity): string {
  const r = action.recipient
  if (r.kind === 'interviewer') {
    for (const round of o.rounds) {
      const found = round.interviewers.find((i) => i.id === r.id)
      if (found) return found.email
    }
  }
  if (r.kind === 'consultant') return o.agency?.email ?? ''
  return ''
}

/**
 * The upcoming actions of one opportunity, from its plan: neither done nor skipped, snoozed ones
 * at the end of their snooze. Plan with `drafts: false` when the drafts are not needed (reminders
 * need only instants and labels): `draft` is then null.
 */
export function upcomingOf(o: Opportunity, plan: readonly PlannedAction[]): UpcomingAction[] {
  const out: UpcomingAction[] = []
  for (const a of plan) {
    if (a.status === 'done' || a.status === 'skipped') continue
    // A snooze moves the reminder even once it has run out, so re-planning later does not
    // bring back the earlier instant and notify a second time.
    const state = o.actions[a.id]
    const until = state?.status === 'snoozed' ? (state.until ?? 0) : 0
    const dueAt = Math.max(a.earliest, until)
    out.push({
      opportunityId: o.id,
      actionId: a.id,
      dueAt,
      overdueAt: Math.max(a.latest, dueAt),
      label: actionLabel(a, o.company),
      company: o.company,
      draft: a.draft ? { to: addressOf(a, o), subject: a.draft.subject, body: a.draft.body } : null,
    })
  }
  return out
}

/**
 * The plan of one opportunity at `now`, or null when the rules refuse its facts (an impossible
 * date): such an opportunity is left out rather than stopping the others.
 */
export function planOrNull(o: Opportunity, ctx: PlanContext, now: Instant): PlannedAction[] | null {
  try {
    return planFollowUps(o, ctx, now)
  } catch (error) {
    if (error instanceof RuleInputError) return null
    throw error
  }
}

/** The upcoming actions of every opportunity at `now`, soonest first (see `upcomingOf`). */
export function upcomingActions(
  opportunities: readonly Opportunity[],
  ctx: PlanContext,
  now: Instant,
): UpcomingAction[] {
  const out: UpcomingAction[] = []
  for (const o of opportunities) {
    const plan = planOrNull(o, ctx, now)
    if (plan) out.push(...upcomingOf(o, plan))
  }
  return out.sort((a, b) => a.dueAt - b.dueAt)
}
