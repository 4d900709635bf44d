/**
 * Dates as people type them, in a spreadsheet or another tracker's export: the one place that
 * reads a written date back into an `IsoDate` (dateText.ts writes them). The locale decides
 * which of "1/2/2025"'s numbers is the day: en-GB reads 1 February, en-US 2 January. A date that
 * could be read both ways is marked `ambiguous`, so a preview can say which way it was read.
 * Nothing is guessed beyond that: a date that does not exist (31/02/2025) is refused, with why.
 */
import { clockTime, numericDate, twelveHourClock } from './dateText'
import type { LocaleTag } from './locale'
import { daysInMonth, isIsoDate, type IsoDate, type LocalTime } from './time'

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
// Three numbers as locales write them in figures: "2026. 3. 4." (ko, hu), "4.03.2026 г." (bg),
// "04. 03. 2026." (hr), with the direction marks ar writes between them.
const SPACED = /^(\d{1,4})[\s./-]{1,3}(\d{1,2})[\s./-]{1,3}(\d{1,4})[\s.]*(?:\p{L}{1,2}\.?)?$/u
const MARKS = /[\u200e\u200f\u061c]/g

/** A date in figures in one of the spellings the patterns above read; other text as it is. */
function tidied(text: string): string {
  const typed = text.normalize('NFKC').replace(MARKS, '').trim()
  const m = SPACED.exec(typed)
  if (!m) return typed
  return m[1]!.length === 4 ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}/${m[2]}/${m[3]}`
}

/**
 * Reads a date written in `locale`'s order ("1/2/2025", "01.02.25"), year first ("2025-02-01",
 * with or without a time after it), in figures as `numericDate` writes them in `locale`
 * ("2025. 2. 1."), or with the month's name ("1 Feb 2025", "February 1, 2025",
 * "Sat 1 Feb 2025"). A two-digit year is in the 2000s. Never throws.
 */
export function readTypedDate(text: string, locale: LocaleTag): TypedDate {
  const typed = tidied(text)
  const quoted = JSON.stringify(text.trim())
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
  const example = numericDate('2025-12-31', locale)
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

/** A typed time of day read: the time, or the sentence saying why it is not one. */
export type TypedTime =
  | { ok: true; time: LocalTime; ambiguous: boolean }
  | { ok: false; impossible: boolean; problem: string }

const TYPED_TIME = /^(?:([\p{L}.]+)\s*)?(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?(?:\s*([\p{L}.' ]+))?$/u
// Words written after a time that say nothing about the half of the day: "14 Uhr", "9 o'clock".
const NEUTRAL = new Set(['h', 'uhr', 'hrs', "o'clock", 'oclock'])
const periods = new Map<string, Map<string, 'am' | 'pm'>>()

/** The words for morning and afternoon in `locale` and in English, lower case, without dots. */
function periodsOf(locale: LocaleTag): Map<string, 'am' | 'pm'> {
  let words = periods.get(locale)
  if (!words) {
    words = new Map([
      ['am', 'am'],
      ['pm', 'pm'],
    ])
    const f = new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
    for (const [hour, half] of [
      [1, 'am'],
      [13, 'pm'],
    ] as const) {
      const word = f.formatToParts(Date.UTC(2026, 0, 1, hour)).find((p) => p.type === 'dayPeriod')
      if (word) words.set(bare(word.value), half)
    }
    periods.set(locale, words)
  }
  return words
}

const bare = (word: string) => word.toLowerCase().replace(/[.\s]/g, '')

/**
 * Reads a time of day as people type it: "14:30", "14.30", "1430", "14 h 30", "2:30 pm",
 * "2pm", "9 Uhr", or with `locale`'s own words for the halves of the day ("오후 2:30"). A time
 * without am or pm is read on the 24-hour clock; in a locale whose clock is 12-hour, an hour
 * from 1 to 12 then comes back `ambiguous`, so a field can say which half it read. Never throws.
 */
export function readTypedTime(text: string, locale: LocaleTag): TypedTime {
  const typed = text.normalize('NFKC').replace(MARKS, '').trim().toLowerCase()
  const quoted = JSON.stringify(text.trim())
  const m = TYPED_TIME.exec(typed)
  const word = m && (m[1] ?? m[4]) !== undefined ? bare(m[1] ?? m[4]!) : null
  const half = word === null ? undefined : periodsOf(locale).get(word)
  if (!m || (m[1] && m[4]) || (word !== null && !half && !NEUTRAL.has(word))) {
    return {
      ok: false,
      impossible: false,
      problem: `${quoted} is not a time of day; write it like ${clockTime('14:30', locale)}.`,
    }
  }
  const [hour, minute] = [+m[2]!, m[3] === undefined ? 0 : +m[3]]
  const why =
    minute > 59
      ? 'an hour has minutes 0 to 59'
      : half && (hour < 1 || hour > 12)
        ? 'with am or pm the hour is 1 to 12'
        : hour > 23
          ? 'a day has hours 0 to 23'
          : null
  if (why) return { ok: false, impossible: true, problem: `${quoted} is not a real time: ${why}.` }
  const hour24 = half === undefined ? hour : (hour % 12) + (half === 'pm' ? 12 : 0)
  const time = `${String(hour24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  const ambiguous = !half && hour >= 1 && hour <= 12 && twelveHourClock(locale)
  return { ok: true, time, ambiguous }
}
