import { describe, expect, it } from 'vitest'
import ICAL from 'ical.js'
import type { CalendarItem } from '@shared/ipc/reminders'
import { buildCalendar, escapeText, foldLine, sequenceOf } from './calendar'

const NOW = Date.parse('2026-12-05T09:30:00Z')
const item = (over: Partial<CalendarItem> = {}): CalendarItem => ({
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  dueAt: Date.parse('2026-12-08T09:00:00Z'),
  changedAt: Date.parse('2026-12-04T17:45:00Z'),
  title: 'Dúlra Teoranta · Thank Siobhán Ní Dhuibhir, by email; today',
  description:
    'Thank you: Senior Data Analyst, Forecasting and Network Planning\n\nDear Siobhán,\n\nI enjoyed our talk about the Kubernetes migration; the C:\\tools path, too.\n\nKind regards,\nZoë Ó Briain',
  ...over,
})

function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
}

const octets = (line: string) => new TextEncoder().encode(line).length

describe('the calendar file', () => {
  it('reads back with commas, semicolons, backslashes and line breaks intact, alarm too', () => {
    const [event] = readBack(buildCalendar([item()], NOW))
    expect(event!.summary).toBe(item().title)
    expect(event!.description).toBe(item().description)
    const alarm = event!.component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('description')).toBe(item().title)
  })

  it('escapes the text values as RFC 5545 asks', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf')
    const text = buildCalendar([item()], NOW)
    expect(text).toContain('DESCRIPTION:Dúlra Teoranta · Thank Siobhán Ní Dhuibhir\\, by email\\;')
  })

  it('folds every line at 75 octets of UTF-8, never inside a character', () => {
    const long = item({ description: 'Ó Briain · Zoë · Siobhán · 日本語 · 🙂 '.repeat(40) })
    const text = buildCalendar([long], NOW)
    const lines = text.split('\r\n')
    expect(text.endsWith('\r\n')).toBe(true)
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
    // No replacement characters: each folded piece is valid UTF-8 on its own.
    for (const line of lines)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(
        line,
      )
    expect(readBack(text)[0]!.description).toBe(long.description)
    expect(foldLine('x'.repeat(150)).split('\r\n').map(octets)).toEqual([75, 75, 2])
  })

  it('stamps SEQUENCE and LAST-MODIFIED from when the action last changed', () => {
    const [before] = readBack(buildCalendar([item()], NOW))
    const later = item({ changedAt: item().changedAt + 5 * 60_000 })
    const [after] = readBack(buildCalendar([later], NOW))
    const modified = (e: ICAL.Event) =>
      (e.component.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().getTime()
    expect(modified(before!)).toBe(item().changedAt)
    expect(after!.sequence).toBe(before!.sequence + 5)
    expect(sequenceOf(Date.parse('2025-06-01T00:00:00Z'))).toBe(0)
    const stamp = before!.component.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(stamp.toJSDate().getTime()).toBe(NOW)
  })

  it('rings the alarm as the event starts, and leaves out an empty description', () => {
    const [event] = readBack(buildCalendar([item({ description: '' })], NOW))
    expect(event!.component.hasProperty('description')).toBe(false)
    const trigger = event!.component
      .getFirstSubcomponent('valarm')!
      .getFirstPropertyValue('trigger') as ICAL.Time
    expect(trigger.toJSDate().getTime()).toBe(item().dueAt)
  })
})
