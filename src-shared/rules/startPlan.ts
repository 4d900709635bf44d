/**
 * The start-date plan: when the user can safely resign (offer in writing, unconditional, contract
 * signed), when notice ends, the break they want, the earliest and recommended start date, the
 * contract return deadline, and every conflict with the start date the employer would like.
 */
import { formatDate } from '../domain/dateText'
import { DEFAULT_LOCALE } from '../domain/locale'
import type { Offer } from '../domain/offer'
import type { CurrentJob } from '../domain/people'
import type { Settings } from '../domain/settings'
import type { CalendarDays, Instant, IsoDate } from '../domain/time'
import { businessCalendar } from './calendar'
import { addDays, maxDate, weekday } from './dates'
import { requireDate, requireInstant, requireIntegerIn, requireTimeZone } from './errors'
import { noticeEnd, statutoryNotice } from './notice'
import type { StatutoryNotice } from './notice'
import { offerBlockers } from './offerCheck'
import type { OfferBlocker } from './offerTypes'
import { zonedDate } from '../domain/zoned'
import { startConflicts, type StartConflict } from './startConflicts'
import type { DraftBase } from './drafts/format'

/** Input of `planStart`. Dates are calendar dates in the user's time zone. */
export interface StartPlanInput {
  /** The current instant; "today" is its date in `settings.timeZone`. */
  now: Instant
  settings: Pick<Settings, 'region' | 'timeZone' | 'preferMondayStart' | 'breakDays'>
  offer: Pick<
    Offer,
    | 'inWriting'
    | 'conditions'
    | 'contractSigned'
    | 'contractReturnBy'
    | 'proposedStart'
    | 'decision'
  >
  /** The job the user leaves; null when they are not employed. */
  currentJob: CurrentJob | null
  /** The day notice was handed in, when it already was. */
  noticeGivenOn?: IsoDate | null
  /** The current employer puts the user on garden leave: no work, but the end date stays. */
  gardenLeave?: boolean
  /** Calendar days off between jobs; default `settings.breakDays`. */
  breakDays?: CalendarDays
  /** Names for the counter-proposal drafts; no drafts without them. */
  draft?: Pick<DraftBase, 'sender' | 'company' | 'role' | 'locale'> & { recipientName: string }
}

/** What must happen before resigning is safe. */
export interface ResignationBlocker {
  kind: OfferBlocker['kind'] | 'contract-not-signed' | 'not-accepted'
  condition?: OfferBlocker['condition']
  explanation: string
}

/** A clash between the employer's preferred start date and the plan (see startConflicts.ts). */
export type { StartConflict } from './startConflicts'

/** One dated step of the plan, for the timeline and the exported document. */
export interface PlanStep {
  date: IsoDate
  kind:
    | 'resign'
    | 'last-working-day'
    | 'employment-ends'
    | 'break-starts'
    | 'start'
    | 'contract-reminder'
    | 'contract-return'
  label: string
}

/** The dated plan. */
export interface StartPlan {
  today: IsoDate
  resignation: {
    /** The first business day on which resigning is safe; null while something blocks it. */
    earliest: IsoDate | null
    blockers: ResignationBlocker[]
    /** The date the rest of the plan counts from: notice given, earliest, or (provisional) today. */
    givenOn: IsoDate
    /** True when the plan assumes a resignation that cannot safely happen yet. */
    provisional: boolean
  }
  notice:
    | (StatutoryNotice & {
        startsOn: IsoDate
        endsOn: IsoDate
        length: number
        unit: 'weeks' | 'months'
      })
    | null
  /** The last day of employment: the end of notice (garden leave does not move it). */
  employmentEnds: IsoDate | null
  /** The last day actually worked, after untaken holiday or garden leave. */
  lastWorkingDay: IsoDate | null
  untakenHoliday: { days: number; handling: CurrentJob['holidayHandling'] } | null
  gardenLeave: boolean
  break: { from: IsoDate; to: IsoDate; days: CalendarDays } | null
  earliestStart: IsoDate
  /**
   * A business day. If Monday starts are preferred: the first business day of the earliest start's
   * week when that is the earliest start itself, else of the week after (a Monday unless a holiday).
   */
  recommendedStart: IsoDate
  /** Why the recommended start is that day, and what else the user may choose. */
  recommendation: string
  contractReturn: { by: IsoDate; remindOn: IsoDate } | null
  conflicts: StartConflict[]
  timeline: PlanStep[]
}

/**
 * Plans resignation, notice, break and start. Weeks and months of notice count from the day after
 * notice is given; the UK statutory week (after a month's service) applies when the contract gives
 * less. Untaken holiday taken during notice brings the last working day forward by that many
 * business days. The break is in calendar days; start dates are business days of
 * `settings.region`. Throws `RuleInputError` for impossible dates or lengths.
 */
