/**
 * The gap between the offer and the advert for one term, as a figure for a compact table:
 * "−€3,000 a year", "−3 days", "+2.5 hours a week", "Missing". The full sentences are the
 * check's reasons; a table cell repeating them is read twice and understood once.
 */
import type { LocaleTag } from '../domain/locale'
import type { Money } from '../domain/money'
import { formatMoney } from '../domain/money'
import type { OfferFinding } from '../rules/offerTypes'
import { perPeriod } from './format'

const sign = (n: number) => (n < 0 ? '−' : '+')

function signedMoney(difference: Money, effect: OfferFinding['effect'], locale: LocaleTag): string {
  return `${effect === 'worse' ? '−' : '+'}${formatMoney(difference, locale)}`
}

function count(n: number, unit: string, locale: LocaleTag): string {
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(n))
  return `${sign(n)}${figure} ${unit}${Math.abs(n) === 1 ? '' : 's'}`
}

/** One finding as a figure, or null when it has none worth a cell. */
function figureOf(f: OfferFinding, locale: LocaleTag): string | null {
  const x = f.figures
  switch (f.kind) {
    case 'pay-below-band':
    case 'pay-above-band':
    case 'allowance-lower':
    case 'allowance-higher':
      if (!x.difference) return null
      return `${signedMoney(x.difference, f.effect, locale)}${x.period ? ` ${perPeriod(x.period)}` : ''}`
    case 'pay-within-band':
      return x.positionPercent === undefined ? null : `${x.positionPercent}% into the band`
    case 'pay-at-top':
      return 'Top of the band'
    case 'pay-matches-figure':
      return 'None'
    case 'less-holiday':
    case 'more-holiday':
      return x.offerDays === undefined || x.advertDays === undefined
        ? null
        : count(x.offerDays - x.advertDays, 'day', locale)
    case 'more-hours':
    case 'fewer-hours':
      return x.offerHours === undefined || x.advertHours === undefined
        ? null
        : `${count(x.offerHours - x.advertHours, 'hour', locale)} a week`
    case 'benefit-missing':
      return `Missing: ${x.benefit ?? ''}`.trim()
    case 'benefit-extra':
      return `Added: ${x.benefit ?? ''}`.trim()
    case 'car-missing':
      return 'Missing'
    case 'car-extra':
      return 'Added'
    case 'car-changed':
    case 'location-differs':
    case 'arrangement-differs':
      return 'Different'
    case 'currency-differs':
      return 'Other currency'
    case 'allowance-missing':
      return 'Missing'
    case 'holiday-below-statutory':
      return 'Below the legal minimum'
    default:
      return null
  }
}

/** The findings of one term as figures, one per line; "—" when the offer matches the advert. */
export function gapFigure(findings: readonly OfferFinding[], locale: LocaleTag): string {
  const figures = findings.map((f) => figureOf(f, locale)).filter((g): g is string => Boolean(g))
  return figures.length ? figures.join('\n') : '—'
}
