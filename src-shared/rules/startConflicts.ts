/**
 * The clashes between the employer's preferred start date and the plan, each with its true
 * reason: notice still running, the break the user planned, a weekend, a public holiday, a start
 * before the signed contract is due back, or a date already past. A reason is never given that
 * the facts do not support: a public holiday with no break planned is a public holiday.
 */
import type { IsoDate } from '../domain/time'
import { DEFAULT_LOCALE } from '../domain/locale'
import { formatDate } from '../domain/dateText'
import type { BusinessCalendar } from './calendar'
import { isWeekend } from './dates'
import { startDateDraft, type StartDateReason } from './drafts/offer'
import type { Draft, DraftBase } from './drafts/format'

/** Why a start date does not work. */
export type ConflictReason = StartDateReason

/** A clash between the employer's preferred start date and the plan. */
export interface StartConflict {
  kind: 'before-notice-ends' | 'before-break-ends' | 'not-business-day' | 'before-contract-returned'
  /** The true reason, finer than `kind` (a weekend and a public holiday share a kind). */
  reason: ConflictReason
  employerDate: IsoDate
  /** The date to propose instead. */
  counterDate: IsoDate
  explanation: string
  draft: Draft | null
}

/** What the conflicts are worked out from. */
export interface ConflictFacts {
  proposed: IsoDate
  today: IsoDate
  cal: BusinessCalendar
  employmentEnds: IsoDate | null
  brk: { from: IsoDate; to: IsoDate; days: number } | null
  earliestStart: IsoDate
  recommendedStart: IsoDate
  /** The date the signed contract is due back, while it is not yet signed. */
  contractDue: IsoDate | null
  draft?:
    | (Pick<DraftBase, 'sender' | 'company' | 'role' | 'locale'> & { recipientName: string })
    | undefined
}

/** The conflicts of the employer's date with the plan, at most one, with its true reason. */
export function startConflicts(f: ConflictFacts): StartConflict[] {
  const { proposed, cal } = f
  const day = (date: IsoDate) =>
    formatDate(date, 'long', { locale: f.draft?.locale ?? DEFAULT_LOCALE, readOn: null })
  const make = (
    kind: StartConflict['kind'],
    reason: ConflictReason,
    counterDate: IsoDate,
    explanation: string,
    detail: { holiday?: string; breakDays?: number; contractDue?: IsoDate } = {},
  ): StartConflict[] => [
    {
      kind,
      reason,
      employerDate: proposed,
      counterDate,
      explanation,
      draft: f.draft
        ? startDateDraft({
            ...f.draft,
            employerDate: proposed,
            counterDate,
            reason,
            noticeEnds: f.employmentEnds,
            ...detail,
          })
        : null,
    },
  ]
  if (f.employmentEnds && proposed <= f.employmentEnds)
    return make(
      'before-notice-ends',
      'notice',
      f.recommendedStart,
      `The employer would like you to start while your notice still runs: it ends on ${day(f.employmentEnds)}, and ${f.brk ? 'with your break ' : ''}the earliest start is ${day(f.earliestStart)}.`,
    )
  if (f.brk && proposed >= f.brk.from && proposed <= f.brk.to)
    return make(
      'before-break-ends',
      'break',
      f.recommendedStart,
      `The employer's date falls within the ${f.brk.days}-day break you planned, from ${day(f.brk.from)} to ${day(f.brk.to)}.`,
      { breakDays: f.brk.days },
    )
  if (proposed <= f.today)
    return make(
      'not-business-day',
      'already-passed',
      f.earliestStart,
      `The employer's date, ${day(proposed)}, has already come; the earliest you can start is ${day(f.earliestStart)}.`,
    )
  if (!cal.isBusinessDay(proposed)) {
    const counter = cal.onOrAfter(proposed)
    const holiday = cal.holidayOn(proposed)
    return isWeekend(proposed) || !holiday
      ? make(
          'not-business-day',
          'weekend',
          counter,
          `The employer's date, ${day(proposed)}, falls on a weekend; the next working day is ${day(counter)}.`,
        )
      : make(
          'not-business-day',
          'bank-holiday',
          counter,
          `The employer's date is a public holiday (${holiday.name}); the next working day is ${day(counter)}.`,
          { holiday: holiday.name },
        )
  }
  if (f.contractDue && proposed <= f.contractDue) {
    const counter = cal.onOrAfter(
      f.recommendedStart > f.contractDue
        ? f.recommendedStart
        : cal.addBusinessDays(f.contractDue, 1),
    )
    return make(
      'before-contract-returned',
      'contract',
      counter,
      `The employer's date comes before your signed contract is due back on ${day(f.contractDue)}, and it is not signed yet: return it first, or ask for ${day(counter)}.`,
      { contractDue: f.contractDue },
    )
  }
  return []
}
