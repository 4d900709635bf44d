/**
 * Snooze choices and the instants they mean. Read on the computer's own clock and time zone, the
 * same ones the operating system shows its notifications by.
 */
import { isIsoDate, isLocalTime, type Instant, type TimeZone } from '../domain/time'
import { systemTimeZone, zonedDate, zonedInstant } from '../domain/zoned'
import { addDays } from '../rules/dates'

/** How long the user puts an action off. */
export type SnoozeChoice =
  | { kind: 'hour' }
  | { kind: 'tomorrow-morning' }
  | { kind: 'days'; days: number }
  | { kind: 'date'; date: string; time: string }

/** The hour "tomorrow morning" starts at, local time. */
export const MORNING_HOUR = 9

/**
 * The instant a snooze ends, or null when a chosen date is not a real, future moment. Wall-clock
 * choices are read in `zone`, the computer's own unless a test says otherwise.
 */
export function snoozeUntil(
  choice: SnoozeChoice,
  now: Instant,
  zone: TimeZone = systemTimeZone(),
): Instant | null {
  if (choice.kind === 'hour') return now + 60 * 60_000
  if (choice.kind === 'days') return now + choice.days * 86_400_000
  if (choice.kind === 'tomorrow-morning') {
    const morning = `${String(MORNING_HOUR).padStart(2, '0')}:00`
    return zonedInstant(addDays(zonedDate(now, zone), 1), morning, zone)
  }
  if (!isIsoDate(choice.date) || !isLocalTime(choice.time)) return null
  const at = zonedInstant(choice.date, choice.time, zone)
  return at > now ? at : null
}

/** How long before its deadline a snoozed action comes back at the latest: time to do it. */
export const SAFE_MARGIN_MS = 60 * 60_000

/**
 * Whether snoozing until `until` passes the action's `deadline` (epoch ms), and if so the latest
 * moment it could come back instead with `SAFE_MARGIN_MS` left to do it: null when that moment
 * is not after `now` (the deadline is too close to offer one). An action already past its
 * deadline has nothing left to miss.
 */
export function snoozePastDeadline(
  until: Instant,
  deadline: Instant,
  now: Instant,
): { latestSafe: Instant | null } | null {
  if (deadline < now || until <= deadline - SAFE_MARGIN_MS) return null
  const latestSafe = deadline - SAFE_MARGIN_MS
  return { latestSafe: latestSafe > now ? latestSafe : null }
}
