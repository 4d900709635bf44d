/**
 * The follow-up planner: every action for one opportunity, each with its due window, recipient,
 * channel, rule, status and draft, in order of when it falls due.
 */
import type { Opportunity } from '../domain/opportunity'
import type { Instant } from '../domain/time'
import type { PlannedAction } from './actions'
import { chaseActions } from './chaseActions'
import { debriefAction, linkedInActions, thankYouActions } from './interviewActions'
import { decisionInstant, offerActions, refereeActions, rejectionActions } from './outcomeActions'
import { planEnv } from './planEnv'
import type { PlanContext } from './planEnv'

const AWAITING = new Set(['interviewed', 'followed-up'])

/**
 * Plans the follow-ups of one opportunity at `now` (epoch ms). Interview times are read in
 * `ctx.settings.timeZone`; business days skip weekends and the public holidays of
 * `ctx.settings.region`; every delay in settings says whether it counts calendar or business days.
 * Nothing is planned before the interview it follows. A closed opportunity gets no actions, except
 * the re-approach after a rejection that was archived.
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
  if (opp.closed && !(opp.closed === 'archived' && opp.stage === 'rejected')) return []
  if (opp.closed) return rejectionActions(env, true)

  const out: PlannedAction[] = []
  if (AWAITING.has(opp.stage)) {
    const thankYous = env.rounds.flatMap((r) => thankYouActions(env, r))
    out.push(...thankYous)
    out.push(...linkedInActions(env, thankYous, null))
    for (const r of env.rounds) {
      const debrief = debriefAction(env, r)
      if (debrief) out.push(debrief)
    }
    out.push(...chaseActions(env))
  } else if (env.settings.linkedInAfterDecision) {
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

  // A stable sort: ties keep the order of the rounds and their interviewers.
  return out.sort((a, b) => a.earliest - b.earliest || a.latest - b.latest)
}
