/**
 * Arithmetic on calendar dates (`IsoDate`, no time zone). Dates are turned into a day number
 * (days since 1970-01-01) so adding days never crosses a daylight-saving change.
 */
import { dayNumber, daysInMonth, fromDayNumber } from '../domain/time'
import type { CalendarDays, IsoDate } from '../domain/time'
import { requireDate } from './errors'

/** Days since 1970-01-01 for a valid IsoDate (throws `invalid-date` naming `field`). */
export function toDayNumber(date: IsoDate, field = 'date'): number {
  return dayNumber(requireDate(date, field))
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
  const day = Math.min(+date.slice(8, 10), daysInMonth(year, month))
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
