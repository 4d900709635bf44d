/**
 * The calendar export: upcoming actions as an iCalendar file (RFC 5545), one short event per
 * action from the moment it can be done, with an alarm as it starts, so the user's own calendar
 * reminds them even when Afterview is closed.
 *
 * Written here rather than with a library because the details decide whether calendars accept
 * and update it: text escaped (backslash, semicolon, comma, line breaks) in every text value,
 * the alarm's too; lines folded at 75 octets of UTF-8 without splitting a character; and
 * SEQUENCE with LAST-MODIFIED, so importing the file again updates the events that changed.
 */
import type { CalendarItem } from '@shared/ipc/reminders'

/** Each action becomes an event this long, starting when it can be done. */
export const EVENT_MINUTES = 15

/** RFC 5545 caps a content line at 75 octets, line break excluded. */
const LINE_OCTETS = 75

/** SEQUENCE counts whole minutes from here to the action's last change (see `sequenceOf`). */
const SEQUENCE_EPOCH = Date.parse('2026-01-01T00:00:00Z')

const encoder = new TextEncoder()

/** A TEXT value escaped as RFC 5545 §3.3.11 asks: `\\`, `\;`, `\,` and `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * One content line folded into lines of at most 75 octets, each continuation starting with a
 * space (which counts). Folds fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > LINE_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n')
}

/** An instant as an RFC 5545 UTC DATE-TIME, e.g. `20260305T090000Z`. */
function utc(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/**
 * The event's revision number. Main keeps no history of past exports, so it is derived from the
 * action's last change: it grows whenever the action changes, as calendars expect of SEQUENCE.
 */
export function sequenceOf(changedAt: number): number {
  return Math.max(0, Math.floor((changedAt - SEQUENCE_EPOCH) / 60_000))
}

function event(item: CalendarItem, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${item.id}@afterview.local`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${utc(item.changedAt)}`,
    `SEQUENCE:${sequenceOf(item.changedAt)}`,
    `DTSTART:${utc(item.dueAt)}`,
    `DURATION:PT${EVENT_MINUTES}M`,
    `SUMMARY:${escapeText(item.title)}`,
    ...(item.description ? [`DESCRIPTION:${escapeText(item.description)}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:TRANSPARENT',
    'CLASS:PRIVATE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(item.title)}`,
    // An absolute trigger: the alarm rings as the event starts, whatever the calendar's zone.
    `TRIGGER;VALUE=DATE-TIME:${utc(item.dueAt)}`,
    'END:VALARM',
    'END:VEVENT',
  ]
}

/** The .ics text for `items`, stamped with `now` (epoch ms). */
export function buildCalendar(items: CalendarItem[], now: number): string {
  const stamp = utc(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Afterview//Follow-ups//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Afterview follow-ups')}`,
    ...items.flatMap((item) => event(item, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
