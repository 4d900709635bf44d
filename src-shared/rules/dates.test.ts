import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fromDayNumber } from '../domain/time'
import { addDays, addMonthsClamped, daysBetween, toDayNumber, weekday } from './dates'
import { RuleInputError } from './errors'

describe('calendar dates', () => {
  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
  })

  it('knows the weekday', () => {
    expect(weekday('2026-03-06')).toBe(5) // Friday
    expect(weekday('2026-03-08')).toBe(7) // Sunday
    expect(weekday('2028-02-29')).toBe(2) // Tuesday
  })

  it('clamps a month later to the last day of a shorter month, leap years included', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonthsClamped('2028-02-29', 12)).toBe('2029-02-28')
    expect(addMonthsClamped('2026-08-31', 1)).toBe('2026-09-30')
    expect(addMonthsClamped('2026-11-15', 3)).toBe('2027-02-15')
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28')
  })

  it('refuses an impossible date, naming the field', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RuleInputError)
    try {
      addMonthsClamped('2027-02-29', 1)
    } catch (e) {
      expect(e).toMatchObject({ kind: 'invalid-date' })
    }
  })

  it('agrees with the platform calendar for every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10)
        expect(fromDayNumber(day)).toBe(iso)
        expect(toDayNumber(iso)).toBe(day)
      }),
      { numRuns: 2000 },
    )
  })
})
