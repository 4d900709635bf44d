/**
 * What every follow-up rule needs, computed once per opportunity: validated settings, the
 * calendar, the rounds as instants, the names for drafts, and a factory for actions.
 */
import { DEFAULT_LOCALE, type LocaleTag } from '../domain/locale'
import type { Offer } from '../domain/offer'
import type { Message, Opportunity, Round } from '../domain/opportunity'
import type { Profile, Referee } from '../domain/people'
import type { Settings } from '../domain/settings'
import type { Instant, IsoDate, LocalTime, TimeZone } from '../domain/time'
import { actionId, statusOf } from './actions'
import type { ActionKind, Channel, PlannedAction, Recipient } from './actions'
import { businessCalendar } from './calendar'
import type { BusinessCalendar } from './calendar'
import type { Draft, DraftBase } from './drafts/format'
import {
  RuleInputError,
  requireDate,
  requireInstant,
  requireIntegerIn,
  requireTime,
  requireTimeZone,
} from './errors'
import type { RuleId } from './ruleIds'
import { endOfDay, zonedDate, zonedInstant } from '../domain/zoned'

/** What `planFollowUps` needs besides the opportunity. */
export interface PlanContext {
  settings: Settings
  /** The user: `name` signs every draft; `currentJob` helps date the resignation. */
  profile: Pick<Profile, 'name'> & Partial<Pick<Profile, 'currentJob'>>
  /** The user's referees; those in `opportunity.refereeIds` are warned. */
  referees?: readonly Referee[]
  /** The offer for this opportunity, once there is one. */
  offer?: Offer | null
  /** Locale of drafts, dates and money. Default `en-GB`. */
  locale?: LocaleTag
  /**
   * Write the drafts (default true). Lists such as Today and the board's cards need only what is
   * due, when and for whom: without drafts, planning a record costs a fraction and every action
   * has `draft: null` and no `similarTo`, all else the same.
   */
  drafts?: boolean
}

/** A round with its instants. */
export interface RoundInfo {
  round: Round
  index: number
  start: Instant
  end: Instant
}

/** Start of the working day: chasers and reminders open then (local time). */
export const DAY_START: LocalTime = '09:00'
/** End of the working day: chasers and reminders are due by then (local time). */
export const DAY_END: LocalTime = '17:00'

/** Shared state of one planning run. */
export interface PlanEnv {
  opp: Opportunity
  ctx: PlanContext
  settings: Settings
  now: Instant
  tz: TimeZone
  cal: BusinessCalendar
  rounds: RoundInfo[]
  lastRound: RoundInfo | null
  base: DraftBase
  at(date: IsoDate, time: LocalTime): Instant
  endOfDay(date: IsoDate): Instant
  /** Who to write to at the employer: the named contact, the lead interviewer, or nobody named. */
  employer: Recipient & { kind: 'employer' }
  action(spec: ActionSpec): PlannedAction
}

/** What a rule says about one action; the factory adds id and status. */
export interface ActionSpec {
  kind: ActionKind
  rule: RuleId
  /** Identifies the recipient (and occurrence) inside the opportunity, for the stable id. */
  key: string
  earliest: Instant
  latest: Instant
  recipient: Recipient
  channel: Channel
  /** The draft, or how to write it: only called when the plan asks for drafts. */
  draft: Draft | null | (() => Draft)
  alsoRules?: RuleId[]
  /** A logged message that shows the action was done. */
  sent?: Message
  /** A done state that comes from elsewhere (e.g. the referee's record). */
  doneElsewhere?: boolean
}

