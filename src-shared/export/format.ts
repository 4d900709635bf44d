/**
 * How exported documents (and the screens that preview them) write dates, money and terms: in
 * words a reader expects on paper ("Monday 4 January 2027", "£52,000 a year"), never ISO codes.
 */
import type {
  CarBenefit,
  CurrencyCode,
  IsoDate,
  MinorUnits,
  Money,
  PayPeriod,
  PayRate,
  Terms,
  WorkArrangement,
} from '../domain'
import { formatDate, type DateReading } from '../domain/dateText'
import { DEFAULT_LOCALE } from '../domain/locale'

/** Documents are read on any day, so every date in them carries its year; in the app's locale. */
export const DOCUMENT_READING: DateReading = { locale: DEFAULT_LOCALE, readOn: null }

/** A date in a document, e.g. `Monday 4 January 2027` (`short`: `Mon 4 Jan 2027`). */
export function documentDate(date: IsoDate, style: 'long' | 'short' = 'long'): string {
  return formatDate(date, style, DOCUMENT_READING)
}

/** How many minor units make one major unit of `currency` (100 for GBP, 1 for JPY). */
export function minorPerMajor(currency: CurrencyCode): number {
  const digits = currencyFormat(currency)?.resolvedOptions().maximumFractionDigits
  return 10 ** (digits ?? 2)
}

function currencyFormat(currency: CurrencyCode, digits?: number): Intl.NumberFormat | null {
  try {
    const fixed =
      digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      ...fixed,
    })
  } catch {
    return null
  }
}

/**
 * An amount in minor units written with its currency symbol, e.g. `£52,000` or `£18.50`: decimals
 * appear only when the amount is not a whole number of major units. A code Intl does not accept is
 * printed after the figure rather than failing the export.
 */
export function formatAmount(amount: MinorUnits, currency: CurrencyCode): string {
  const per = minorPerMajor(currency)
  const format = currencyFormat(currency, amount % per === 0 ? 0 : undefined)
  if (format) return format.format(amount / per)
  return `${(amount / per).toLocaleString('en-GB', { minimumFractionDigits: 2 })} ${currency}`
}

/** A Money value written out, e.g. `£52,000`. */
export function formatMoney(value: Money): string {
  return formatAmount(value.amount, value.currency)
}

const PERIOD_WORDS: Record<PayPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
}

/** "a year", "an hour": how a period follows an amount. */
export function perPeriod(period: PayPeriod): string {
  return PERIOD_WORDS[period]
}

/** A rate of pay, e.g. `£45,000 to £55,000 a year` or `£18.50 an hour`. */
export function formatPay(pay: PayRate): string {
  const min = formatAmount(pay.min, pay.currency)
  const range = pay.min === pay.max ? min : `${min} to ${formatAmount(pay.max, pay.currency)}`
  return `${range} ${perPeriod(pay.period)}`
}

/** A company car or allowance in words. */
export function formatCar(car: CarBenefit): string {
  if (car.kind === 'none') return 'None'
  if (car.kind === 'car') return 'Company car'
  return `Car allowance, ${formatAmount(car.amount, car.currency)} ${perPeriod(car.period)}`
}

const ARRANGEMENTS: Record<WorkArrangement, string> = {
  'on-site': 'On site',
  hybrid: 'Hybrid',
  remote: 'Remote',
}

/** Where the work is done, in words. */
export function formatArrangement(arrangement: WorkArrangement): string {
  return ARRANGEMENTS[arrangement]
}

/** Shown for a term the advert or offer did not state. */
export const NOT_STATED = 'Not stated'

/** One term of the advert or the offer, as a row of a comparison. */
export interface TermRow {
  /** A key the findings of the rules engine can be matched on. */
  key: 'pay' | 'hours' | 'holiday' | 'benefits' | 'car' | 'location'
  label: string
  advert: string
  offer: string
}

function place(terms: Terms): string {
  const parts = [
    terms.location.trim(),
    terms.arrangement ? formatArrangement(terms.arrangement) : '',
  ]
  const text = parts.filter(Boolean).join(', ')
  return text || NOT_STATED
}

function side(terms: Terms | null): Record<TermRow['key'], string> {
  if (!terms) {
    return {
      pay: NOT_STATED,
      hours: NOT_STATED,
      holiday: NOT_STATED,
      benefits: NOT_STATED,
      car: NOT_STATED,
      location: NOT_STATED,
    }
  }
  return {
    pay: terms.pay ? formatPay(terms.pay) : NOT_STATED,
    hours: terms.hoursPerWeek === null ? NOT_STATED : `${terms.hoursPerWeek} hours a week`,
    holiday: terms.holidayDays === null ? NOT_STATED : `${terms.holidayDays} days a year`,
    benefits: terms.benefits.length ? terms.benefits.join(', ') : NOT_STATED,
    car: terms.car ? formatCar(terms.car) : NOT_STATED,
    location: place(terms),
  }
}

/** The advert's and the offer's terms side by side, one row per term, in reading order. */
export function termRows(advert: Terms | null, offer: Terms | null): TermRow[] {
  const a = side(advert)
  const o = side(offer)
  const labels: [TermRow['key'], string][] = [
    ['pay', 'Base pay'],
    ['hours', 'Hours'],
    ['holiday', 'Holiday'],
    ['benefits', 'Benefits'],
    ['car', 'Car'],
    ['location', 'Location'],
  ]
  return labels.map(([key, label]) => ({ key, label, advert: a[key], offer: o[key] }))
}
