/**
 * After the decision. An offer: thank them at once, get it in writing with the dates, a reminder
 * two business days before the contract is due back, and the go-ahead to resign once it is
 * written, unconditional and signed. A rejection: thanks anyway within a business day, a
 * feedback request if none came, a re-approach months later. And referees, warned in time.
 */
import type { Instant, IsoDate } from '../domain/time'
import type { PlannedAction, Recipient } from './actions'
import { sentMessage } from './actions'
import { addDays, addMonthsClamped, maxDate } from './dates'
import { moreTimeDraft, offerThanksDraft, writtenOfferDraft } from './drafts/offer'
import { feedbackRequestDraft, reapproachDraft, thankYouAnywayDraft } from './drafts/rejection'
import { refereeWarningDraft } from './drafts/referee'
import { noticeEnd } from './notice'
import type { PlanEnv } from './planEnv'
import { DAY_END, DAY_START, consultantOf } from './planEnv'

/** The instant a decision arrived: the stage change if recorded, else 09:00 on `date`. */
export function decisionInstant(env: PlanEnv, stage: 'offer' | 'rejected', date: IsoDate): Instant {
  const change = env.opp.history.filter((h) => h.to === stage).sort((a, b) => b.at - a.at)[0]
  const at = change?.at ?? env.at(date, DAY_START)
  return Math.max(at, env.lastRound?.end ?? at)
}

/** The latest day to resign so that notice and the break end before the proposed start. */
function resignBy(env: PlanEnv, start: IsoDate): IsoDate | null {
  const job = env.ctx.profile.currentJob
  if (!job) return null
  const lastFree = addDays(start, -1 - env.settings.breakDays)
  const notice = { length: job.noticeLength, unit: job.noticeUnit }
  let d =
    notice.unit === 'weeks'
      ? addDays(lastFree, -7 * notice.length)
      : addMonthsClamped(lastFree, -notice.length)
  while (noticeEnd(d, notice) > lastFree) d = addDays(d, -1)
  return env.cal.onOrBefore(d)
}

/** Actions once an offer has arrived (`ctx.offer`), until it is declined. */
export function offerActions(env: PlanEnv): PlannedAction[] {
  const offer = env.ctx.offer
  if (!offer || offer.decision === 'declined') return []
  const received = decisionInstant(env, 'offer', offer.receivedOn)
  const day = env.cal.onOrAfter(offer.receivedOn)
  const to = consultantOf(env) ?? env.employer
  const out: PlannedAction[] = [
    env.action({
      kind: 'offer-thanks',
      rule: 'offer.thank',
      key: 'offer',
      earliest: received,
      latest: env.endOfDay(offer.receivedOn),
      recipient: to,
      channel: 'email',
      draft: () => offerThanksDraft({ ...env.base, recipientName: to.name }),
      sent: sentMessage(env.opp.messages, 'offer-thanks', () => true, received - 86_400_000),
    }),
  ]
  const askInWriting = !offer.inWriting
  const askReturnDate = !offer.contractReturnBy && !offer.contractSigned
  const askStartDate = !offer.proposedStart
  if (askInWriting || askReturnDate || askStartDate) {
    out.push(
      env.action({
        kind: 'offer-in-writing',
        rule: 'offer.in-writing',
        key: 'offer',
        earliest: received,
        latest: env.at(env.cal.addBusinessDays(day, 1), DAY_END),
        recipient: to,
        channel: 'email',
        draft: () =>
          writtenOfferDraft({
            ...env.base,
            recipientName: to.name,
            askInWriting,
            askReturnDate,
            askStartDate,
          }),
      }),
    )
  }
  if (offer.contractReturnBy && !offer.contractSigned) {
    out.push(
      env.action({
        kind: 'contract-reminder',
        rule: 'offer.contract-reminder',
        key: offer.contractReturnBy,
        earliest: Math.max(
          received,
          env.at(env.cal.addBusinessDays(offer.contractReturnBy, -2), DAY_START),
        ),
        latest: env.endOfDay(offer.contractReturnBy),
        recipient: { kind: 'self' },
        channel: 'reminder',
        draft: null,
      }),
    )
  }
  if (offer.answerBy && offer.decision === 'pending')
    out.push(...deadlineActions(env, offer.answerBy, received, to))
  const unconditional = offer.conditions.every((c) => c.status === 'cleared')
  if (offer.decision === 'accepted' && offer.inWriting && unconditional && offer.contractSigned) {
    const by = offer.proposedStart ? resignBy(env, offer.proposedStart) : null
    out.push(
      env.action({
        kind: 'resign',
        rule: 'offer.resign',
        key: 'current-employer',
        earliest: received,
        latest: by
          ? Math.max(env.endOfDay(by), received)
          : env.at(env.cal.addBusinessDays(day, 5), DAY_END),
        recipient: { kind: 'self' },
        channel: 'reminder',
        draft: null,
      }),
    )
  }
  return out
}

/**
 * While the user has not decided: a reminder from two working days before the date they want an
 * answer by, and a request for more time, due the working day before that reminder so that it
 * goes before the deadline (asking for three more working days).
 */
