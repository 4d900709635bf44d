/**
 * Snooze choices and the instants they mean. Read on the computer's own clock and time zone, the
 * same ones the operating system shows its notifications by.
 */
import type { Instant } from '../domain/time'

/** How long the user puts an action off. */
export type SnoozeChoice =
  | { kind: 'hour' }
  | { kind: 'tomorrow-morning' }
  | { kind: 'days'; days: number }
  | { kind: 'date'; date: string; time: string }

/** The hour "tomorrow morning" starts at, local time. */
export const MORNING_HOUR = 9

/** The instant a snooze ends, or null when a chosen date is not a real, future moment. */
export function snoozeUntil(choice: SnoozeChoice, now: Instant): Instant | null {
  if (choice.kind === 'hour') return now + 60 * 60_000
  if (choice.kind === 'days') return now + choice.days * 86_400_000
  if (choice.kind === 'tomorrow-morning') {
    const d = new Date(now)
    d.setDate(d.getDate() + 1)
    d.setHours(MORNING_HOUR, 0, 0, 0)
    return d.getTime()
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(choice.date) || !/^\d{2}:\d{2}$/.test(choice.time)) return null
  const at = new Date(`${choice.date}T${choice.time}`).getTime()
  return Number.isFinite(at) && at > now ? at : null
}
