/**
 * The follow-up planner: every action for one opportunity, each with its due window, recipient,
 * channel, rule, status and draft, in order of when it falls due.
 */
import type { Opportunity } from '../domain/opportunity'
import type { Instant } from '../domain/time'
import { isArchived } from '../domain/stages'
import type { PlannedAction } from './actions'
import { chaseActions } from './chaseActions'
import { debriefAction, linkedInActions, thankYouActions } from './interviewActions'
import { decisionInstant, offerActions, refereeActions, rejectionActions } from './outcomeActions'
import { planEnv } from './planEnv'
import type { PlanContext, PlanEnv } from './planEnv'

const AWAITING = new Set(['interviewed', 'followed-up'])

/** What is planned while the user awaits a decision: thank-yous, LinkedIn, debriefs, chasers. */
function awaitingActions(env: PlanEnv): PlannedAction[] {
  const thankYous = env.rounds.flatMap((r) => thankYouActions(env, r))
  const out = [...thankYous, ...linkedInActions(env, thankYous, null)]
  for (const r of env.rounds) {
    const debrief = debriefAction(env, r)
    if (debrief) out.push(debrief)
  }
  return [...out, ...chaseActions(env)]
}

/**
 * Plans the follow-ups of one opportunity at `now` (epoch ms). Interview times are read in
 * `ctx.settings.timeZone`; business days skip weekends and the public holidays of
 * `ctx.settings.region`; every delay in settings says whether it counts calendar or business days.
 * Nothing is planned before the interview it follows. A closed opportunity gets no actions, except
 * the re-approach after a rejection that was archived. After an offer or a rejection, the actions
 * planned while waiting stay in the list marked `earlier`; those still open are `closed`.
 *
 * Throws `RuleInputError` naming the field for an impossible date or time, an unknown region or
 * time zone, or settings out of range.
 */
export function planFollowUps(
  opportunity: Opportunity,
  ctx: PlanContext,
  now: Instant,
): PlannedAction[] {
  const env = planEnv(opportunity, ctx, now)
  const opp = opportunity
  // Archived after a rejection, the re-approach months later still stands; else nothing.
  if (isArchived(opp)) {
    const rejected = opp.stage === 'rejected' && (opp.closed === null || opp.closed === 'archived')
    return rejected ? rejectionActions(env, true) : []
  }
  if (opp.closed) return []

  const out: PlannedAction[] = []
  if (AWAITING.has(opp.stage)) out.push(...awaitingActions(env))
  else {
    // The decision came: what was planned while waiting stays part of the story, and what was
    // still open no longer makes sense (no chasing a decision that came), so it is closed.
    const closedBy = opp.stage === 'offer' ? 'offer' : 'rejection'
    for (const a of awaitingActions(env)) {
      const settled = a.status === 'done' || a.status === 'skipped'
      const { snoozedUntil: _s, ...rest } = a
      out.push(
        settled ? { ...a, earlier: true } : { ...rest, status: 'closed', closedBy, earlier: true },
      )
    }
  }
  if (!AWAITING.has(opp.stage) && env.settings.linkedInAfterDecision) {
    const decided =
      opp.stage === 'offer' && ctx.offer
        ? decisionInstant(env, 'offer', ctx.offer.receivedOn)
        : opp.stage === 'rejected' && opp.rejection
          ? decisionInstant(env, 'rejected', opp.rejection.on)
          : null
    out.push(...linkedInActions(env, [], decided))
  }
  out.push(...refereeActions(env))
  if (opp.stage === 'offer') out.push(...offerActions(env))
  if (opp.stage === 'rejected') out.push(...rejectionActions(env))

  // A stable sort: ties keep the order of the rounds and their interviewers. What came before
  // the decision follows what it asks now.
  return out.sort(
    (a, b) =>
      Number(a.earlier ?? false) - Number(b.earlier ?? false) ||
      a.earliest - b.earliest ||
      a.latest - b.latest,
  )
}
