/** Findings of the offer check for the terms other than pay. */
import type { CarBenefit, Terms, WorkArrangement } from '../domain/opportunity'
import type { LocaleTag } from '../domain/locale'
import type { PayRate } from '../domain/money'
import { formatMoney, money } from '../domain/money'
import type { RegionCode } from '../domain/settings'
import type { OfferFinding } from './offerTypes'
import { businessCalendar, isUkRegion } from './calendar'
import { isWeekend } from './dates'
import { convertPay } from './pay'
import type { BenefitPairs } from './benefits'
import type { PayBasis } from './pay'

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ')

/**
 * Benefits in the advert but not the offer, and the other way round, from `pairTermsBenefits`:
 * case, punctuation and added detail do not make a benefit missing, nor does a line the other side
 * states as a figure, and the user's pairings hold.
 */
export function benefitFindings({
  missing,
  added,
}: Pick<BenefitPairs, 'missing' | 'added'>): OfferFinding[] {
  return [
    ...missing.map((benefit): OfferFinding => ({
      kind: 'benefit-missing',
      term: 'benefits',
      effect: 'worse',
      against: 'advert',
      figures: { benefit },
      explanation: `The advert mentioned ${benefit}, but the offer does not.`,
    })),
    ...added.map((benefit): OfferFinding => ({
      kind: 'benefit-extra',
      term: 'benefits',
      effect: 'better',
      against: 'advert',
      figures: { benefit },
      explanation: `The offer adds ${benefit}, which the advert did not mention.`,
    })),
  ]
}

const yearly = (c: Extract<CarBenefit, { kind: 'allowance' }>) =>
  c.period === 'month' ? c.amount * 12 : c.amount

/** A company car or car allowance that went missing, changed, or appeared. */
export function carFindings(
  advert: CarBenefit | null,
  offer: CarBenefit | null,
  locale: LocaleTag,
): OfferFinding[] {
  if (!advert || !offer) return []
  const f = (
    kind: OfferFinding['kind'],
    effect: OfferFinding['effect'],
    explanation: string,
    figures = {},
  ): OfferFinding[] => [{ kind, term: 'car', effect, against: 'advert', figures, explanation }]
  if (advert.kind === 'none') {
    return offer.kind === 'none'
      ? []
      : f(
          'car-extra',
          'better',
          'The offer includes a car or car allowance the advert did not mention.',
        )
  }
  if (offer.kind === 'none') {
    return advert.kind === 'car'
      ? f('car-missing', 'worse', 'The advert came with a company car; the offer has none.')
      : f('allowance-missing', 'worse', 'The advert came with a car allowance; the offer has none.')
  }
  if (advert.kind !== offer.kind) {
    return f(
      'car-changed',
      'neutral',
      advert.kind === 'car'
        ? 'The offer gives a car allowance instead of the company car in the advert.'
        : 'The offer gives a company car instead of the allowance in the advert.',
    )
  }
  if (
    advert.kind === 'allowance' &&
    offer.kind === 'allowance' &&
    advert.currency === offer.currency
  ) {
    const a = yearly(advert)
    const o = yearly(offer)
    const sum = (n: number) => money(n, offer.currency)
    if (o < a) {
      return f(
        'allowance-lower',
        'worse',
        `The car allowance is ${formatMoney(sum(a - o), locale)} a year less than advertised.`,
        { period: 'year', offer: sum(o), advertMin: sum(a), difference: sum(a - o) },
      )
    }
    if (o > a) {
      return f(
        'allowance-higher',
        'better',
        `The car allowance is ${formatMoney(sum(o - a), locale)} a year more than advertised.`,
        { period: 'year', offer: sum(o), advertMin: sum(a), difference: sum(o - a) },
      )
    }
  }
  return []
}

/**
 * More (or fewer) hours than advertised. On a salary, more hours lower the effective hourly rate,
 * which the finding gives; on an hourly or daily rate, more hours simply mean more pay.
 */
