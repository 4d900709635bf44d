/**
 * Turns the rules' planned actions into the reminders the user gets: what to do (worded by the
 * one presenter, as Today words it), when to say so (the start of the action's window, or the
 * end of a snooze), when it turns overdue, and the draft that would be sent when there is one.
 */
import type { Opportunity } from '../domain/opportunity'
import type { Referee } from '../domain/people'
import type { Instant } from '../domain/time'
import type { PlannedAction } from '../rules'
import { presentAction, type PresentedDraft } from '../presenters/action'

/** One action still to do, as reminders, the calendar and the mail link need it. */
export interface UpcomingAction {
  opportunityId: string
  actionId: string
  /** When it can be done from: the notification shows then. */
  dueAt: Instant
  /** The deadline: after it the action is overdue and counts on the badge. */
  overdueAt: Instant
  /** What to do, in a few words, as Today shows it: "Ask Priya for news". */
  title: string
  /** The title after the company: "Acme Ltd · Ask Priya for news". */
  label: string
  company: string
  /** When the opportunity it belongs to last changed (an edit, a snooze): the calendar's revision. */
  changedAt: Instant
  /** The draft that would be sent (the user's edit wins), when the action is a message. */
  draft: PresentedDraft | null
}

/**
 * The upcoming actions of one opportunity, from its plan: neither done nor skipped, snoozed ones
 * at the end of their snooze. A plan made without drafts gives `draft: null`.
 */
export function upcomingOf(
  o: Opportunity,
  plan: readonly PlannedAction[],
  referees: readonly Pick<Referee, 'id' | 'email'>[] = [],
): UpcomingAction[] {
  const out: UpcomingAction[] = []
  for (const a of plan) {
    if (a.status === 'done' || a.status === 'skipped' || a.status === 'closed') continue
    // A snooze moves the reminder even once it has run out, so re-planning later does not
    // bring back the earlier instant and notify a second time.
    const state = o.actions[a.id]
    const until = state?.status === 'snoozed' ? (state.until ?? 0) : 0
    const dueAt = Math.max(a.earliest, until)
    const shown = presentAction(a, { opportunity: o, referees })
    out.push({
      opportunityId: o.id,
      actionId: a.id,
      dueAt,
      overdueAt: Math.max(a.latest, dueAt),
      title: shown.title,
      label: shown.label,
      company: o.company,
      changedAt: o.updatedAt,
      draft: shown.draft,
    })
  }
  return out
}