function deadlineActions(
  env: PlanEnv,
  answerBy: IsoDate,
  received: Instant,
  to: Recipient & { kind: 'consultant' | 'employer'; name: string },
): PlannedAction[] {
  const remindFrom = env.cal.addBusinessDays(answerBy, -2)
  const askBy = env.cal.addBusinessDays(answerBy, -3)
  return [
    env.action({
      kind: 'more-time',
      rule: 'offer.more-time',
      key: answerBy,
      earliest: received,
      latest: Math.max(received, env.endOfDay(askBy)),
      recipient: to,
      channel: 'email',
      draft: () =>
        moreTimeDraft({
          ...env.base,
          recipientName: to.name,
          answerBy,
          askFor: env.cal.addBusinessDays(answerBy, 3),
        }),
    }),
    env.action({
      kind: 'decision-deadline',
      rule: 'offer.decision-deadline',
      key: answerBy,
      earliest: Math.max(received, env.at(remindFrom, DAY_START)),
      latest: Math.max(received, env.endOfDay(answerBy)),
      recipient: { kind: 'self' },
      channel: 'reminder',
      draft: null,
    }),
  ]
}

/** Actions after a rejection; with `onlyReapproach`, just the re-approach (for archived records). */
export function rejectionActions(env: PlanEnv, onlyReapproach = false): PlannedAction[] {
  const rej = env.opp.rejection
  if (!rej) return []
  const s = env.settings
  const at = decisionInstant(env, 'rejected', rej.on)
  const day = maxDate(rej.on, env.lastRound?.round.date ?? rej.on)
  const consultant = rej.via === 'agency' ? consultantOf(env) : null
  const to = consultant ?? env.employer
  const out: PlannedAction[] = []
  if (!onlyReapproach) {
    out.push(
      env.action({
        kind: 'thank-you-anyway',
        rule: 'rejection.thank-anyway',
        key: 'rejection',
        earliest: at,
        latest: env.at(env.cal.addBusinessDays(day, 1), DAY_END),
        recipient: to,
        channel: 'email',
        draft: () => thankYouAnywayDraft({ ...env.base, recipientName: to.name }),
        sent: sentMessage(env.opp.messages, 'thank-you-anyway', () => true, at - 86_400_000),
      }),
    )
    if (!rej.feedbackGiven) {
      out.push(
        env.action({
          kind: 'feedback-request',
          rule: 'rejection.feedback',
          key: 'rejection',
          earliest: at,
          latest: env.at(env.cal.addBusinessDays(day, 2), DAY_END),
          recipient: to,
          channel: rej.via === 'call' ? 'phone' : 'email',
          draft: () => feedbackRequestDraft({ ...env.base, recipientName: to.name }),
          sent: sentMessage(env.opp.messages, 'feedback-request', () => true, at - 86_400_000),
        }),
      )
    }
  }
  // Three to six months for every role, senior or not: what the advice says for everyone.
  const months = s.reapproachMonths
  const from = env.cal.onOrAfter(addMonthsClamped(day, months))
  out.push(
    env.action({
      kind: 'reapproach',
      rule: 'rejection.reapproach',
      key: 'employer',
      earliest: env.at(from, DAY_START),
      latest: env.at(env.cal.onOrBefore(addMonthsClamped(day, months + 3)), DAY_END),
      recipient: env.employer,
      channel: 'email',
      draft: () =>
        reapproachDraft({
          ...env.base,
          recipientName: env.employer.name,
          interviewDate: env.lastRound?.round.date ?? null,
        }),
    }),
  )
  return out
}

/**
 * Warns each referee of this opportunity once it reaches a final round (after that round) or an
 * offer that depends on references (when it arrives), whichever comes first.
 */
export function refereeActions(env: PlanEnv): PlannedAction[] {
  const ids = env.opp.refereeIds ?? []
  if (!ids.length || !env.ctx.referees?.length) return []
  const final = env.rounds.find((r) => r.round.isFinal)
  const offer = env.ctx.offer
  const needsRefs = offer?.conditions.some(
    (c) => c.kind === 'references' && c.status === 'outstanding',
  )
  const triggers: { at: Instant; date: IsoDate; stage: 'final-round' | 'offer' }[] = []
  if (final) triggers.push({ at: final.end, date: final.round.date, stage: 'final-round' })
  if (offer && needsRefs) {
    triggers.push({
      at: decisionInstant(env, 'offer', offer.receivedOn),
      date: offer.receivedOn,
      stage: 'offer',
    })
  }
  const first = triggers.sort((a, b) => a.at - b.at)[0]
  if (!first || env.opp.closed) return []
  const stress = env.opp.reflection.wentWell
    .split(/\n|;/)
    .map((x) => x.trim())
    .filter(Boolean)
  const out: PlannedAction[] = []
  for (const id of ids) {
    const referee = env.ctx.referees.find((r) => r.id === id)
    if (!referee) continue
    out.push(
      env.action({
        kind: 'referee-warning',
        rule: 'referee.warn',
        key: referee.id,
        earliest: first.at,
        latest: env.at(env.cal.addBusinessDays(first.date, 1), DAY_END),
        recipient: { kind: 'referee', id: referee.id, name: referee.name },
        channel: 'email',
        draft: () =>
          refereeWarningDraft({
            ...env.base,
            refereeName: referee.name,
            stress,
            stage: first.stage,
          }),
        sent: env.opp.messages.find((m) => m.to === referee.id && m.at >= first.at - 86_400_000),
        doneElsewhere: referee.lastWarned?.opportunityId === env.opp.id,
      }),
    )
  }
  return out
}
