/**
 * Notice periods. Notice runs from the day after it is given: N weeks end on the same weekday N
 * weeks later; N calendar months end on the corresponding date N months later, clamped to the
 * last day of a shorter month (given 31 January, one month ends on 28 or 29 February).
 */
import type { NoticeUnit } from '../domain/people'
import type { RegionCode } from '../domain/settings'
import type { IsoDate } from '../domain/time'
import { isUkRegion, isUsRegion, regionName } from './calendar'
import { addDays, addMonthsClamped } from './dates'
import { requireDate, requireIntegerIn } from './errors'

/** A notice period as a contract states it. */
export interface NoticePeriod {
  length: number
  unit: NoticeUnit
}

/**
 * The last day of a notice period given on `givenOn` (a calendar date; the period runs from the
 * next day). Weeks are 7 calendar days; months are calendar months, clamped to the month's end.
 * A length of 0 ends on `givenOn`. Throws `invalid-date` or `out-of-range`.
 */
export function noticeEnd(givenOn: IsoDate, notice: NoticePeriod): IsoDate {
  requireDate(givenOn, 'givenOn')
  requireIntegerIn(notice.length, 0, 120, 'notice.length')
  return notice.unit === 'weeks'
    ? addDays(givenOn, notice.length * 7)
    : addMonthsClamped(givenOn, notice.length)
}

/** The legal or customary minimum notice an employee gives, where the app knows one. */
export interface StatutoryNotice {
  /** `statutory` is law (UK); `custom` is usual practice, not law (US); null when none applies. */
  label: 'statutory' | 'custom' | null
  minimum: NoticePeriod | null
  /** The last day under the minimum, given the same day. */
  minimumEndsOn: IsoDate | null
  /** True when the contract's notice ends before the minimum's. */
  contractBelowMinimum: boolean
  explanation: string
}

/**
 * The minimum notice for an employee in `region`: in the UK, 1 week once they have worked there
 * for 1 month (statutory); in the US, 2 weeks by custom, not law. Elsewhere none is known.
 * `serviceStart` null is taken as more than a month of service.
 */
export function statutoryNotice(
  region: RegionCode,
  serviceStart: IsoDate | null,
  givenOn: IsoDate,
  contract: NoticePeriod,
): StatutoryNotice {
  const contractEnd = noticeEnd(givenOn, contract)
  const build = (label: 'statutory' | 'custom', minimum: NoticePeriod, explanation: string) => {
    const minimumEndsOn = noticeEnd(givenOn, minimum)
    return {
      label,
      minimum,
      minimumEndsOn,
      contractBelowMinimum: contractEnd < minimumEndsOn,
      explanation,
    }
  }
  if (isUkRegion(region)) {
    if (
      serviceStart &&
      addMonthsClamped(requireDate(serviceStart, 'currentJob.serviceStart'), 1) > givenOn
    ) {
      return {
        label: null,
        minimum: null,
        minimumEndsOn: null,
        contractBelowMinimum: false,
        explanation:
          'In your first month in a job, UK law sets no minimum notice; your contract decides.',
      }
    }
    return build(
      'statutory',
      { length: 1, unit: 'weeks' },
      'UK law asks an employee with a month or more of service for at least one week of notice.',
    )
  }
  if (isUsRegion(region)) {
    return build(
      'custom',
      { length: 2, unit: 'weeks' },
      'In the US two weeks of notice is the custom, not the law; your contract may say otherwise.',
    )
  }
  return {
    label: null,
    minimum: null,
    minimumEndsOn: null,
    contractBelowMinimum: false,
    explanation: `No statutory minimum notice is known for ${regionName(region)}; your contract decides.`,
  }
}
