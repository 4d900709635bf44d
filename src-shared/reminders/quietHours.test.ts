import { describe, expect, it } from 'vitest'
import { quietHoursEnd, minuteOfDay } from './quietHours'

const LONDON = 'Europe/London'
const night = { start: '21:00', end: '08:00' }
const at = (iso: string) => Date.parse(iso)

describe('quietHoursEnd', () => {
  it('is null outside quiet hours', () => {
    expect(quietHoursEnd(at('2026-03-02T12:00:00Z'), night, LONDON)).toBeNull()
    expect(quietHoursEnd(at('2026-03-02T20:59:00Z'), night, LONDON)).toBeNull()
    expect(quietHoursEnd(at('2026-03-02T08:00:00Z'), night, LONDON)).toBeNull()
  })

  it('defers an evening instant across midnight to the next morning', () => {
    expect(quietHoursEnd(at('2026-03-02T22:30:00Z'), night, LONDON)).toBe(
      at('2026-03-03T08:00:00Z'),
    )
  })

  it('defers an instant after midnight to the same morning', () => {
    expect(quietHoursEnd(at('2026-03-03T02:15:00Z'), night, LONDON)).toBe(
      at('2026-03-03T08:00:00Z'),
    )
  })

  it('reads the window in the user’s time zone, summer time included', () => {
    // 21:30 in London during British Summer Time is 20:30 UTC; the end is 08:00 BST = 07:00 UTC.
    expect(quietHoursEnd(at('2026-07-01T20:30:00Z'), night, LONDON)).toBe(
      at('2026-07-02T07:00:00Z'),
    )
    expect(quietHoursEnd(at('2026-07-01T21:30:00Z'), night, 'America/New_York')).toBeNull()
  })

  it('follows the wall clock when the clocks go forward in the night', () => {
    // 29 March 2026: London jumps from 01:00 GMT to 02:00 BST. 08:00 BST is 07:00 UTC.
    expect(quietHoursEnd(at('2026-03-28T22:00:00Z'), night, LONDON)).toBe(
      at('2026-03-29T07:00:00Z'),
    )
  })

  it('handles a window within one day', () => {
    const lunch = { start: '12:00', end: '13:30' }
    expect(quietHoursEnd(at('2026-03-02T12:10:00Z'), lunch, LONDON)).toBe(
      at('2026-03-02T13:30:00Z'),
    )
    expect(quietHoursEnd(at('2026-03-02T13:30:00Z'), lunch, LONDON)).toBeNull()
  })

  it('treats no quiet hours, or an empty window, as never quiet', () => {
    expect(quietHoursEnd(at('2026-03-02T23:00:00Z'), null, LONDON)).toBeNull()
    expect(
      quietHoursEnd(at('2026-03-02T23:00:00Z'), { start: '08:00', end: '08:00' }, LONDON),
    ).toBeNull()
  })

  it('reads the minute of the day in a zone', () => {
    expect(minuteOfDay(at('2026-07-01T20:30:00Z'), LONDON)).toBe(21 * 60 + 30)
  })
})