export function planStart(input: StartPlanInput): StartPlan {
  const { settings, offer } = input
  requireInstant(input.now, 'now')
  const cal = businessCalendar(settings.region)
  const today = zonedDate(input.now, requireTimeZone(settings.timeZone))
  const breakDays = requireIntegerIn(
    input.breakDays ?? settings.breakDays ?? 0,
    0,
    366,
    'breakDays',
  )
  const proposed = offer.proposedStart
    ? requireDate(offer.proposedStart, 'offer.proposedStart')
    : null
  const returnBy = offer.contractReturnBy
    ? requireDate(offer.contractReturnBy, 'offer.contractReturnBy')
    : null
  const job = input.currentJob

  const blockers: ResignationBlocker[] = [...offerBlockers(offer)]
  if (!offer.contractSigned) {
    blockers.push({
      kind: 'contract-not-signed',
      explanation: 'Sign and return the contract before you resign.',
    })
  }
  if (offer.decision !== 'accepted') {
    blockers.push({ kind: 'not-accepted', explanation: 'You have not accepted the offer yet.' })
  }
  const earliest = blockers.length ? null : cal.onOrAfter(today)
  const givenOn = input.noticeGivenOn
    ? requireDate(input.noticeGivenOn, 'noticeGivenOn')
    : (earliest ?? cal.onOrAfter(today))
  const steps: PlanStep[] = []
  const step = (date: IsoDate, kind: PlanStep['kind'], label: string) =>
    steps.push({ date, kind, label })

  let notice: StartPlan['notice'] = null
  let employmentEnds: IsoDate | null = null
  let lastWorkingDay: IsoDate | null = null
  const gardenLeave = Boolean(input.gardenLeave && job?.gardenLeavePossible !== false)
  if (job) {
    requireIntegerIn(job.noticeLength, 0, 120, 'currentJob.noticeLength')
    const days = requireIntegerIn(job.untakenHolidayDays, 0, 366, 'currentJob.untakenHolidayDays')
    const contract = { length: job.noticeLength, unit: job.noticeUnit }
    const statutory = statutoryNotice(settings.region, job.serviceStart, givenOn, contract)
    const contractEnd = noticeEnd(givenOn, contract)
    // When a contract gives less than the law's minimum, the minimum applies.
    const endsOn =
      statutory.label === 'statutory' && statutory.minimumEndsOn
        ? maxDate(contractEnd, statutory.minimumEndsOn)
        : contractEnd
    notice = { ...statutory, startsOn: addDays(givenOn, 1), endsOn, ...contract }
    employmentEnds = endsOn
    const lastDay = cal.onOrBefore(endsOn)
    lastWorkingDay = gardenLeave
      ? givenOn
      : job.holidayHandling === 'take-during-notice' && days > 0
        ? maxDate(givenOn, cal.addBusinessDays(lastDay, -days))
        : maxDate(givenOn, lastDay)
    step(givenOn, 'resign', 'Hand in your notice, in writing')
    step(
      lastWorkingDay,
      'last-working-day',
      gardenLeave ? 'Garden leave begins' : 'Last working day',
    )
    step(endsOn, 'employment-ends', 'Notice ends; employment ends')
  }

  const freeFrom = addDays(employmentEnds ?? today, 1)
  const brk =
    breakDays > 0 ? { from: freeFrom, to: addDays(freeFrom, breakDays - 1), days: breakDays } : null
  if (brk) step(brk.from, 'break-starts', `Break of ${breakDays} day${breakDays === 1 ? '' : 's'}`)
  const earliestStart = cal.onOrAfter(addDays(freeFrom, breakDays))
  let recommendedStart = earliestStart
  if (settings.preferMondayStart) {
    // A Monday, or the first business day of a week that starts with a bank holiday.
    const monday = addDays(earliestStart, 1 - weekday(earliestStart))
    if (cal.onOrAfter(monday) !== earliestStart) {
      recommendedStart = cal.onOrAfter(addDays(monday, 7))
    }
  }
  step(recommendedStart, 'start', 'Recommended start date')

  let contractReturn: StartPlan['contractReturn'] = null
  if (returnBy) {
    contractReturn = { by: returnBy, remindOn: cal.addBusinessDays(returnBy, -2) }
    step(contractReturn.remindOn, 'contract-reminder', 'Two business days to return the contract')
    step(returnBy, 'contract-return', 'Signed contract due back')
  }

  const conflicts = proposed
    ? startConflicts({
        proposed,
        today,
        cal,
        employmentEnds,
        brk,
        earliestStart,
        recommendedStart,
        contractDue: returnBy && !offer.contractSigned ? returnBy : null,
        draft: input.draft,
      })
    : []
  const words = (date: IsoDate) =>
    formatDate(date, 'long', { locale: input.draft?.locale ?? DEFAULT_LOCALE, readOn: null })
  const after = [
    employmentEnds ? 'your notice ends' : null,
    brk ? `your ${brk.days}-day break` : null,
  ].filter(Boolean)
  const from = after.length ? `after ${after.join(' and ')}` : 'from today'
  const recommendation =
    recommendedStart === earliestStart
      ? `${words(earliestStart)} is the first working day ${from}.`
      : `You could start on ${words(earliestStart)}, the first working day ${from}. ${words(recommendedStart)} is suggested because you prefer to start at the beginning of a week; either is yours to choose.`

  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return {
    today,
    resignation: {
      earliest,
      blockers,
      givenOn,
      provisional: !input.noticeGivenOn && earliest === null,
    },
    notice,
    employmentEnds,
    lastWorkingDay,
    untakenHoliday: job ? { days: job.untakenHolidayDays, handling: job.holidayHandling } : null,
    gardenLeave,
    break: brk,
    earliestStart,
    recommendedStart,
    recommendation,
    contractReturn,
    conflicts,
    timeline: steps,
  }
}
