import { describe, expect, it } from 'vitest'
import { dayAndTime, dueText, longDate, shortDay } from './format'

// 23:30 in London on Thursday 5 March 2026 is already Friday in Tokyo.
const lateThursday = Date.UTC(2026, 2, 5, 23, 30)

describe('dates as the user reads them', () => {
  it('formats each instant in the time zone asked for, whichever zone came first', () => {
    expect(shortDay(lateThursday, 'Europe/London')).toBe('Thu 5 Mar')
    expect(shortDay(lateThursday, 'Asia/Tokyo')).toBe('Fri 6 Mar')
    expect(shortDay(lateThursday, 'Europe/London')).toBe('Thu 5 Mar')
    expect(dayAndTime(lateThursday, 'Europe/London')).toBe('Thu 5 Mar, 23:30')
    expect(dayAndTime(lateThursday, 'Asia/Tokyo')).toBe('Fri 6 Mar, 08:30')
  })

  it('writes a calendar date out in full, whatever the zone', () => {
    expect(longDate('2026-03-05')).toBe('5 March 2026')
  })

  it('says an action is due today only on its own day', () => {
    const noon = Date.UTC(2026, 2, 5, 12)
    expect(dueText('due', lateThursday, noon, 'Europe/London', noon)).toBe('Due today')
    expect(dueText('due', lateThursday, noon, 'Asia/Tokyo', noon)).toBe('Due by Fri 6 Mar')
    expect(dueText('overdue', noon, noon, 'Europe/London', lateThursday)).toBe(
      'Overdue since Thu 5 Mar',
    )
  })
})
