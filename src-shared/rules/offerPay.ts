/** Pay findings of the offer check: the offer against the advertised band and the user's target. */
import type { LocaleTag } from '../domain/locale'
import type { Money, PayPeriod, PayRate } from '../domain/money'
import { formatMoney, money as m } from '../domain/money'
import type { OfferFinding, OfferTarget } from './offerTypes'
import { convertPay } from './pay'
import type { PayBasis } from './pay'

const pct = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10

const PER: Record<PayPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
}

/** A currency finding when the two figures cannot be compared. */
function currencyDiffers(offer: PayRate, other: Money | PayRate, what: string): OfferFinding {
  return {
    kind: 'currency-differs',
    term: 'pay',
    effect: 'neutral',
    against: what === 'advert' ? 'advert' : 'target',
    figures: { offerCurrency: offer.currency, otherCurrency: other.currency },
    explanation: `The offer is in ${offer.currency} but the ${what} is in ${other.currency}; the app does not convert currencies, so compare them yourself.`,
  }
}

/** The hours (or days) a week each side works, when they differ and pay must be scaled. */
export interface ProRata {
  offerHours: number
  advertHours: number
  unit: 'hours' | 'days'
}

/**
 * Compares the offered pay (its minimum, when it is a band) with the advertised band, in the
 * advert's period. The offer is converted with the offer's hours, the advert with its own. With
 * `proRata`, a salary for other hours (part-time, say) is first scaled to the advert's hours, and
 * the explanation says so.
 */
export function payAgainstAdvert(
  offer: PayRate,
  offerBasis: PayBasis,
  advert: PayRate,
  locale: LocaleTag,
  proRata: ProRata | null = null,
): OfferFinding[] {
  if (offer.currency !== advert.currency) return [currencyDiffers(offer, advert, 'advert')]
  const period = advert.period
  const cur = advert.currency
  const own = convertPay(offer.min, offer.period, period, offerBasis)
  const value = proRata ? Math.round((own * proRata.advertHours) / proRata.offerHours) : own
  const fmt = (a: number) => formatMoney(m(a, cur), locale)
  const per = PER[period]
  const figures = {
    period,
    offer: m(value, cur),
    advertMin: m(advert.min, cur),
    advertMax: m(advert.max, cur),
    ...(proRata ? { proRata: { ...proRata, pay: m(own, cur) } } : {}),
  }
  // Part-time pay is placed in a full-time band only after scaling it to the band's hours.
  const lead = proRata
    ? `Compared pro rata: ${fmt(own)} ${per} for ${proRata.offerHours} ${proRata.unit} a week is ${fmt(value)} at the advert's ${proRata.advertHours}. The pay pro rata, ${fmt(value)} ${per},`
    : `The pay, ${fmt(value)} ${per},`
  if (value < advert.min) {
    const diff = advert.min - value
    return [
      {
        kind: 'pay-below-band',
        term: 'pay',
        effect: 'worse',
        against: 'advert',
        figures: { ...figures, difference: m(diff, cur), percent: pct(diff, advert.min) },
        explanation: `${lead} is ${fmt(diff)} (${pct(diff, advert.min)}%) below the lowest figure advertised, ${fmt(advert.min)}.`,
      },
    ]
  }
  if (advert.min === advert.max) {
    if (value === advert.min) {
      return [
        {
          kind: 'pay-matches-figure',
          term: 'pay',
          effect: 'neutral',
          against: 'advert',
          figures,
          explanation: `${lead} is the figure the advert gave.`,
        },
      ]
    }
  } else if (value < advert.max) {
    const position = pct(value - advert.min, advert.max - advert.min)
    return [
      {
        kind: 'pay-within-band',
        term: 'pay',
        effect: 'neutral',
        against: 'advert',
        figures: { ...figures, positionPercent: position },
        explanation: `${lead} sits ${position}% of the way up the advertised band of ${fmt(advert.min)} to ${fmt(advert.max)}.`,
      },
    ]
  }
  if (value === advert.max) {
    return [
      {
        kind: 'pay-at-top',
        term: 'pay',
        effect: 'neutral',
        against: 'advert',
        figures: { ...figures, positionPercent: 100 },
        explanation: `${lead} is at the top of the advertised band.`,
      },
    ]
  }
  const diff = value - advert.max
  return [
    {
      kind: 'pay-above-band',
      term: 'pay',
      effect: 'better',
      against: 'advert',
      figures: { ...figures, difference: m(diff, cur), percent: pct(diff, advert.max) },
      explanation: `${lead} is ${fmt(diff)} (${pct(diff, advert.max)}%) above the highest figure advertised.`,
    },
  ]
}

/** Compares the offered pay with the user's target and walk-away figure, in the target's period. */
export function payAgainstTarget(
  offer: PayRate,
  offerBasis: PayBasis,
  target: OfferTarget,
  locale: LocaleTag,
): OfferFinding[] {
  if (offer.currency !== target.pay.currency) return [currencyDiffers(offer, target.pay, 'target')]
  const cur = offer.currency
  const value = convertPay(offer.min, offer.period, target.period, offerBasis)
  const fmt = (a: number) => formatMoney(m(a, cur), locale)
  const per = PER[target.period]
  const out: OfferFinding[] = []
  const goal = target.pay.amount
  if (value < goal) {
    const diff = goal - value
    out.push({
      kind: 'pay-below-target',
      term: 'pay',
      effect: 'worse',
      against: 'target',
      figures: {
        period: target.period,
        offer: m(value, cur),
        target: target.pay,
        difference: m(diff, cur),
        percent: pct(diff, goal),
      },
      explanation: `The pay is ${fmt(diff)} ${per} (${pct(diff, goal)}%) short of your target of ${fmt(goal)}.`,
    })
  } else {
    out.push({
      kind: 'pay-meets-target',
      term: 'pay',
      effect: 'better',
      against: 'target',
      figures: { period: target.period, offer: m(value, cur), target: target.pay },
      explanation: `The pay reaches your target of ${fmt(goal)} ${per}.`,
    })
  }
  const walk = target.walkAway
  if (walk && walk.currency === cur && value < walk.amount) {
    const diff = walk.amount - value
    out.push({
      kind: 'pay-below-walk-away',
      term: 'pay',
      effect: 'worse',
      against: 'target',
      figures: {
        period: target.period,
        offer: m(value, cur),
        walkAway: walk,
        difference: m(diff, cur),
        percent: pct(diff, walk.amount),
      },
      explanation: `The pay is below the ${fmt(walk.amount)} you decided you would not go under.`,
    })
  }
  return out
}
