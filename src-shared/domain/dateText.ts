/**
 * Dates and times as people read them: on screens, in drafts, reminders and documents. A date
 * carries its year whenever the reader could mistake it for another: when it is in another
 * calendar year than the moment of reading, more than about eleven months away from it, or when
 * that moment is unknown (a document is read any day). Relative words ("today") come from the
 * event's date and the moment the text is meant to be read, passed in, never the clock.
 */
import type { LocaleTag } from './locale'
import { dayNumber, isIsoDate } from './time'
import type { Instant, IsoDate, LocalTime, TimeZone } from './time'
import { zonedDayNumber } from './zoned'

/**
 * How a calendar date is written (en-GB examples):
 * `long` "Friday 6 March", `short` "Fri 6 Mar", `day-month` "6 March",
 * `month-year` "March 2026" (always its year), `weekday` "Friday" (never a year).
 */
export type DateStyle = 'long' | 'short' | 'day-month' | 'month-year' | 'weekday'

/** How an instant is written: `short` "Fri 6 Mar", `short-time` "Fri 6 Mar, 10:00". */
export type InstantStyle = 'short' | 'short-time'

/** Who reads a date and when. */
export interface DateReading {
  locale: LocaleTag
  /** The day the text is meant to be read; null when unknown (a document): years always show. */
  readOn: IsoDate | null
}

/** Who reads an instant and when. */
export interface InstantReading {
  locale: LocaleTag
  /** The moment the text is meant to be read; null when unknown: years always show. */
  readAt: Instant | null
}

/** Farther than this from the day of reading, a date shows its year even in the same year. */
export const YEARLESS_DAYS = 334

/** True when `date` must carry its year to be read right on `readOn` (null: read any day). */
export function needsYear(date: IsoDate, readOn: IsoDate | null): boolean {
  return needsYearOfDay(dayNumber(date), readOn === null ? null : dayNumber(readOn))
}

/** `needsYear` for day numbers, which screens have at hand for thousands of instants. */
function needsYearOfDay(day: number, readDay: number | null): boolean {
  if (readDay === null || Math.abs(day - readDay) > YEARLESS_DAYS) return true
  return yearOfDay(day) !== yearOfDay(readDay)
}

function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear()
}

const OPTIONS: Record<DateStyle | InstantStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
  'short-time': {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  },
  'day-month': { day: 'numeric', month: 'long' },
  'month-year': { month: 'long', year: 'numeric' },
  weekday: { weekday: 'long' },
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const britishLocales = new Map<string, boolean>()

function british(locale: LocaleTag): boolean {
  let yes = britishLocales.get(locale)
  if (yes === undefined) britishLocales.set(locale, (yes = /^en-GB\b/i.test(locale)))
  return yes
}
const texts = new Map<string, string>()

/**
 * `at` written by Intl in one locale, style, year choice and zone; the formatter is made once, as
 * building one costs about a millisecond. One British correction: en-GB puts a comma after the
 * weekday once a year is added ("Fri, 6 Mar 2026"), where British writing, and the app's own dates
 * this year, have none. Only that case takes the slower `formatToParts`, and its text is kept:
 * screens and drafts write the same dates again and again.
 */
function write(
  locale: LocaleTag,
  style: DateStyle | InstantStyle,
  year: boolean,
  zone: TimeZone,
  at: number,
): string {
  const key = `${locale}|${style}|${year}|${zone}`
  let f = formatters.get(key)
  if (!f) {
    const options = { ...OPTIONS[style], timeZone: zone, ...(year ? { year: 'numeric' } : {}) }
    f = new Intl.DateTimeFormat(locale, options as Intl.DateTimeFormatOptions)
    formatters.set(key, f)
  }
  if (!year || !british(locale)) return f.format(at)
  const textKey = `${key}|${at}`
  let text = texts.get(textKey)
  if (text === undefined) {
    const parts = f.formatToParts(at)
    text = parts
      .map((p, i) => (p.type === 'literal' && parts[i - 1]?.type === 'weekday' ? ' ' : p.value))
      .join('')
    if (texts.size >= 20_000) texts.clear()
    texts.set(textKey, text)
  }
  return text
}

