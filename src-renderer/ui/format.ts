/** Dates and times as the user reads them, in their time zone. */
import type { Instant, IsoDate } from '@shared/domain/time'
import type { DueState } from '../board/plan'

const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
const DAY_AND_TIME: Intl.DateTimeFormatOptions = {
  ...SHORT_DAY,
  hour: '2-digit',
  minute: '2-digit',
}
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * One formatter per style and time zone, made once: building an Intl.DateTimeFormat costs about a
 * millisecond, and Today and the board format thousands of dates.
 */
function formatter(style: string, options: Intl.DateTimeFormatOptions, timeZone: string) {
  const key = `${style}\u0000${timeZone}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone })
    formatters.set(key, f)
  }
  return f
}

/** "Thu 5 Mar" for an instant. */
export function shortDay(at: Instant, timeZone: string): string {
  return formatter('short-day', SHORT_DAY, timeZone).format(at)
}

/** "Thu 5 Mar, 10:00" for an instant. */
export function dayAndTime(at: Instant, timeZone: string): string {
  return formatter('day-and-time', DAY_AND_TIME, timeZone).format(at)
}

/** "5 March 2026" for a calendar date. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number)
  return formatter('long-date', LONG_DATE, 'UTC').format(Date.UTC(y!, m! - 1, d!))
}

/** Whole calendar days from `from` to `to` (both calendar dates). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = (d: IsoDate) => {
    const [y, m, day] = d.split('-').map(Number)
    return Date.UTC(y!, m! - 1, day!)
  }
  return Math.round((ms(to) - ms(from)) / 86_400_000)
}

/** The words for a due state, with the day that matters: "Due today", "Due by Thu 5 Mar". */
export function dueText(
  due: DueState,
  latest: Instant,
  earliest: Instant,
  timeZone: string,
  now: Instant,
): string {
  if (due === 'overdue') return `Overdue since ${shortDay(latest, timeZone)}`
  if (due === 'due')
    return shortDay(latest, timeZone) === shortDay(now, timeZone)
      ? 'Due today'
      : `Due by ${shortDay(latest, timeZone)}`
  return `From ${shortDay(earliest, timeZone)}`
}

/** "today", "yesterday", "12 days ago". */
export function agoText(days: number): string {
  if (days <= 0) return 'today'
  if (days === 1) return 'yesterday'
  return days < 60 ? `${days} days ago` : `${Math.round(days / 30)} months ago`
}
