import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  agoText,
  countdownText,
  formatDate,
  formatInstant,
  needsYear,
  readWrittenDate,
  relativeDay,
  relativeDayAt,
  type DateStyle,
  type InstantStyle,
} from './dateText'
import { DEFAULT_LOCALE, type LocaleTag } from './locale'
import { fromDayNumber } from './time'
import { zonedInstant } from './zoned'

const GB = DEFAULT_LOCALE
const on = (readOn: string | null) => ({ locale: GB, readOn })
const utc = (s: string) => Date.parse(s)

describe('dates in words', () => {
  it('writes a date this year as the screens always have, without its year', () => {
    expect(formatDate('2026-03-06', 'long', on('2026-03-01'))).toBe('Friday 6 March')
    expect(formatDate('2026-03-06', 'short', on('2026-03-01'))).toBe('Fri 6 Mar')
    expect(formatDate('2026-03-06', 'day-month', on('2026-03-01'))).toBe('6 March')
    expect(formatDate('2026-03-06', 'weekday', on('2026-03-01'))).toBe('Friday')
    expect(formatDate('2026-03-06', 'month-year', on('2026-03-01'))).toBe('March 2026')
  })

  it('adds the year, with no comma after the weekday, for a date in another year', () => {
    // "From Fri 5 Mar, by Fri 4 Jun" read in December 2026 looked like this week.
    expect(formatDate('2027-03-05', 'short', on('2026-12-14'))).toBe('Fri 5 Mar 2027')
    expect(formatDate('2027-01-04', 'long', on('2026-12-14'))).toBe('Monday 4 January 2027')
    expect(formatDate('2025-12-31', 'day-month', on('2026-01-01'))).toBe('31 December 2025')
  })

  it('always writes the year when the day of reading is unknown, as in a document', () => {
    expect(formatDate('2026-03-06', 'long', on(null))).toBe('Friday 6 March 2026')
    expect(formatDate('2026-03-06', 'short', on(null))).toBe('Fri 6 Mar 2026')
  })

  it('writes dates the way another locale does', () => {
    const us = { locale: 'en-US' as LocaleTag, readOn: '2026-03-01' }
    expect(formatDate('2026-03-06', 'long', us)).toBe('Friday, March 6')
    const de = { locale: 'de-DE' as LocaleTag, readOn: null }
    expect(formatDate('2026-03-06', 'day-month', de)).toBe('6. März 2026')
  })

  it('returns something that is not a date as it is rather than failing', () => {
    expect(formatDate('2026-02-30', 'long', on(null))).toBe('2026-02-30')
    expect(formatDate('soon', 'short', on('2026-03-01'))).toBe('soon')
  })

  it('shows the year of any date far from the day of reading, or in another year', () => {
    const styles: DateStyle[] = ['long', 'short', 'day-month']
    const day = fc.integer({ min: 0, max: 60_000 }) // 1970 to 2134
    fc.assert(
      fc.property(day, day, fc.constantFrom(...styles), (d, r, style) => {
        const date = fromDayNumber(d)
        const readOn = fromDayNumber(r)
        const text = formatDate(date, style, on(readOn))
        const far = Math.abs(d - r) > 335 // about eleven months, either way
        if (far || date.slice(0, 4) !== readOn.slice(0, 4)) {
          expect(text).toContain(String(Number(date.slice(0, 4))))
        } else {
          expect(needsYear(date, readOn)).toBe(false)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('shows the year of a date eleven months away even in the same year', () => {
    expect(formatDate('2026-12-20', 'short', on('2026-01-02'))).toBe('Sun 20 Dec 2026')
    expect(formatDate('2026-01-02', 'short', on('2026-12-20'))).toBe('Fri 2 Jan 2026')
  })
})

describe('instants in words', () => {
  const inWords = (at: number, zone: string, style: InstantStyle, readAt: number) =>
    formatInstant(at, zone, style, { locale: GB, readAt })

  it('writes an instant on the wall clock of the zone, with the year when not this year', () => {
    const at = utc('2026-03-06T10:00:00Z')
    expect(inWords(at, 'Europe/London', 'short-time', at)).toBe('Fri 6 Mar, 10:00')
    expect(inWords(at, 'Pacific/Auckland', 'short-time', at)).toBe('Fri 6 Mar, 23:00')
    const nextYear = utc('2027-06-04T08:00:00Z')
    expect(inWords(nextYear, 'Europe/London', 'short', at)).toBe('Fri 4 Jun 2027')
    expect(inWords(nextYear, 'Europe/London', 'short-time', at)).toBe('Fri 4 Jun 2027, 09:00')
  })

  it('decides the year on the wall clock of the zone, not in UTC', () => {
    // 31 December 2026, 23:30 UTC is already New Year's Day 2027 in Auckland.
    const newYear = utc('2026-12-31T23:30:00Z')
    const readAt = utc('2027-01-01T02:00:00Z')
    expect(inWords(newYear, 'Pacific/Auckland', 'short', readAt)).toBe('Fri 1 Jan')
    expect(inWords(newYear, 'Europe/London', 'short', readAt)).toBe('Thu 31 Dec 2026')
  })

  it('writes the wall-clock time on both sides of a change of the clocks', () => {
    const readAt = utc('2026-03-01T12:00:00Z')
    // London goes from GMT to BST at 01:00 GMT on 29 March 2026.
    const before = zonedInstant('2026-03-29', '00:30', 'Europe/London')
    const after = zonedInstant('2026-03-29', '02:30', 'Europe/London')
    expect(inWords(before, 'Europe/London', 'short-time', readAt)).toBe('Sun 29 Mar, 00:30')
    expect(inWords(after, 'Europe/London', 'short-time', readAt)).toBe('Sun 29 Mar, 02:30')
    expect(after - before).toBe(3_600_000)
  })
})

describe('relative words', () => {
  it('calls a 14:00 interview read at 17:00 the same day "today"', () => {
    const interview = zonedInstant('2026-03-06', '14:00', 'Europe/London')
    const readAt = zonedInstant('2026-03-06', '17:00', 'Europe/London')
    expect(relativeDayAt(interview, readAt, 'Europe/London')).toBe('today')
  })

  it('turns over at local midnight, not at midnight UTC', () => {
    const interview = zonedInstant('2026-03-06', '14:00', 'Europe/London')
    const lateEvening = zonedInstant('2026-03-06', '23:59', 'Europe/London')
    const justAfter = zonedInstant('2026-03-07', '00:00', 'Europe/London')
    expect(relativeDayAt(interview, lateEvening, 'Europe/London')).toBe('today')
    expect(relativeDayAt(interview, justAfter, 'Europe/London')).toBe('yesterday')
    expect(relativeDayAt(justAfter, interview, 'Europe/London')).toBe('tomorrow')
  })

  it('reads the same two instants in Auckland and in London by their own calendars', () => {
    // 14:00 in London on 6 March is 03:00 on 7 March in Auckland; 17:00 in London is 06:00 there.
    const interview = utc('2026-03-06T14:00:00Z')
    const readAt = utc('2026-03-06T17:00:00Z')
    expect(relativeDayAt(interview, readAt, 'Europe/London')).toBe('today')
    expect(relativeDayAt(interview, readAt, 'Pacific/Auckland')).toBe('today')
    // 10:00 in London is 23:00 in Auckland: read at 12:00 London time (01:00 the next day there),
    // it was today in London and yesterday in Auckland.
    const morning = utc('2026-03-06T10:00:00Z')
    const noon = utc('2026-03-06T12:00:00Z')
    expect(relativeDayAt(morning, noon, 'Europe/London')).toBe('today')
    expect(relativeDayAt(morning, noon, 'Pacific/Auckland')).toBe('yesterday')
  })

  it('names no other day, and counts days across a year end', () => {
    expect(relativeDay('2026-03-04', '2026-03-06')).toBeNull()
    expect(relativeDay('2026-12-31', '2027-01-01')).toBe('yesterday')
    expect(relativeDay('2027-01-01', '2026-12-31')).toBe('tomorrow')
  })

  it('says how long ago a day was', () => {
    expect(agoText('2026-03-06', '2026-03-06')).toBe('today')
    expect(agoText('2026-03-05', '2026-03-06')).toBe('yesterday')
    expect(agoText('2026-02-22', '2026-03-06')).toBe('12 days ago')
    expect(agoText('2025-12-06', '2026-03-06')).toBe('3 months ago')
  })
})

describe('countdown to a date', () => {
  it('counts the days to a deadline and reads one gone by as past', () => {
    expect(countdownText('2026-12-11', '2026-12-02')).toBe('in 9 days')
    expect(countdownText('2026-12-03', '2026-12-02')).toBe('tomorrow')
    expect(countdownText('2026-12-02', '2026-12-02')).toBe('today')
    expect(countdownText('2026-11-29', '2026-12-02')).toBe('3 days ago')
  })
})

describe('readWrittenDate', () => {
  const gb = { locale: 'en-GB' as LocaleTag, readOn: '2026-11-20' }
  it.each([
    ['31 March 2027', '2027-03-31'],
    ['31st of March, 2027', '2027-03-31'],
    ['March 31, 2027', '2027-03-31'],
    ['2027-03-31T23:59:59+01:00', '2027-03-31'],
    ['31/03/2027', '2027-03-31'],
    ['28.02.27', '2027-02-28'],
    ['3 Dec', '2026-12-03'],
    ['3 Jan', '2027-01-03'],
  ])('reads %s', (text, date) => {
    expect(readWrittenDate(text, gb)).toBe(date)
  })

  it('reads German month names for a German reader', () => {
    expect(readWrittenDate('28. Februar 2027', { ...gb, locale: 'de-DE' as LocaleTag })).toBe(
      '2027-02-28',
    )
  })

  it('refuses impossible dates and words that are no month', () => {
    expect(readWrittenDate('30 February 2027', gb)).toBeNull()
    expect(readWrittenDate('31 Leeds 2027', gb)).toBeNull()
    expect(readWrittenDate('soon', gb)).toBeNull()
  })
})
