import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import Holidays from 'date-holidays'
import { businessCalendar, regionChoices, regionName } from './calendar'
import { isKnownRegion } from './holidayData'

/**
 * Each region's public holidays for 2024 to 2028 as the calendar counted them when it still read
 * date-holidays' data for every country in one piece (recorded before the split).
 */
const before = JSON.parse(
  readFileSync(resolve(__dirname, '../../tests/fixtures/holidays/before.json'), 'utf8'),
) as Record<string, Record<string, unknown>>

describe('public holidays loaded per country', () => {
  it.each(Object.keys(before))('counts the same holidays in %s as before the split', (region) => {
    for (let year = 2024; year <= 2028; year++) {
      expect(businessCalendar(region).holidaysIn(year)).toEqual(before[region]![year])
    }
  })

  it('counts the same business days as before: Christmas 2026 in England and in Scotland', () => {
    // Christmas Day is a Friday; Boxing Day moves to Monday 28th, and Scotland adds no day here.
    expect(businessCalendar('GB-ENG').addBusinessDays('2026-12-24', 1)).toBe('2026-12-29')
    expect(businessCalendar('GB-SCT').addBusinessDays('2026-12-24', 1)).toBe('2026-12-29')
    expect(businessCalendar('DE-BY').businessDaysBetween('2026-12-31', '2027-01-08')).toBe(4)
  })

  it('names every country, state and region as date-holidays does, without its data', () => {
    const hd = new Holidays()
    const countries = Object.entries(hd.getCountries('en'))
    const states = countries.flatMap(([c]) => Object.keys(hd.getStates(c, 'en') ?? {}))
    expect(regionChoices()).toHaveLength(countries.length + states.length)
    for (const [code, name] of countries) expect(regionName(code)).toBe(name)
    expect(regionName('DE-BY-A')).toBe('Stadt Augsburg, Bayern, Germany')
    expect(regionName('GB-SCT')).toBe('Scotland, United Kingdom')
    expect(isKnownRegion('DE-BY-A')).toBe(true)
    expect(isKnownRegion('DE-XX')).toBe(false)
    expect(isKnownRegion('not a code')).toBe(false)
  })

  it('loads only the country asked for, and says so when a calendar is asked for too early', async () => {
    vi.resetModules()
    const data = await import('./holidayData')
    const { businessCalendar: fresh } = await import('./calendar')
    expect(() => fresh('FR')).toThrow(expect.objectContaining({ kind: 'holidays-not-loaded' }))
    await data.loadHolidays('de-by')
    // Epiphany is a holiday in Bavaria, not in Germany as a whole.
    expect(fresh('DE-BY').holidayOn('2026-01-06')?.name).toBe('Heilige Drei Könige')
    expect(fresh('DE').isBusinessDay('2026-01-06')).toBe(true)
    expect(() => data.holidayParser('FR')).toThrow(
      expect.objectContaining({ kind: 'holidays-not-loaded' }),
    )
    // A code nobody knows loads nothing and the calendar says why.
    await data.loadHolidays('XX-YY')
    expect(() => fresh('XX-YY')).toThrow(expect.objectContaining({ kind: 'unknown-region' }))
  })
})
