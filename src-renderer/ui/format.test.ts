import { describe, expect, it } from 'vitest'
import { dateText, dueText, instantText } from './format'

// 23:30 in London on Thursday 5 March 2026 is already Friday in Tokyo.
const lateThursday = Date.UTC(2026, 2, 5, 23, 30)
const noon = Date.UTC(2026, 2, 5, 12)

describe('dates as the user reads them', () => {
  it('formats each instant in the time zone asked for, whichever zone came first', () => {
    expect(instantText(lateThursday, 'Europe/London', 'short', noon)).toBe('Thu 5 Mar')
    expect(instantText(lateThursday, 'Asia/Tokyo', 'short', noon)).toBe('Fri 6 Mar')
    expect(instantText(lateThursday, 'Europe/London', 'short', noon)).toBe('Thu 5 Mar')
    expect(instantText(lateThursday, 'Europe/London', 'short-time', noon)).toBe('Thu 5 Mar, 23:30')
    expect(instantText(lateThursday, 'Asia/Tokyo', 'short-time', noon)).toBe('Fri 6 Mar, 08:30')
  })

  it('writes a fact of a record out in full, whatever the zone and the day it is read', () => {
    expect(dateText('2026-03-05', 'day-month', null)).toBe('5 March 2026')
  })

  it('says an action is due today only on its own day', () => {
    expect(dueText('due', lateThursday, noon, 'Europe/London', noon)).toBe('Due today')
    expect(dueText('due', lateThursday, noon, 'Asia/Tokyo', noon)).toBe('Due by Fri 6 Mar')
    expect(dueText('overdue', noon, noon, 'Europe/London', lateThursday)).toBe(
      'Overdue since Thu 5 Mar',
    )
  })

  it('gives the year of a due window in another year, so it cannot read as this week', () => {
    const december = Date.UTC(2026, 11, 14, 9)
    const march = Date.UTC(2027, 2, 5, 9)
    expect(dueText('upcoming', Date.UTC(2027, 5, 4, 9), march, 'Europe/London', december)).toBe(
      'From Fri 5 Mar 2027',
    )
    expect(dueText('due', march, march, 'Europe/London', december)).toBe('Due by Fri 5 Mar 2027')
  })
})
