/**
 * Dates as people type them, in a spreadsheet or another tracker's export: the one place that
 * reads a written date back into an `IsoDate` (dateText.ts writes them). The locale decides
 * which of "1/2/2025"'s numbers is the day: en-GB reads 1 February, en-US 2 January. A date that
 * could be read both ways is marked `ambiguous`, so a preview can say which way it was read.
 * Nothing is guessed beyond that: a date that does not exist (31/02/2025) is refused, with why.
 */
import type { LocaleTag } from './locale'
import { daysInMonth, isIsoDate, type IsoDate } from './time'

/** Which number comes first in a numeric date written in a locale. */
export type DateOrder = 'day-month' | 'month-day'

/** A typed date read: the date, or the sentence saying why it is not one. */
export type TypedDate =
  | { ok: true; date: IsoDate; ambiguous: boolean }
  | { ok: false; impossible: boolean; problem: string }

const orders = new Map<string, DateOrder>()

/** Whether `locale` writes the day before the month in a numeric date ("31/12" or "12/31"). */
export function dateOrder(locale: LocaleTag): DateOrder {
  let order = orders.get(locale)
  if (!order) {
    const parts = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).formatToParts(Date.UTC(2025, 11, 31))
    const day = parts.findIndex((p) => p.type === 'day')
    const month = parts.findIndex((p) => p.type === 'month')
    order = month < day ? 'month-day' : 'day-month'
    orders.set(locale, order)
  }
  return order
}

const monthNames = new Map<string, Map<string, number>>()

/** Month names and abbreviations of `locale` and of English, lower-cased, without dots. */
function monthsOf(locale: LocaleTag): Map<string, number> {
  let names = monthNames.get(locale)
  if (!names) {
    names = new Map()
    for (const loc of [locale, 'en'])
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' })
        for (let m = 1; m <= 12; m++) {
          const name = format.format(Date.UTC(2025, m - 1, 15))
          names.set(name.toLowerCase().replace(/\.$/, ''), m)
        }
      }
    names.set('sept', 9)
    monthNames.set(locale, names)
  }
  return names
}

const YEAR_FIRST =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/
const DAY_NAMED = /^(\d{1,2})(?:st|nd|rd|th)?[\s.-]+(\p{L}+)\.?[\s,.-]+(\d{4})$/u
const NAMED_DAY = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u
const WEEKDAY = /^\p{L}+\.?,?\s+(?=\d)/u

/**
 * Reads a date written in `locale`'s order ("1/2/2025", "01.02.25"), year first ("2025-02-01",
 * with or without a time after it), or with the month's name ("1 Feb 2025", "February 1, 2025",
 * "Sat 1 Feb 2025"). A two-digit year is in the 2000s. Never throws.
 */
export function readTypedDate(text: string, locale: LocaleTag): TypedDate {
  const typed = text.trim()
  const quoted = JSON.stringify(typed)
  let m = YEAR_FIRST.exec(typed)
  if (m) return dateOf(quoted, +m[1]!, +m[2]!, +m[3]!, false)
  m = NUMERIC.exec(typed)
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!]
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!
    const [day, month] = dateOrder(locale) === 'day-month' ? [a, b] : [b, a]
    return dateOf(quoted, year, month, day, a !== b && a <= 12 && b <= 12)
  }
  const months = monthsOf(locale)
  m = NAMED_DAY.exec(typed)
  if (m && months.has(m[1]!.toLowerCase()))
    return dateOf(quoted, +m[3]!, months.get(m[1]!.toLowerCase())!, +m[2]!, false)
  m = DAY_NAMED.exec(typed.replace(WEEKDAY, ''))
  if (m && months.has(m[2]!.toLowerCase()))
    return dateOf(quoted, +m[3]!, months.get(m[2]!.toLowerCase())!, +m[1]!, false)
  const example = dateOrder(locale) === 'day-month' ? '31/12/2025' : '12/31/2025'
  return {
    ok: false,
    impossible: false,
    problem: `${quoted} is not a date; write it like ${example} or 2025-12-31.`,
  }
}

function dateOf(
  quoted: string,
  year: number,
  month: number,
  day: number,
  ambiguous: boolean,
): TypedDate {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (isIsoDate(date)) return { ok: true, date, ambiguous }
  const why =
    month < 1 || month > 12
      ? `there is no month ${month}`
      : `${monthName(month)} ${year} has ${daysInMonth(year, month)} days`
  return { ok: false, impossible: true, problem: `${quoted} is not a real date: ${why}.` }
}

function monthName(month: number): string {
  return new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2025, month - 1, 15),
  )
}
