/**
 * Pay beyond the base, and the totals of a set of terms, in words for the comparison rows of the
 * screens and the negotiation notes.
 */
import type { Compensation, LocaleTag, Money, Terms } from '../domain'
import { formatMoney } from '../domain'
import { RuleInputError } from '../rules/errors'
import { totalPay } from '../rules/totalPay'

/** Shown for a side that states none of it. */
const NONE = 'Not stated'

/** Each stated part of `comp` in words, e.g. `Employer pension 8% (if you pay in 4%)`. */
export function formatCompensation(comp: Compensation | undefined, locale: LocaleTag): string {
  if (!comp) return NONE
  const m = (value: Money) => formatMoney(value, locale)
  const parts: string[] = []
  if (comp.guaranteedBonus) parts.push(`Guaranteed bonus ${m(comp.guaranteedBonus)} a year`)
  if (comp.targetBonus)
    parts.push(
      `Target bonus ${m(comp.targetBonus)} a year` +
        (comp.bonusLikelihoodPercent == null ? '' : ` (${comp.bonusLikelihoodPercent}% likely)`),
    )
  if (comp.pension)
    parts.push(
      `Employer pension ${comp.pension.employerPercent}%` +
        (comp.pension.youPayPercent == null
          ? ''
          : ` (if you pay in ${comp.pension.youPayPercent}%)`),
    )
  if (comp.equity) {
    const e = comp.equity
    const cliff = e.cliffMonths ? `, ${e.cliffMonths}-month cliff` : ''
    parts.push(
      `Equity ${m(e.grant)} over ${e.vestingMonths} months${cliff}, vesting ${e.every === 'month' ? 'monthly' : 'yearly'}`,
    )
  }
  if (comp.remoteAllowance) parts.push(`Remote-working allowance ${m(comp.remoteAllowance)} a year`)
  if (comp.learningAllowance) parts.push(`Learning budget ${m(comp.learningAllowance)} a year`)
  if (comp.benefitsValue) parts.push(`Benefits worth ${m(comp.benefitsValue)} a year to you`)
  if (comp.daysPerWeek != null) parts.push(`${comp.daysPerWeek} days a week`)
  if (comp.commuteCost) parts.push(`Commute ${m(comp.commuteCost)} a month`)
  if (comp.commuteMinutes != null) parts.push(`${comp.commuteMinutes} minutes' commute a day`)
  return parts.length ? parts.join('; ') : NONE
}

/**
 * The totals of `terms` in one line: guaranteed cash, first year, four years and pay per hour
 * worked, e.g. `First year £69,400; four years £277,600; guaranteed cash £55,000; £42.73 an hour
 * worked`. Not stated without base pay; a sentence when the figures cannot be totalled.
 */
export function formatTotals(terms: Terms | null, locale: LocaleTag): string {
  if (!terms) return NONE
  try {
    const t = totalPay(terms)
    if (!t) return NONE
    const m = (value: Money) => formatMoney(value, locale)
    return `First year ${m(t.firstYear)}; four years ${m(t.fourYears)}; guaranteed cash ${m(t.guaranteedCash)} a year; ${m(t.perHour)} an hour worked`
  } catch (error) {
    if (error instanceof RuleInputError) return 'Some figures cannot be totalled'
    throw error
  }
}