/**
 * A calendar date in words, e.g. "Friday 6 March", or "Friday 5 March 2027" read in 2026. Needs no
 * time zone. Something that is not a real date is returned as it is, so one bad field never stops
 * a screen or a document.
 */
export function formatDate(date: IsoDate, style: DateStyle, reading: DateReading): string {
  if (!isIsoDate(date)) return date
  const year = style === 'month-year' || (style !== 'weekday' && needsYear(date, reading.readOn))
  return write(reading.locale, style, year, 'UTC', Date.parse(date))
}

/** An instant in words on the wall clock of `zone`, e.g. "Fri 6 Mar, 10:00". */
export function formatInstant(
  at: Instant,
  zone: TimeZone,
  style: InstantStyle,
  reading: InstantReading,
): string {
  const readDay = reading.readAt === null ? null : zonedDayNumber(reading.readAt, zone)
  return write(reading.locale, style, needsYearOfDay(zonedDayNumber(at, zone), readDay), zone, at)
}

const fieldFormats = new Map<string, Intl.DateTimeFormat>()

/** One formatter per locale and kind, in the Gregorian calendar with Latin digits. */
function fieldFormat(locale: LocaleTag, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`
  let f = fieldFormats.get(key)
  if (!f) {
    // A field is read back by `readTypedDate`/`readTypedTime`: no Buddhist years, no Arabic-Indic
    // digits, whatever the locale's default, so what the app writes the app can read.
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { day: 'numeric', month: 'numeric', year: 'numeric' }
        : // "08:00" on a 24-hour clock, as browsers differ on "8:00"; "8:00 AM" on a 12-hour one.
          { hour: twelveHourClock(locale) ? 'numeric' : '2-digit', minute: '2-digit' }
    f = new Intl.DateTimeFormat(locale, {
      ...options,
      timeZone: 'UTC',
      calendar: 'gregory',
      numberingSystem: 'latn',
    })
    fieldFormats.set(key, f)
  }
  return f
}

/**
 * A date in figures as a form field shows it in `locale`: "04/03/2026" (en-GB), "3/4/2026"
 * (en-US), "4.3.2026" (de-DE). Always with its year. Not a real date: returned as it is.
 */
export function numericDate(date: IsoDate, locale: LocaleTag): string {
  return isIsoDate(date) ? fieldFormat(locale, 'date').format(Date.parse(date)) : date
}

/** Whether `locale`'s clock runs 1 to 12 twice a day (en-US) rather than 0 to 23 (en-GB). */
export function twelveHourClock(locale: LocaleTag): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle
  return cycle === 'h11' || cycle === 'h12'
}

/** A wall-clock time on `locale`'s clock: "14:30" (en-GB, de-DE), "2:30 PM" (en-US). */
export function clockTime(time: LocalTime, locale: LocaleTag): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time)
  if (!m) return time
  return fieldFormat(locale, 'time').format(Date.UTC(2026, 0, 1, +m[1]!, +m[2]!))
}

/** A day named by its distance from the day of reading. */
export type RelativeDay = 'yesterday' | 'today' | 'tomorrow'

/** "today", "yesterday" or "tomorrow" for `date` read on `readOn`; null for any other day. */
export function relativeDay(date: IsoDate, readOn: IsoDate): RelativeDay | null {
  return RELATIVE[dayNumber(date) - dayNumber(readOn)] ?? null
}

const RELATIVE: Record<number, RelativeDay> = { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' }

/** `relativeDay` for an instant read at `readAt`, both on the wall clock of `zone`. */
export function relativeDayAt(at: Instant, readAt: Instant, zone: TimeZone): RelativeDay | null {
  return RELATIVE[zonedDayNumber(at, zone) - zonedDayNumber(readAt, zone)] ?? null
}

/** How long ago `date` was, read on `readOn`: "today", "yesterday", "12 days ago", "3 months ago". */
export function agoText(date: IsoDate, readOn: IsoDate): string {
  const days = dayNumber(readOn) - dayNumber(date)
  if (days <= 0) return 'today'
  if (days === 1) return 'yesterday'
  return days < 60 ? `${days} days ago` : `${Math.round(days / 30)} months ago`
}

/**
 * How far ahead `date` is, read on `readOn`, for a countdown: "today", "tomorrow", "in 9 days";
 * a date gone by reads as `agoText` does ("yesterday", "3 days ago").
 */
export function countdownText(date: IsoDate, readOn: IsoDate): string {
  const days = dayNumber(date) - dayNumber(readOn)
  if (days < 0) return agoText(date, readOn)
  if (days === 0) return 'today'
  return days === 1 ? 'tomorrow' : `in ${days} days`
}

const monthNameCache = new Map<string, Map<string, number>>()

/**
 * Month names and their abbreviations in `locale` and in English, lower case, to month number
 * (1-12), from the platform's Intl: "march", "mar", "märz", "mär" … Built once per locale.
 */
function monthNames(locale: LocaleTag): Map<string, number> {
  let names = monthNameCache.get(locale)
  if (names) return names
  names = new Map()
  for (const loc of [locale, 'en'])
    for (const month of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' })
      for (let m = 1; m <= 12; m++) {
        const name = f
          .format(Date.UTC(2026, m - 1, 15))
          .toLowerCase()
          .replace(/\.$/, '')
        if (!names.has(name)) names.set(name, m)
      }
    }
  // "Sept" is as common as "Sep" in British writing.
  names.set('sept', 9)
  monthNameCache.set(locale, names)
  return names
}

/** True when `locale` writes the month before the day in numeric dates ("3/31/2027" in en-US). */
function monthFirst(locale: LocaleTag): boolean {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(0)
  return parts.findIndex((p) => p.type === 'month') < parts.findIndex((p) => p.type === 'day')
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The date `y-m-d` when it is a real one, else null. */
function realDate(y: number, m: number, d: number): IsoDate | null {
  const date = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`
  return isIsoDate(date) ? date : null
}

