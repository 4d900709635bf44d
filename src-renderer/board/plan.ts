/**
 * The follow-up actions the rules plan for each opportunity, with what the user did about them
 * (opportunity.actions) applied, and their due state "now". Plans are cached per record object,
 * so a board of a thousand cards plans each card once until it changes.
 */
import type { ActionState, Message, Opportunity } from '@shared/domain/opportunity'
import type { Settings } from '@shared/domain/settings'
import type { Instant } from '@shared/domain/time'

/** One action as the rules plan it. */
export interface PlannedAction {
  /** Stable across re-plans, so the user's done/skip/snooze sticks to it. */
  id: string
  opportunityId: string | null
  /** What kind of action it is, e.g. `thank-you` or `referee-warning`. */
  kind: string
  /** What to do, in a few words: "Thank Priya Shah". */
  title: string
  /** Which rule planned it, and that rule's reason in one sentence. */
  ruleId: string
  explanation: string
  earliest: Instant
  latest: Instant
  recipient: { id: string; name: string; email: string } | null
  channel: 'email' | 'card' | 'linkedin' | 'phone' | 'agency' | 'none'
  /** The message a done action logs, when it sends one. */
  sends: Message['kind'] | null
  /** The draft to send, with what to point out first (e.g. `near-duplicate`). */
  draft: { subject: string; body: string; flags: string[] } | null
}

/** How urgent an open action is. */
export type DueState = 'upcoming' | 'due-today' | 'overdue'

/** A planned action with the user's state and its due state. */
export interface ActionView extends PlannedAction {
  state: ActionState | null
  /** Null once done or skipped, or while snoozed. */
  due: DueState | null
}

/** Plans the actions of one opportunity. */
export type Planner = (o: Opportunity, settings: Settings, now: Instant) => PlannedAction[]

/** The end of the local day containing `at`, in `timeZone`. */
export function endOfDay(at: Instant, timeZone: string): Instant {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0)
  const elapsed = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + (at % 1000)
  return at - elapsed + 86_400_000 - 1
}

/** The due state of an open action at `now`. */
export function dueState(a: PlannedAction, now: Instant, timeZone: string): DueState {
  if (now > a.latest) return 'overdue'
  return a.earliest <= endOfDay(now, timeZone) ? 'due-today' : 'upcoming'
}

/** Applies the user's state to the plan: done and skipped stay listed; a snooze moves it. */
export function withState(
  plan: PlannedAction[],
  o: Opportunity,
  now: Instant,
  timeZone: string,
): ActionView[] {
  return plan
    .map((a): ActionView => {
      const state = o.actions[a.id] ?? null
      if (state?.status === 'snoozed' && state.until && state.until > now)
        return { ...a, state, due: null }
      if (state?.status === 'snoozed' && state.until) {
        const moved = { ...a, earliest: state.until, latest: Math.max(a.latest, state.until) }
        return { ...moved, state, due: dueState(moved, now, timeZone) }
      }
      if (state) return { ...a, state, due: null }
      return { ...a, state: null, due: dueState(a, now, timeZone) }
    })
    .sort((x, y) => x.latest - y.latest)
}

/** The first open action (not done, skipped or snoozed), if any. */
export function nextOpen(actions: ActionView[]): ActionView | null {
  return actions.find((a) => a.due !== null) ?? null
}
