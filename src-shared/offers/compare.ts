/** Several offers side by side on the same footing: pay per year, holiday, hours, pay per hour. */
import type { Money } from '../domain'
import { money } from '../domain'
import { annualise } from '../rules/pay'
import type { OfferEntry } from './entry'

/** One offer's column of the comparison. Money is per year unless named hourly. */
export interface OfferColumn {
  id: string
  company: string
  role: string
  basePerYear: Money | null
  bonusPerYear: Money | null
  totalPerYear: Money | null
  holidayDays: number | null
  hoursPerWeek: number
  /** Total pay divided by the hours worked in a year. */
  effectiveHourly: Money | null
  /** True when the hours were not given and the usual 37.5 was assumed. */
  hoursAssumed: boolean
}

const WEEKS = 52
const DEFAULT_HOURS = 37.5

/**
 * Puts each offer on a yearly footing: the base (at the offered hours, 52 paid weeks, 5 days a
 * week), plus a bonus given as a figure in the same currency. Nothing is converted between
 * currencies; a bonus in another currency is left out of the total.
 */
export function compareOffers(entries: OfferEntry[]): OfferColumn[] {
  return entries.map(({ offer, company, role }) => {
    const hours = offer.terms.hoursPerWeek ?? DEFAULT_HOURS
    const pay = offer.terms.pay
    const basis = { hoursPerWeek: hours, weeksPerYear: WEEKS, daysPerWeek: 5 }
    const base = pay
      ? { amount: annualise(pay.min, pay.period, basis), currency: pay.currency }
      : null
    const bonus =
      offer.bonus && (!base || offer.bonus.currency === base.currency) ? offer.bonus : null
    const total = base ? money(base.amount + (bonus?.amount ?? 0), base.currency) : null
    return {
      id: offer.id,
      company,
      role,
      basePerYear: base,
      bonusPerYear: bonus,
      totalPerYear: total,
      holidayDays: offer.terms.holidayDays,
      hoursPerWeek: hours,
      effectiveHourly: total
        ? money(Math.round(total.amount / (hours * WEEKS)), total.currency)
        : null,
      hoursAssumed: offer.terms.hoursPerWeek === null,
    }
  })
}
