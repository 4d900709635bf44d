import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { businessCalendar } from './calendar'
import { addDays, isWeekend } from './dates'

const eng = businessCalendar('GB-ENG')

describe('business-day calendar', () => {
  it('lists England & Wales public holidays around Christmas and New Year, with substitute days', () => {
    const dec2026 = eng.holidaysIn(2026).filter((h) => h.date >= '2026-12-01')
    expect(dec2026.map((h) => [h.date, h.substitute])).toEqual([
      ['2026-12-25', false],
      ['2026-12-26', false],
      ['2026-12-28', true],
    ])
    expect(eng.holidayOn('2027-01-01')?.name).toBe("New Year's Day")
    expect(
      eng
        .holidaysIn(2027)
        .filter((h) => h.date >= '2027-12-01')
        .map((h) => h.date),
    ).toEqual(['2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28'])
    expect(eng.isBusinessDay('2028-01-03')).toBe(false) // substitute for Saturday 1 January 2028
  })

  it('leaves out observances such as Mother’s Day', () => {
    expect(eng.holidaysIn(2026).some((h) => /mother/i.test(h.name))).toBe(false)
  })

  it('skips weekends and bank holidays when adding business days', () => {
    expect(eng.addBusinessDays('2026-12-24', 1)).toBe('2026-12-29')
    expect(eng.addBusinessDays('2026-12-31', 1)).toBe('2027-01-04')
    expect(eng.addBusinessDays('2026-03-06', 1)).toBe('2026-03-09') // Friday -> Monday
    expect(eng.addBusinessDays('2026-03-07', 1)).toBe('2026-03-09') // Saturday -> Monday
    expect(eng.addBusinessDays('2026-03-02', 5)).toBe('2026-03-09')
    expect(eng.addBusinessDays('2026-12-29', -1)).toBe('2026-12-24')
    expect(eng.addBusinessDays('2026-12-26', 0)).toBe('2026-12-29')
    expect(eng.onOrBefore('2026-12-28')).toBe('2026-12-24')
    expect(eng.businessDaysBetween('2026-12-24', '2027-01-04')).toBe(4)
  })

  it('uses the chosen region', () => {
    const scotland = businessCalendar('GB-SCT')
    expect(scotland.isBusinessDay('2027-01-04')).toBe(false) // 2 January substitute in Scotland
    expect(eng.isBusinessDay('2027-01-04')).toBe(true)
    const california = businessCalendar('US-CA')
    expect(california.isBusinessDay('2026-11-26')).toBe(false) // Thanksgiving
    expect(california.isBusinessDay('2026-12-28')).toBe(true)
  })

  it('refuses an unknown region with a typed error naming the field', () => {
    for (const region of ['XX', 'GB-XYZ', 'not a region', '']) {
      expect(() => businessCalendar(region)).toThrow(
        expect.objectContaining({ kind: 'unknown-region', field: 'settings.region' }),
      )
    }
  })

  it('never lands on a weekend or a public holiday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -30, max: 30 }),
        (offset, n) => {
          const start = addDays('2025-01-01', offset)
          const d = eng.addBusinessDays(start, n)
          expect(isWeekend(d)).toBe(false)
          expect(eng.holidayOn(d)).toBeUndefined()
          if (n > 0) expect(d > start).toBe(true)
          if (n < 0) expect(d < start).toBe(true)
        },
      ),
      { numRuns: 500 },
    )
  })
})
