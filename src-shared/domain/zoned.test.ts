import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { endOfDay, isTimeZone, zonedDateTime, zonedInstant } from './zoned'

const utc = (s: string) => Date.parse(s)

/** Any wall-clock date and time from 2025 to 2034, skipped and repeated ones included. */
const wallClock = fc
  .record({ day: fc.integer({ min: 0, max: 3650 }), minute: fc.integer({ min: 0, max: 1439 }) })
  .map(({ day, minute }) => ({
    date: Temporal.PlainDate.from('2025-01-01').add({ days: day }).toString(),
    time: Temporal.PlainTime.from({ hour: Math.floor(minute / 60), minute: minute % 60 }).toString({
      smallestUnit: 'minute',
    }),
  }))

describe('time zones', () => {
  it('reads a London wall-clock time in winter and in summer', () => {
    expect(zonedInstant('2026-01-15', '09:30', 'Europe/London')).toBe(utc('2026-01-15T09:30:00Z'))
    expect(zonedInstant('2026-07-15', '09:30', 'Europe/London')).toBe(utc('2026-07-15T08:30:00Z'))
    expect(zonedInstant('2026-07-15', '09:30', 'America/New_York')).toBe(
      utc('2026-07-15T13:30:00Z'),
    )
  })

  it('moves a time skipped when the clocks go forward past the gap', () => {
    // 29 March 2026: London clocks jump from 01:00 to 02:00.
    const t = zonedInstant('2026-03-29', '01:30', 'Europe/London')
    expect(t).toBe(utc('2026-03-29T01:30:00Z'))
    expect(zonedDateTime(t, 'Europe/London')).toEqual({ date: '2026-03-29', time: '02:30' })
  })

  it('takes the first of a time that happens twice when the clocks go back', () => {
    // 25 October 2026: 01:30 happens in BST, then again in GMT.
    expect(zonedInstant('2026-10-25', '01:30', 'Europe/London')).toBe(utc('2026-10-25T00:30:00Z'))
  })

  it('ends a day at local midnight, also on a 25-hour day', () => {
    expect(endOfDay('2026-10-25', 'Europe/London')).toBe(utc('2026-10-26T00:00:00Z') - 1)
    expect(endOfDay('2026-06-01', 'Europe/London')).toBe(utc('2026-06-01T23:00:00Z') - 1)
  })

  it('knows the zones of the platform and refuses made-up ones', () => {
    expect(isTimeZone('Pacific/Auckland')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(isTimeZone(42)).toBe(false)
  })

  it('agrees with Temporal on every wall-clock time, skipped and repeated ones included', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham']
    fc.assert(
      fc.property(wallClock, fc.constantFrom(...zones), ({ date, time }, zone) => {
        const expected = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, {
          disambiguation: 'compatible',
        }).epochMilliseconds
        expect(zonedInstant(date, time, zone)).toBe(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('round-trips every wall-clock time that exists', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata']
    fc.assert(
      fc.property(wallClock, fc.constantFrom(...zones), ({ date, time }, zone) => {
        const back = zonedDateTime(zonedInstant(date, time, zone), zone)
        // Either the same wall clock, or a skipped time moved forward by the gap (< 2 h).
        if (back.date !== date || back.time !== time) {
          const drift = zonedInstant(back.date, back.time, zone) - Date.parse(`${date}T${time}:00Z`)
          expect(Math.abs(drift)).toBeLessThan(86_400_000)
        }
      }),
      { numRuns: 300 },
    )
  })
})
