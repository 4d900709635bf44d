/**
 * Quiet hours: a nightly window, in the user's time zone, in which notifications wait. A window
 * whose start is after its end spans midnight (21:00-08:00). Daylight-saving
 * changes move the window with the wall clock.
 */
import type { Instant, LocalTime, TimeZone } from '../domain/time'
import { zonedDateTime } from '../domain/zoned'
import type { QuietHours } from '../ipc/reminders'

const MINUTE = 60_000
const DAY_MINUTES = 24 * 60

function minutesOf(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** The wall-clock minute of the day (0-1439) at `instant` in `timeZone`. */
export function minuteOfDay(instant: Instant, timeZone: TimeZone): number {
  return minutesOf(zonedDateTime(instant, timeZone).time)
}

/** True when `minute` (of the day) falls inside the window. Start is inside, end is not. */
function inWindow(minute: number, start: number, end: number): boolean {
  if (start === end) return false
  return start < end ? minute >= start && minute < end : minute >= start || minute < end
}

/**
 * When quiet hours that hold at `instant` end, or null when `instant` is outside them. The end is
 * the first instant (to the minute) at which the wall clock shows `quiet.end`, so a window that
 * spans midnight ends the next morning.
 */
export function quietHoursEnd(
  instant: Instant,
  quiet: QuietHours,
  timeZone: TimeZone,
): Instant | null {
  if (!quiet) return null
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  const now = minuteOfDay(instant, timeZone)
  if (!inWindow(now, start, end)) return null
  const wait = (end - now + DAY_MINUTES) % DAY_MINUTES
  const startOfMinute = Math.floor(instant / MINUTE) * MINUTE
  let candidate = startOfMinute + wait * MINUTE
  // A clock change inside the window shifts the wall clock: correct by what it shows then.
  const drift = (end - minuteOfDay(candidate, timeZone) + DAY_MINUTES) % DAY_MINUTES
  if (drift !== 0) candidate += (drift > DAY_MINUTES / 2 ? drift - DAY_MINUTES : drift) * MINUTE
  return Math.max(candidate, instant)
}
