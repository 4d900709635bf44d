/**
 * Dates, times and counts on screens: the one date module (`@shared/domain/dateText`) in the
 * user's locale, read at the moment the caller passes (the plan's minute, today), never the clock.
 */
import {
  formatDate,
  formatInstant,
  relativeDayAt,
  type DateStyle,
  type InstantStyle,
} from '@shared/domain/dateText'
import type { Instant, IsoDate } from '@shared/domain/time'
import type { DueState } from '../followups/plan'
import { userLocale } from '../locale'

/** A count on a screen, grouped as the user's locale groups digits: "1,234". */
export function countText(n: number): string {
  return n.toLocaleString(userLocale)
}

/**
 * A calendar date on a screen, e.g. "Friday 6 March" read in 2026. With `readOn` null (a fact of a
 * record, such as the day of a round) it always shows its year: "5 March 2026".
 */
export function dateText(date: IsoDate, style: DateStyle, readOn: IsoDate | null): string {
  return formatDate(date, style, { locale: userLocale, readOn })
}

/** An instant on a screen in `timeZone`, read at `readAt`: "Thu 5 Mar, 10:00" this year. */
export function instantText(
  at: Instant,
  timeZone: string,
  style: InstantStyle,
  readAt: Instant,
): string {
  return formatInstant(at, timeZone, style, { locale: userLocale, readAt })
}

/** The words for a due state, read at `now`: "Due today", "Due by Thu 5 Mar", "From Fri 6 Mar". */
export function dueText(
  due: DueState,
  latest: Instant,
  earliest: Instant,
  timeZone: string,
  now: Instant,
): string {
  const day = (at: Instant) => instantText(at, timeZone, 'short', now)
  if (due === 'overdue') return `Overdue since ${day(latest)}`
  if (due === 'due')
    return relativeDayAt(latest, now, timeZone) === 'today' ? 'Due today' : `Due by ${day(latest)}`
  return `From ${day(earliest)}`
}
