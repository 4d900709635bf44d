/** The period a figure in an advert is paid per, from the words around it. */
import type { CurrencyCode, PayPeriod } from '../domain/money'
import { minorDigits } from '../domain/money'

const AFTER: [PayPeriod, RegExp][] = [
  [
    'year',
    /^\W{0,4}(?:per annum|p\.?\s?a\b\.?|a year|per year|each year|annually|yearly|\/\s?(?:year|yr|annum)|pro jahr|jährlich|brutto jährlich|par an)/i,
  ],
  [
    'month',
    /^\W{0,4}(?:per month|a month|monthly|pcm\b|p\.?\s?m\b\.?|\/\s?(?:month|mo)\b|pro monat|monatlich|par mois)/i,
  ],
  ['week', /^\W{0,4}(?:per week|a week|weekly|p\.?\s?w\b\.?|\/\s?(?:week|wk)\b|pro woche)/i],
  ['day', /^\W{0,4}(?:per day|a day|daily|p\.?\s?d\b\.?|\/\s?day\b|pro tag|day rate)/i],
  ['hour', /^\W{0,4}(?:per hour|an hour|hourly|p\.?\s?h\b\.?|\/\s?(?:hour|hr|h)\b|pro stunde)/i],
]

const BEFORE: [PayPeriod, RegExp][] = [
  ['year', /(?:annual|yearly|jahres)\w*\s+(?:salary|pay|gehalt|base)[^\n]{0,30}$/i],
  ['month', /monthly\s+(?:salary|pay)[^\n]{0,30}$/i],
  ['day', /day\s+rate[^\n]{0,30}$/i],
  ['hour', /hourly\s+(?:rate|pay)[^\n]{0,30}$/i],
]

/**
 * The period written after the figure ("£45,000 per annum", "€30/hour") or before it ("Day
 * rate: £550"), with where the words end; null when the advert does not say.
 */
export function readPeriod(
  text: string,
  start: number,
  end: number,
): { period: PayPeriod; end: number } | null {
  const after = text.slice(end, end + 40)
  for (const [period, pattern] of AFTER) {
    const m = pattern.exec(after)
    if (m) return { period, end: end + m[0].length }
  }
  const before = text.slice(Math.max(0, start - 60), start)
  for (const [period, pattern] of BEFORE) if (pattern.test(before)) return { period, end }
  return null
}

/**
 * The period a figure most likely means when the advert does not say: an amount of five figures
 * or more is a salary, a few hundred a day rate, under a hundred an hourly rate.
 */
export function periodByAmount(minor: number, currency: CurrencyCode): PayPeriod {
  const major = minor / 10 ** minorDigits(currency)
  if (major >= 10_000) return 'year'
  if (major >= 1_000) return 'month'
  return major >= 150 ? 'day' : 'hour'
}
