/**
 * Why the plan suggests its start date, in words, from the plan's own dates: when notice ends,
 * the break, the weekend or public holiday that was skipped, and the wish to start on a Monday.
 * A date with no reason beside it reads as arbitrary, and the user has to defend it.
 */
import type { IsoDate } from '../domain'
import type { RegionCode } from '../domain/settings'
import { documentDate } from '../presenters/format'
import { businessCalendar } from '../rules/calendar'
import { addDays } from '../rules/dates'
import type { StartPlan } from '../rules/startPlan'

const day = (date: IsoDate) => documentDate(date)

/** The days from `from` up to (not including) `to` that are not business days, in words. */
function skipped(from: IsoDate, to: IsoDate, region: RegionCode): string[] {
  const cal = businessCalendar(region)
  const out: string[] = []
  let weekend = false
  for (let d = from; d < to; d = addDays(d, 1)) {
    const holiday = cal.holidayOn(d)
    if (holiday) out.push(`${day(d)} is ${holiday.name}, a public holiday.`)
    else if (!cal.isBusinessDay(d) && !weekend) {
      weekend = true
      out.push(`${day(d)} falls on a weekend.`)
    }
  }
  return out
}

/**
 * The reasons for `plan.recommendedStart`, as sentences: notice, break, skipped weekend or public
 * holiday (named, from `region`'s calendar), and a Monday start when that moved it.
 */
export function startDateReasons(plan: StartPlan, region: RegionCode): string[] {
  const reasons: string[] = []
  if (plan.employmentEnds) reasons.push(`Your notice ends on ${day(plan.employmentEnds)}.`)
  if (plan.break) {
    reasons.push(`Your ${plan.break.days}-day break runs until ${day(plan.break.to)}.`)
  }
  const firstFree = plan.break
    ? addDays(plan.break.to, 1)
    : addDays(plan.employmentEnds ?? plan.today, 1)
  reasons.push(...skipped(firstFree, plan.earliestStart, region))
  if (plan.recommendedStart > plan.earliestStart) {
    reasons.push(`You prefer to start at the beginning of a week.`)
  }
  if (reasons.length === 0) reasons.push('The first working day you are free.')
  return reasons
}
