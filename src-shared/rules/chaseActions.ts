/**
 * Chasing a decision. Not before the promised date plus a week's grace (or, with no date, five
 * business days after the interview); through an agency, the consultant is asked once the date
 * has passed. Never two chasers to one employer within `chaserGapDays`. After two unanswered
 * chasers: one courteous closing message, then a nudge to move on.
 */
import type { Message } from '../domain/opportunity'
import type { Instant, IsoDate } from '../domain/time'
import type { PlannedAction } from './actions'
import { doneAt } from './actions'
import { addDays, maxDate } from './dates'
import { agencyChaseDraft, chaserDraft, closingDraft } from './drafts/followUp'
import type { PlanEnv } from './planEnv'
import { DAY_END, DAY_START, consultantOf } from './planEnv'
import type { RuleId } from './ruleIds'
import { zonedDate } from '../domain/zoned'

const isChaserTo = (m: Message, agency: boolean) =>
  m.kind === 'chaser' && (agency ? m.to === 'agency' : m.to !== 'agency')

/** The chasers, closing message and move-on nudge for an opportunity still awaiting a decision. */
export function chaseActions(env: PlanEnv): PlannedAction[] {
  const last = env.lastRound
  if (!last) return []
  const s = env.settings
  const { opp, cal } = env
  const consultant = consultantOf(env)
  const viaAgency = consultant != null
  const recipient = consultant ?? env.employer
  const interviewDate = last.round.date
  const promised = opp.promisedDecisionDate
  const replies = opp.messages.filter((m) => m.kind === 'reply' && m.at >= last.start)
  const lastReply = replies.reduce<Instant | null>(
    (a, m) => (a == null || m.at > a ? m.at : a),
    null,
  )
  const cycle = `${viaAgency ? 'agency' : 'employer'}#${replies.length}`
  // Chasers since the last reply are the unanswered ones; every chaser counts for the gap.
  const allChasers = opp.messages.filter((m) => m.kind === 'chaser' && m.at >= last.start)
  const unanswered = allChasers
    .filter((m) => isChaserTo(m, viaAgency) && (lastReply == null || m.at > lastReply))
    .sort((a, b) => a.at - b.at)
  // The gap is kept from the chasers sent before a step, never from the step's own message:
  // otherwise marking a chaser done would move its date a week past the day it was sent.
  const latestBefore = (limit: Instant): Instant | null =>
    allChasers.reduce<Instant | null>(
      (a, m) => (m.at < limit && (a == null || m.at > a) ? m.at : a),
      null,
    )
  let previousDone: Instant | null = null

  // The first date a chaser may go, from the promise or the interview.
  let firstRule: RuleId
  let firstDate: IsoDate
  if (viaAgency) {
    firstRule = 'chase.agency'
    firstDate = promised
      ? addDays(promised, 1)
      : cal.addBusinessDays(interviewDate, s.noDateFollowUpDays)
  } else if (promised) {
    firstRule = 'chase.after-promised-date'
    firstDate = addDays(promised, s.followUpGraceDays)
  } else {
    firstRule = 'chase.no-date'
    firstDate = cal.addBusinessDays(interviewDate, s.noDateFollowUpDays)
  }
  firstDate = maxDate(firstDate, addDays(interviewDate, 1))
  if (lastReply != null)
    firstDate = maxDate(firstDate, addDays(zonedDate(lastReply, env.tz), s.chaserGapDays))

  const out: PlannedAction[] = []
  const steps: { rule: RuleId; kind: 'chaser' | 'closing' }[] = [
    { rule: firstRule, kind: 'chaser' },
    { rule: 'chase.repeat', kind: 'chaser' },
    { rule: 'chase.closing', kind: 'closing' },
  ]
  for (let k = 0; k < steps.length; k++) {
    const { rule, kind } = steps[k]!
    const sent =
      kind === 'closing'
        ? opp.messages.find((m) => m.kind === 'closing' && m.at >= last.start)
        : unanswered[k]
    const before = latestBefore(sent?.at ?? Infinity)
    const lastSent =
      previousDone == null || (before != null && before > previousDone) ? before : previousDone
    let date = k === 0 ? firstDate : addDays(zonedDate(lastSent!, env.tz), s.chaserGapDays)
    const also: RuleId[] = []
    if (k === 0 && lastSent != null) {
      const gapDate = addDays(zonedDate(lastSent, env.tz), s.chaserGapDays)
      if (gapDate > date) {
        date = gapDate
        also.push('chase.gap')
      }
    } else if (k > 0) also.push('chase.gap')
    date = cal.onOrAfter(date)
    const draft = () =>
      kind === 'closing'
        ? closingDraft({ ...env.base, recipientName: recipient.name })
        : viaAgency
          ? agencyChaseDraft({
              ...env.base,
              consultant: recipient.name,
              interviewDate,
              promisedDate: promised,
            })
          : chaserDraft({
              ...env.base,
              recipientName: recipient.name,
              interviewDate,
              promisedDate: promised,
              ordinal: k + 1,
            })
    const action = env.action({
      kind,
      rule,
      key: `${cycle}/${k + 1}`,
      earliest: env.at(date, DAY_START),
      latest: env.at(cal.addBusinessDays(date, 2), DAY_END),
      recipient,
      channel:
        opp.followUp?.how === 'phone' || (viaAgency && opp.agency?.phone) ? 'phone' : 'email',
      draft,
      alsoRules: also,
      sent,
    })
    out.push(action)
    const finished = doneAt(opp.actions[action.id], sent)
    if (action.status === 'skipped' || finished == null) return out
    previousDone = Math.max(lastSent ?? finished, finished)
  }
  // The last word has been sent: suggest moving on.
  out.push(
    env.action({
      kind: 'move-on',
      rule: 'chase.move-on',
      key: `${cycle}/move-on`,
      earliest: previousDone!,
      latest: previousDone! + 7 * 86_400_000,
      recipient: { kind: 'self' },
      channel: 'reminder',
      draft: null,
    }),
  )
  return out
}
