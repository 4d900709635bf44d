/**
 * Weighing a counter-offer from the current employer against the new offer: the first year of
 * each on the same footing (base pay and employer pension; the new offer's full total), never
 * converting currencies, and a reminder that pay was rarely the only reason for looking.
 */
import type { LocaleTag } from '../domain/locale'
import type { CounterOffer } from '../domain/offer'
import type { Money } from '../domain/money'
import { formatMoney, money } from '../domain/money'
import type { Terms } from '../domain/opportunity'
import { validateAmount } from './pay'
import { RuleInputError } from './errors'
import { totalPay } from './totalPay'

/** The counter-offer against the new offer, first year against first year. */
export interface CounterOfferWeighing {
  /** Staying: the counter-offer's pay plus its employer pension, a year. */
  stay: Money
  /** Going: the new offer's first-year total; null when it states no base pay. */
  go: Money | null
  /** Which pays more in the first year, or why they cannot be compared. */
  better: 'offer' | 'counter' | 'same' | 'other-currency' | 'unknown'
  /** How much more the better one pays; null unless one is better. */
  difference: Money | null
  explanation: string
}

/** Throws `RuleInputError` naming the field for a counter-offer that cannot be weighed. */
export function validateCounterOffer(counter: CounterOffer, field = 'counterOffer'): void {
  validateAmount(counter.pay.amount, `${field}.pay`)
  if (counter.pay.amount === 0) throw new RuleInputError('out-of-range', `${field}.pay`)
  const p = counter.pensionPercent
  if (p != null && !(p >= 0 && p <= 100))
    throw new RuleInputError('out-of-range', `${field}.pensionPercent`)
}

/**
 * Weighs `counter` against the new offer's `terms` in the first year. Money in minor units; a
 * counter-offer in another currency is reported, not converted.
 */
export function weighCounterOffer(
  terms: Terms,
  counter: CounterOffer,
  locale: LocaleTag,
): CounterOfferWeighing {
  validateCounterOffer(counter)
  const fmt = (m: Money) => formatMoney(m, locale)
  const stay = money(
    counter.pay.amount + Math.round((counter.pay.amount * (counter.pensionPercent ?? 0)) / 100),
    counter.pay.currency,
  )
  const reasons =
    'Pay is rarely the only reason for looking: weigh the reasons you started before you answer either of them.'
  const go = totalPay(terms)?.firstYear ?? null
  if (!go)
    return {
      stay,
      go,
      better: 'unknown',
      difference: null,
      explanation: `Staying is worth ${fmt(stay)} a year; the new offer states no base pay to set against it.`,
    }
  if (go.currency !== stay.currency)
    return {
      stay,
      go,
      better: 'other-currency',
      difference: null,
      explanation: `Staying is worth ${fmt(stay)} and the new offer ${fmt(go)} in its first year; they are in different currencies, which the app does not convert. ${reasons}`,
    }
  const gap = go.amount - stay.amount
  const difference = gap === 0 ? null : money(Math.abs(gap), go.currency)
  const better = gap > 0 ? 'offer' : gap < 0 ? 'counter' : 'same'
  const lead =
    better === 'same'
      ? `Staying and going are worth the same in the first year, ${fmt(go)}.`
      : better === 'offer'
        ? `The new offer is worth ${fmt(go)} in its first year, ${fmt(difference!)} more than the ${fmt(stay)} your employer offers to keep you.`
        : `Staying is worth ${fmt(stay)} a year, ${fmt(difference!)} more than the new offer's first year of ${fmt(go)}.`
  return { stay, go, better, difference, explanation: `${lead} ${reasons}` }
}