/**
 * A date written in words or figures, as adverts and letters write them: "31 March 2027",
 * "31st March", "March 31, 2027", "31. März 2027", "2027-03-31", "31/03/2027" (day first unless
 * `locale` writes the month first, as en-US does). A date without a year is the next such day
 * on or after `readOn`. Null when `text` holds no date, or an impossible one (30 February).
 */
export function readWrittenDate(
  text: string,
  reading: { locale: LocaleTag; readOn: IsoDate },
): IsoDate | null {
  const t = text.normalize('NFKC').trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t)
  if (iso) return realDate(+iso[1]!, +iso[2]!, +iso[3]!)
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b/.exec(t)
  if (numeric) {
    const [a, b] = [+numeric[1]!, +numeric[2]!]
    const y = numeric[3]!.length === 2 ? 2000 + +numeric[3]! : +numeric[3]!
    return monthFirst(reading.locale) ? realDate(y, a, b) : realDate(y, b, a)
  }
  const names = monthNames(reading.locale)
  const word = '([\\p{L}]+)\\.?'
  const dayFirst = new RegExp(
    `^(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+of)?\\s+${word}(?:,?\\s+(\\d{4}))?`,
    'iu',
  )
  const monthFirstRe = new RegExp(`^${word}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'iu')
  let day: number, month: number | undefined, year: number | null
  const d1 = dayFirst.exec(t)
  const d2 = d1 ? null : monthFirstRe.exec(t)
  if (d1) [day, month, year] = [+d1[1]!, names.get(d1[2]!.toLowerCase()), d1[3] ? +d1[3] : null]
  else if (d2)
    [day, month, year] = [+d2[2]!, names.get(d2[1]!.toLowerCase()), d2[3] ? +d2[3] : null]
  else return null
  if (month === undefined) return null
  if (year !== null) return realDate(year, month, day)
  const thisYear = +reading.readOn.slice(0, 4)
  const candidate = realDate(thisYear, month, day)
  return candidate && candidate >= reading.readOn ? candidate : realDate(thisYear + 1, month, day)
}
