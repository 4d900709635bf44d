import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { offsetAt, zonedDateTime } from './zoned'

/** The offset straight from Intl, with no cache: what the cached offsets must always equal. */
function intlOffset(instant: number, timeZone: string): number {
  const second = Math.floor(instant / 1000) * 1000
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(second)
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - second
}

// Zones with daylight saving north and south, half- and quarter-hour offsets, and none at all.
const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'Asia/Tokyo',
  'UTC',
]

describe('time zone offsets, found once a day', () => {
  it('equal the offset Intl gives for every instant, also on the days the clocks change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        (zone, instant) => {
          expect(offsetAt(instant, zone)).toBe(intlOffset(instant, zone))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('change at the very second the clocks do', () => {
    // 29 March 2026: London goes from GMT to BST at 01:00 GMT; Sydney leaves summer time on 5 April.
    const london = Date.UTC(2026, 2, 29, 1)
    expect(offsetAt(london - 1, 'Europe/London')).toBe(0)
    expect(offsetAt(london, 'Europe/London')).toBe(3600_000)
    const sydney = Date.UTC(2026, 3, 4, 16)
    expect(offsetAt(sydney - 1, 'Australia/Sydney')).toBe(11 * 3600_000)
    expect(offsetAt(sydney, 'Australia/Sydney')).toBe(10 * 3600_000)
    expect(zonedDateTime(sydney - 1000, 'Australia/Sydney').time).toBe('02:59')
    expect(zonedDateTime(sydney, 'Australia/Sydney').time).toBe('02:00')
  })

  it('match Intl second by second across a day when the clocks go back', () => {
    const start = Date.UTC(2026, 9, 24, 12)
    for (let t = start; t < start + 86_400_000; t += 61_000) {
      expect(offsetAt(t, 'Europe/London')).toBe(intlOffset(t, 'Europe/London'))
    }
  })
})
