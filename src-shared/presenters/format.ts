/**
 * How exported documents (and the screens that preview them) write dates, money and terms: in
 * words a reader expects on paper ("Monday 4 January 2027", "£52,000 a year"), never ISO codes.
 * Amounts themselves are written by the domain's one money rule, `formatMoney`.
 */
import type {
  CarBenefit,
  IsoDate,
  LocaleTag,
  PayPeriod,
  PayRate,
  Terms,
  WorkArrangement,
} from '../domain'
import { formatDate, type DateReading } from '../domain/dateText'
import { DEFAULT_LOCALE } from '../domain/locale'
import { formatMoney } from '../domain'
import { formatCompensation, formatTotals } from './compensation'

/** Documents are read on any day, so every date in them carries its year; in the app's locale. */
export const DOCUMENT_READING: DateReading = { locale: DEFAULT_LOCALE, readOn: null }

/** A date in a document, e.g. `Monday 4 January 2027` (`short`: `Mon 4 Jan 2027`). */
export function documentDate(date: IsoDate, style: 'long' | 'short' = 'long'): string {
  return formatDate(date, style, DOCUMENT_READING)
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

/** A rate of pay in `locale`, e.g. `£45,000 to £55,000 a year` or `£18.50 an hour`. */
export function formatPay(pay: PayRate, locale: LocaleTag): string {
  const { currency } = pay
  const min = formatMoney({ amount: pay.min, currency }, locale)
  const max = formatMoney({ amount: pay.max, currency }, locale)
  return `${pay.min === pay.max ? min : `${min} to ${max}`} ${perPeriod(pay.period)}`
}

/** A company car or allowance in words, the allowance in `locale`. */
export function formatCar(car: CarBenefit, locale: LocaleTag): string {
  if (car.kind === 'none') return 'None'
  if (car.kind === 'car') return 'Company car'
  return `Car allowance, ${formatMoney(car, locale)} ${perPeriod(car.period)}`
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
  key: 'pay' | 'compensation' | 'totals' | 'hours' | 'holiday' | 'benefits' | 'car' | 'location'
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

function side(terms: Terms | null, locale: LocaleTag): Record<TermRow['key'], string> {
  if (!terms) {
    return {
      pay: NOT_STATED,
      compensation: NOT_STATED,
      totals: NOT_STATED,
      hours: NOT_STATED,
      holiday: NOT_STATED,
      benefits: NOT_STATED,
      car: NOT_STATED,
      location: NOT_STATED,
    }
  }
  return {
    pay: terms.pay ? formatPay(terms.pay, locale) : NOT_STATED,
    compensation: formatCompensation(terms.comp, locale),
    totals: formatTotals(terms, locale),
    hours: terms.hoursPerWeek === null ? NOT_STATED : `${terms.hoursPerWeek} hours a week`,
    holiday: terms.holidayDays === null ? NOT_STATED : `${terms.holidayDays} days a year`,
    benefits: terms.benefits.length ? terms.benefits.join(', ') : NOT_STATED,
    car: terms.car ? formatCar(terms.car, locale) : NOT_STATED,
    location: place(terms),
  }
}

/**
 * The advert's and the offer's terms side by side, one row per term either side states (base pay
 * always), in reading order.
 */
export function termRows(advert: Terms | null, offer: Terms | null, locale: LocaleTag): TermRow[] {
  const a = side(advert, locale)
  const o = side(offer, locale)
  const labels: [TermRow['key'], string][] = [
    ['pay', 'Base pay'],
    ['compensation', 'Bonus, pension, equity'],
    ['totals', 'Total pay'],
    ['hours', 'Hours'],
    ['holiday', 'Holiday'],
    ['benefits', 'Benefits'],
    ['car', 'Car'],
    ['location', 'Location'],
  ]
  return (
    labels
      .map(([key, label]) => ({ key, label, advert: a[key], offer: o[key] }))
      // A term neither side states tells the reader nothing; base pay stays, as the anchor.
      .filter((row) => row.key === 'pay' || row.advert !== NOT_STATED || row.offer !== NOT_STATED)
  )
}
