/**
 * Instants and wall-clock times in the user's IANA time zone, converted with Temporal (the
 * platform's own where it has one, the polyfill elsewhere: Node has none). A time skipped by the
 * clocks going forward is moved forward by the gap; a time that happens twice takes the earlier
 * instant (Temporal's `compatible` disambiguation, as calendars do).
 *
 * Inputs are trusted: callers check dates, times and zones at their edge (`isTimeZone`, the rules'
 * `require*` helpers), so the planner's hot loop does not validate the same values again.
 */
import { Temporal } from 'temporal-polyfill'
import { dayNumber, fromDayNumber } from './time'
import type { Instant, IsoDate, LocalTime, TimeZone } from './time'
import type { Choice } from './choice'

const DAY_MS = 86_400_000

/** Zones already known to be valid, so the check costs one lookup after the first time. */
const knownZones = new Set<string>()

/** True when `value` is a time zone this platform knows, e.g. `Europe/London` or `UTC`. */
export function isTimeZone(value: unknown): value is TimeZone {
  if (typeof value !== 'string' || value === '') return false
  if (knownZones.has(value)) return true
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(value)
  } catch {
    return false
  }
  knownZones.add(value)
  return true
}

/** A stretch of time in which a zone's offset does not change: `[start, end)`, epoch ms. */
interface Span {
  start: number
  end: number
  offset: number
}

/** Per zone, the spans found so far: a zone changes its clocks about twice a year at most. */
const spans = new Map<TimeZone, Span[]>()

/** The offset Temporal gives at `ms`, in whole seconds as the wall clock shows them. */
function wholeSecondOffset(zoned: Temporal.ZonedDateTime): number {
  // Offsets before 1970 can hold fractions of a second (local mean time); the wall clock shows
  // whole seconds, as Intl did.
  const ms = zoned.epochMilliseconds
  return Math.floor((ms + zoned.offsetNanoseconds / 1e6) / 1000) * 1000 - ms
}

/**
 * The span of `zone` holding `ms`. One Temporal conversion and two transition look-ups find a span
 * that serves every later question inside it, so a board of 10,000 records asks Temporal a few
 * dozen times, not once per date.
 */
function spanAt(ms: number, zone: TimeZone): Span {
  let list = spans.get(zone)
  if (!list) spans.set(zone, (list = []))
  for (const span of list) if (span.start <= ms && ms < span.end) return span
  const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone)
  const offset = wholeSecondOffset(zoned)
  const next = zoned.getTimeZoneTransition('next')
  const previous = zoned.getTimeZoneTransition('previous')
  // `previous` is strictly before `ms`: when the clocks changed at `ms` itself, it starts the span
  // before, whose offset differs; then this span starts at `ms`.
  const start = previous && wholeSecondOffset(previous) === offset ? previous.epochMilliseconds : ms
  const span = { start, end: next?.epochMilliseconds ?? Infinity, offset }
  if (list.length >= 10_000) list.length = 0
  list.push(span)
  return span
}

/** Per zone, per UTC day: the offset in force all day, or null for a day the clocks change. */
const dayOffsets = new Map<TimeZone, Map<number, number | null>>()

/**
 * The offset at whole second `second`. The planner converts hundreds of thousands of times for a
 * large board, so each zone and UTC day is answered once from its span, then by one map look-up.
 */
function offsetOfSecond(second: number, zone: TimeZone): number {
  let days = dayOffsets.get(zone)
  if (!days) dayOffsets.set(zone, (days = new Map()))
  const day = Math.floor(second / DAY_MS)
  let offset = days.get(day)
  if (offset === undefined) {
    const first = day * DAY_MS
    const span = spanAt(first, zone)
    offset = span.end > first + DAY_MS - 1000 ? span.offset : null
    if (days.size >= 100_000) days.clear()
    days.set(day, offset)
  }
  return offset ?? spanAt(second, zone).offset
}

