/**
 * Arithmetic on calendar dates (`IsoDate`, no time zone). Dates are turned into a day number
 * (days since 1970-01-01) so adding days never crosses a daylight-saving change.
 */
import { daysInMonth } from '../domain/time'
import type { CalendarDays, IsoDate } from '../domain/time'
import { requireDate } from './errors'

const DAY_MS = 86_400_000

/** Days since 1970-01-01 for a valid IsoDate (throws `invalid-date` naming `field`). */
export function toDayNumber(date: IsoDate, field = 'date'): number {
  requireDate(date, field)
  return Math.round(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS)
}

/** The IsoDate of a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
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
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1
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