function validateSettings(s: Settings): void {
  requireTimeZone(s.timeZone)
  requireTime(s.thankYouCutoff, 'settings.thankYouCutoff')
  requireTime(s.nextDayThankYouBy, 'settings.nextDayThankYouBy')
  requireIntegerIn(s.linkedInDelay.min, 0, 60, 'settings.linkedInDelay.min')
  requireIntegerIn(s.linkedInDelay.max, 0, 60, 'settings.linkedInDelay.max')
  if (s.linkedInDelay.min > s.linkedInDelay.max) {
    throw new RuleInputError('band-inverted', 'settings.linkedInDelay')
  }
  requireIntegerIn(s.followUpGraceDays, 0, 90, 'settings.followUpGraceDays')
  requireIntegerIn(s.noDateFollowUpDays, 0, 60, 'settings.noDateFollowUpDays')
  requireIntegerIn(s.chaserGapDays, 1, 90, 'settings.chaserGapDays')
  requireIntegerIn(s.reapproachMonths, 3, 12, 'settings.reapproachMonths')
  requireIntegerIn(s.linkedInLimit, 20, 10_000, 'settings.linkedInLimit')
}

/** Builds the environment, validating every input the rules read. */
export function planEnv(opp: Opportunity, ctx: PlanContext, now: Instant): PlanEnv {
  requireInstant(now, 'now')
  const settings = ctx.settings
  validateSettings(settings)
  const cal = businessCalendar(settings.region)
  const tz = settings.timeZone
  const rounds = opp.rounds
    .map((round, index) => {
      requireDate(round.date, `rounds[${index}].date`)
      requireTime(round.time, `rounds[${index}].time`)
      const start = zonedInstant(round.date, round.time, tz)
      const minutes = requireIntegerIn(
        round.durationMinutes,
        0,
        24 * 60,
        `rounds[${index}].durationMinutes`,
      )
      return { round, index, start, end: start + minutes * 60_000 }
    })
    .sort((a, b) => a.start - b.start)
  if (opp.promisedDecisionDate) requireDate(opp.promisedDecisionDate, 'promisedDecisionDate')
  if (opp.rejection) requireDate(opp.rejection.on, 'rejection.on')
  const lastRound = rounds[rounds.length - 1] ?? null
  const lead = lastRound?.round.interviewers[0]?.name ?? ''
  const name = opp.followUp?.who.trim() || lead
  const states = opp.actions ?? {}
  const floor = rounds[0]?.start ?? -Infinity
  return {
    opp,
    ctx,
    settings,
    now,
    tz,
    cal,
    rounds,
    lastRound,
    base: {
      sender: ctx.profile.name,
      company: opp.company,
      role: opp.role,
      locale: ctx.locale ?? DEFAULT_LOCALE,
      readOn: zonedDate(now, tz),
    },
    at: (date, time) => zonedInstant(date, time, tz),
    endOfDay: (date) => endOfDay(date, tz),
    employer: { kind: 'employer', name: name || opp.company },
    action(spec) {
      const id = actionId(opp.id, spec.rule, spec.key)
      // Nothing falls due before the first interview, whatever the other dates say.
      const earliest = Math.max(spec.earliest, floor)
      const latest = Math.max(spec.latest, earliest)
      const state = states[id]
      const sentAt = spec.sent?.at ?? (spec.doneElsewhere ? earliest : null)
      const status = statusOf(earliest, latest, now, state, sentAt)
      const settledAt =
        status.status === 'upcoming' || status.status === 'due' || status.status === 'overdue'
          ? undefined
          : (state?.at ?? spec.sent?.at)
      return {
        id,
        opportunityId: opp.id,
        kind: spec.kind,
        rule: spec.rule,
        alsoRules: spec.alsoRules ?? [],
        earliest,
        latest,
        recipient: spec.recipient,
        channel: spec.channel,
        ...status,
        ...(settledAt === undefined ? {} : { settledAt }),
        draft:
          ctx.drafts === false
            ? null
            : typeof spec.draft === 'function'
              ? spec.draft()
              : spec.draft,
      }
    },
  }
}

/** The consultant as a recipient, when an agency is involved. */
export function consultantOf(env: PlanEnv): (Recipient & { kind: 'consultant' }) | null {
  const a = env.opp.agency
  return a ? { kind: 'consultant', name: a.consultant || a.name, agency: a.name } : null
}