/** The time zone the computer itself is set to, as the operating system shows its clock in. */
export function systemTimeZone(): TimeZone {
  return Temporal.Now.timeZoneId()
}

let zoneList: readonly Choice[] | undefined

/**
 * The platform's time zones as pick-list entries named by their city: "London (Europe)" with the
 * short name "London" keeps `Europe/London`; "Buenos Aires (America, Argentina)"; UTC is "UTC". Built once.
 */
export function timeZoneChoices(): readonly Choice[] {
  if (zoneList) return zoneList
  // Node's list leaves out UTC, the one zone with no city, which a saved setting may hold.
  const codes = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])
  const list = [...codes].map((code): Choice => {
    const parts = code.split('/').map((part) => part.replaceAll('_', ' '))
    const city = parts.pop()!
    return parts.length === 0
      ? { code, name: city }
      : { code, name: `${city} (${parts.join(', ')})`, short: city }
  })
  list.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  zoneList = list
  return list
}

/** The offset of `zone` from UTC at `instant`, in milliseconds (east positive). */
export function offsetAt(instant: Instant, zone: TimeZone): number {
  return offsetOfSecond(Math.floor(instant / 1000) * 1000, zone)
}

/** The wall-clock date and time (`HH:MM`) of `instant` in `zone`. */
export function zonedDateTime(
  instant: Instant,
  zone: TimeZone,
): { date: IsoDate; time: LocalTime } {
  // The wall clock read as if it were UTC: its ISO text is the local date and time (for years 0 to
  // 9999, which is every date the app stores), and the cheapest way to write it.
  const iso = new Date(instant + offsetAt(instant, zone)).toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

/** The day number (days since 1970-01-01) of the local date of `instant` in `zone`. */
export function zonedDayNumber(instant: Instant, zone: TimeZone): number {
  return Math.floor((instant + offsetAt(instant, zone)) / DAY_MS)
}

/** The calendar date of `instant` in `zone`: "today" when `instant` is now. */
export function zonedDate(instant: Instant, zone: TimeZone): IsoDate {
  return zonedDateTime(instant, zone).date
}

const instants = new Map<string, Instant>()

/**
 * The instant at which the wall clock in `zone` shows `date` `time` (`HH:MM`, 24 hours). Skipped
 * times (clocks forward) land after the gap; repeated times (clocks back) take the first.
 */
export function zonedInstant(date: IsoDate, time: LocalTime, zone: TimeZone): Instant {
  const key = `${zone}|${date}|${time}`
  const hit = instants.get(key)
  if (hit !== undefined) return hit
  const result = computeZonedInstant(date, time, zone)
  // The planner asks for the same few dates again and again; a bounded memo keeps it cheap.
  if (instants.size >= 50_000) instants.clear()
  instants.set(key, result)
  return result
}

/**
 * The wall clock read as UTC, less one of the offsets in force a day either side: one of them is
 * right unless the time was skipped. Cheaper than a Temporal conversion (the offsets are cached),
 * and the same answer as Temporal's `compatible` choice, which the tests check.
 */
function computeZonedInstant(date: IsoDate, time: LocalTime, zone: TimeZone): Instant {
  const wall = Date.UTC(
    +date.slice(0, 4),
    +date.slice(5, 7) - 1,
    +date.slice(8, 10),
    +time.slice(0, 2),
    +time.slice(3, 5),
  )
  const before = offsetAt(wall - DAY_MS, zone)
  const after = offsetAt(wall + DAY_MS, zone)
  const candidates = before <= after ? [wall - after, wall - before] : [wall - before, wall - after]
  for (const c of candidates) if (c + offsetAt(c, zone) === wall) return c
  // Skipped by a clock change: move forward by the gap, as clocks do.
  return wall - before
}

/** The last millisecond of `date` in `zone` (just before the next local midnight). */
export function endOfDay(date: IsoDate, zone: TimeZone): Instant {
  return zonedInstant(fromDayNumber(dayNumber(date) + 1), '00:00', zone) - 1
}
