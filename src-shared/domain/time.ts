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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (no 30 February). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

/** True when `value` is a wall-clock time in `HH:MM` form. */
export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && LOCAL_TIME.test(value)
}

/** Days in a month of the proleptic Gregorian calendar; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