export function hoursFindings(
  advertHours: number | null,
  offerHours: number | null,
  offerPay: PayRate | null,
  advertPay: PayRate | null,
  basis: { weeksPerYear: number; daysPerWeek: number },
  locale: LocaleTag,
): OfferFinding[] {
  if (advertHours == null || offerHours == null || advertHours === offerHours) return []
  const salaried = offerPay ? !['hour', 'day'].includes(offerPay.period) : true
  const figures: OfferFinding['figures'] = { advertHours, offerHours }
  let rate = ''
  if (offerPay) {
    const b: PayBasis = { ...basis, hoursPerWeek: offerHours }
    figures.effectiveHourly = {
      amount: convertPay(offerPay.min, offerPay.period, 'hour', b),
      currency: offerPay.currency,
    }
    rate = `, which works out at ${formatMoney(figures.effectiveHourly, locale)} an hour`
    if (advertPay && advertPay.currency === offerPay.currency) {
      const ab: PayBasis = { ...basis, hoursPerWeek: advertHours }
      figures.advertHourly = {
        amount: convertPay(advertPay.min, advertPay.period, 'hour', ab),
        currency: advertPay.currency,
      }
      rate += ` (the advert's works out at ${formatMoney(figures.advertHourly, locale)})`
    }
  }
  if (offerHours > advertHours) {
    return [
      {
        kind: 'more-hours',
        term: 'hours',
        effect: salaried ? 'worse' : 'neutral',
        against: 'advert',
        figures,
        explanation: `The offer asks for ${offerHours} hours a week against ${advertHours} in the advert${rate}.`,
      },
    ]
  }
  return [
    {
      kind: 'fewer-hours',
      term: 'hours',
      effect: salaried ? 'better' : 'neutral',
      against: 'advert',
      figures,
      explanation: `The offer asks for ${offerHours} hours a week against ${advertHours} in the advert${rate}.`,
    },
  ]
}

/** Less or more paid holiday than the advert. */
export function holidayFindings(
  advertDays: number | null,
  offerDays: number | null,
): OfferFinding[] {
  if (advertDays == null || offerDays == null || advertDays === offerDays) return []
  const less = offerDays < advertDays
  return [
    {
      kind: less ? 'less-holiday' : 'more-holiday',
      term: 'holiday',
      effect: less ? 'worse' : 'better',
      against: 'advert',
      figures: { advertDays, offerDays },
      explanation: `The offer gives ${offerDays} days of paid holiday a year; the advert said ${advertDays}.`,
    },
  ]
}

/** UK statutory paid holiday: 5.6 weeks of the days worked, capped at 28 days. */
export function ukStatutoryHolidayDays(daysPerWeek: number): number {
  return Math.min(28, Math.round(5.6 * daysPerWeek * 10) / 10)
}

/**
 * Flags paid holiday below the UK statutory minimum. Unless the offered days already include
 * public holidays, the region's weekday public holidays in `year` are added, pro rata to the days
 * worked, since UK employers may count them towards the 5.6 weeks.
 */
export function statutoryHolidayFindings(
  offerDays: number | null,
  region: RegionCode,
  year: number,
  daysPerWeek: number,
  includesPublic: boolean,
): OfferFinding[] {
  if (offerDays == null || !isUkRegion(region)) return []
  const statutoryDays = ukStatutoryHolidayDays(daysPerWeek)
  const publicDays = includesPublic
    ? 0
    : (businessCalendar(region)
        .holidaysIn(year)
        .filter((h) => !isWeekend(h.date)).length *
        daysPerWeek) /
      5
  const total = Math.round((offerDays + publicDays) * 10) / 10
  if (total >= statutoryDays) return []
  return [
    {
      kind: 'holiday-below-statutory',
      term: 'holiday',
      effect: 'worse',
      against: 'statutory',
      figures: { offerDays: total, statutoryDays },
      explanation: `With public holidays, the offer gives ${total} days of paid holiday; UK law requires at least ${statutoryDays} for ${daysPerWeek} days a week.`,
    },
  ]
}

const REMOTENESS: Record<WorkArrangement, number> = { 'on-site': 0, hybrid: 1, remote: 2 }

/** A different place of work, or a less (or more) remote arrangement, than advertised. */
export function placeFindings(advert: Terms, offer: Terms): OfferFinding[] {
  const out: OfferFinding[] = []
  if (
    advert.location.trim() &&
    offer.location.trim() &&
    norm(advert.location) !== norm(offer.location)
  ) {
    out.push({
      kind: 'location-differs',
      term: 'location',
      effect: 'worse',
      against: 'advert',
      figures: { advertValue: advert.location.trim(), offerValue: offer.location.trim() },
      explanation: `The offer places the job in ${offer.location.trim()}; the advert said ${advert.location.trim()}.`,
    })
  }
  if (advert.arrangement && offer.arrangement && advert.arrangement !== offer.arrangement) {
    const better = REMOTENESS[offer.arrangement] > REMOTENESS[advert.arrangement]
    out.push({
      kind: 'arrangement-differs',
      term: 'arrangement',
      effect: better ? 'better' : 'worse',
      against: 'advert',
      figures: { advertValue: advert.arrangement, offerValue: offer.arrangement },
      explanation: `The offer is ${offer.arrangement}; the advert said ${advert.arrangement}.`,
    })
  }
  return out
}
