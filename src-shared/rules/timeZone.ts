/**
 * Wall-clock times in the user's IANA time zone, converted to and from instants with the
 * platform's Intl. Handles daylight-saving changes: a time skipped by the clocks going forward is
 * moved forward by the gap; a time that happens twice takes the earlier instant.
 */
import type { Instant, IsoDate, LocalTime, TimeZone } from '../domain/time'
import { RuleInputError, requireDate, requireTime } from './errors'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: TimeZone): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    } catch {
      throw new RuleInputError('invalid-time-zone', 'settings.timeZone', `unknown zone ${timeZone}`)
    }
    formatters.set(timeZone, f)
  }
  return f
}

/** Throws `invalid-time-zone` naming `field` unless Intl knows the zone. */
export function requireTimeZone(timeZone: unknown, field = 'settings.timeZone'): TimeZone {
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new RuleInputError('invalid-time-zone', field)
  }
  try {
    formatter(timeZone)
  } catch {
    throw new RuleInputError('invalid-time-zone', field, `unknown zone ${timeZone}`)
  }
  return timeZone
}

const PARTS = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/

/** Wall-clock fields of whole second `second` in `timeZone`, as if that clock were UTC (ms). */
function formatWallClock(second: number, timeZone: TimeZone): number {
  // en-GB formats as "dd/mm/yyyy, hh:mm:ss"; parsing it is much cheaper than formatToParts.
  const m = PARTS.exec(formatter(timeZone).format(new Date(second)))!
  return Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, +m[4]!, +m[5]!, +m[6]!)
}

const DAY_MS = 86_400_000

/** Per zone, per UTC day: the offset in force all day, or null for a day the clocks change. */
const dayOffsets = new Map<TimeZone, Map<number, number | null>>()

/**
 * The offset at whole second `second`. Formatting a date with Intl costs microseconds and the
 * planner converts hundreds of thousands of times for a large board, so the offset is found once
 * per zone and UTC day: where the first and last second of the day agree, no change happens in
 * between (zones change their clocks at most once a day), and every second of it shares it.
 */
function offsetOfSecond(second: number, timeZone: TimeZone): number {
  let days = dayOffsets.get(timeZone)
  if (!days) dayOffsets.set(timeZone, (days = new Map()))
  const day = Math.floor(second / DAY_MS)
  let offset = days.get(day)
  if (offset === undefined) {
    const first = day * DAY_MS
    const last = first + DAY_MS - 1000
    const a = formatWallClock(first, timeZone) - first
    const b = formatWallClock(last, timeZone) - last
    offset = a === b ? a : null
    if (days.size >= 100_000) days.clear()
    days.set(day, offset)
  }
  return offset ?? formatWallClock(second, timeZone) - second
}

/** Wall-clock fields of `instant` in `timeZone`, as if that wall clock were UTC (ms). */
function wallClockMs(instant: Instant, timeZone: TimeZone): number {
  const second = Math.floor(instant / 1000) * 1000
  return second + offsetOfSecond(second, timeZone)
}

/** The offset of `timeZone` from UTC at `instant`, in milliseconds (east positive). */
export function offsetAt(instant: Instant, timeZone: TimeZone): number {
  return offsetOfSecond(Math.floor(instant / 1000) * 1000, timeZone)
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time` (`HH:MM`, 24 hours).
 * Skipped times (clocks forward) land after the gap; repeated times (clocks back) take the first.
 */
export function zonedInstant(
  date: IsoDate,
  time: LocalTime,
  timeZone: TimeZone,
  field = 'date',
): Instant {
  const key = `${timeZone}|${date}|${time}`
  const hit = instants.get(key)
  if (hit !== undefined) return hit
  requireDate(date, field)
  requireTime(time, field.replace(/date$/, 'time'))
  requireTimeZone(timeZone)
  const result = computeZonedInstant(date, time, timeZone)
  // The planner asks for the same few dates again and again; a bounded memo keeps it cheap.
  if (instants.size >= 50_000) instants.clear()
  instants.set(key, result)
  return result
}

const instants = new Map<string, Instant>()

function computeZonedInstant(date: IsoDate, time: LocalTime, timeZone: TimeZone): Instant {
  const wall = Date.UTC(
    +date.slice(0, 4),
    +date.slice(5, 7) - 1,
    +date.slice(8, 10),
    +time.slice(0, 2),
    +time.slice(3, 5),
  )
  // Try the offsets in force a day either side: one of them is right unless the time was skipped.
  const before = offsetAt(wall - 86_400_000, timeZone)
  const after = offsetAt(wall + 86_400_000, timeZone)
  const candidates = [wall - before, wall - after].sort((a, b) => a - b)
  for (const c of candidates) if (wallClockMs(c, timeZone) === wall) return c
  // Skipped by a clock change: move forward by the gap, as clocks do.
  return wall - before
}

/** The wall-clock date and time (`HH:MM`) of `instant` in `timeZone`. */
export function zonedDateTime(
  instant: Instant,
  timeZone: TimeZone,
): { date: IsoDate; time: LocalTime } {
  const iso = new Date(wallClockMs(instant, timeZone)).toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

/** The calendar date of `instant` in `timeZone`. */
export function zonedDate(instant: Instant, timeZone: TimeZone): IsoDate {
  return zonedDateTime(instant, timeZone).date
}

/** The last millisecond of `date` in `timeZone` (23:59:59.999 local). */
export function endOfDay(date: IsoDate, timeZone: TimeZone): Instant {
  const next = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + 1))
  return zonedInstant(next.toISOString().slice(0, 10), '00:00', timeZone) - 1
}
