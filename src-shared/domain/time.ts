/**
 * Time types. Every date and time the app stores says what it is: a calendar date with no time
 * zone, an instant on the global timeline, or a wall-clock time in the user's time zone.
 */

/** A calendar date, `YYYY-MM-DD`, with no time zone: "the interview is on 3 March". */
export type IsoDate = string & { readonly __brand?: 'IsoDate' }

/** A wall-clock time, `HH:MM` (24 hours), read in the user's time zone. */
export type LocalTime = string & { readonly __brand?: 'LocalTime' }

/** An instant on the global timeline, in milliseconds since 1970-01-01T00:00:00Z. */
export type Instant = number & { readonly __brand?: 'Instant' }

/** An IANA time zone name such as `Europe/London`. */
export type TimeZone = string & { readonly __brand?: 'TimeZone' }

/** A count of calendar days (weekends and holidays included). */
export type CalendarDays = number & { readonly __brand?: 'CalendarDays' }

/** A count of business days (weekends and the region's public holidays skipped). */
export type BusinessDays = number & { readonly __brand?: 'BusinessDays' }

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (no 30 February). */
export function isIsoDate(value: unknown): value is IsoDate {
  // Read digit by digit, with no match array: every record's dates are checked on each load.
  if (typeof value !== 'string' || value.length !== 10) return false
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false
  const y = digits(value, 0, 4)
  const mo = digits(value, 5, 7)
  const d = digits(value, 8, 10)
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

const DASH = 0x2d
const ZERO = 0x30

/** The number written by the ASCII digits `text[from..to)`, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO
    if (digit < 0 || digit > 9) return -1
    n = n * 10 + digit
  }
  return n
}

/** True when `value` is a wall-clock time in `HH:MM` form. */
export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && LOCAL_TIME.test(value)
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
}

// Pure arithmetic (Howard Hinnant's civil-date algorithms): the planner converts dates thousands
// of times per board load, and allocating Date objects for each was measurably slow.

/** Days since 1970-01-01 of a valid IsoDate (check it first: this one trusts its input). */
export function dayNumber(date: IsoDate): number {
  const y = +date.slice(0, 4)
  const m = +date.slice(5, 7)
  const d = +date.slice(8, 10)
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The IsoDate of a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): IsoDate {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}
