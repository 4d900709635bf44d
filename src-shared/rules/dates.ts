/**
 * Arithmetic on calendar dates (`IsoDate`, no time zone). Dates are turned into a day number
 * (days since 1970-01-01) so adding days never crosses a daylight-saving change.
 */
import type { CalendarDays, IsoDate } from '../domain/time'
import { RuleInputError, requireDate } from './errors'

// Pure arithmetic (Howard Hinnant's civil-date algorithms): the planner converts dates thousands
// of times per board load, and allocating Date objects for each was measurably slow.
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in `month` (1-12) of `year`, Gregorian leap years included. */
export function monthLength(year: number, month: number): number {
  if (month !== 2) return LENGTHS[month - 1]!
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
}

function civilToDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Days since 1970-01-01 for a valid IsoDate (throws `invalid-date` naming `field`). */
export function toDayNumber(date: IsoDate, field = 'date'): number {
  const m = typeof date === 'string' ? ISO.exec(date) : null
  const y = m ? +m[1]! : 0
  const mo = m ? +m[2]! : 0
  const d = m ? +m[3]! : 0
  if (!m || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) {
    throw new RuleInputError('invalid-date', field, `not a real date: ${String(date)}`)
  }
  return civilToDays(y, mo, d)
}

/** The IsoDate of a day number. */
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

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: CalendarDays): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): CalendarDays {
  return toDayNumber(b) - toDayNumber(a)
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return weekdayOfDay(toDayNumber(date))
}

/** True on Saturday and Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return weekday(date) >= 6
}

/**
 * The corresponding date `months` calendar months later (earlier if negative), clamped to the
 * last day of the target month: 31 January + 1 month = 28 February (29 in a leap year).
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  requireDate(date, 'date')
  const y = +date.slice(0, 4)
  const m = +date.slice(5, 7) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = (((m % 12) + 12) % 12) + 1
  const day = Math.min(+date.slice(8, 10), monthLength(year, month))
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b
}
