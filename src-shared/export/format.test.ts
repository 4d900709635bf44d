import { describe, expect, it } from 'vitest'
import { documentDate, formatAmount, formatPay, termRows } from './format'

describe('dates written out', () => {
  it('writes a date with its weekday, day, month and year, whatever year it is read in', () => {
    expect(documentDate('2027-01-04')).toBe('Monday 4 January 2027')
    expect(documentDate('2024-02-29')).toBe('Thursday 29 February 2024')
  })

  it('has a short form for table cells', () => {
    expect(documentDate('2027-01-04', 'short')).toBe('Mon 4 Jan 2027')
  })

  it('returns an impossible date unchanged rather than inventing one', () => {
    expect(documentDate('2027-02-30')).toBe('2027-02-30')
  })
})

describe('money written out', () => {
  it('drops pence on whole amounts and keeps them otherwise', () => {
    expect(formatAmount(5_200_000, 'GBP')).toBe('£52,000')
    expect(formatAmount(1850, 'GBP')).toBe('£18.50')
  })

  it('knows currencies with no minor unit', () => {
    expect(formatAmount(5_000_000, 'JPY')).toBe('¥5,000,000')
  })

  it('writes a band and a single rate with their period', () => {
    expect(formatPay({ min: 4_500_000, max: 5_500_000, currency: 'GBP', period: 'year' })).toBe(
      '£45,000 to £55,000 a year',
    )
    expect(formatPay({ min: 1850, max: 1850, currency: 'GBP', period: 'hour' })).toBe(
      '£18.50 an hour',
    )
  })
})

describe('term rows', () => {
  it('puts the advert and the offer side by side and says what was not stated', () => {
    const rows = termRows(
      {
        pay: { min: 4_500_000, max: 5_500_000, currency: 'GBP', period: 'year' },
        hoursPerWeek: 37.5,
        holidayDays: 25,
        benefits: ['Private health'],
        car: { kind: 'car' },
        location: 'Leeds',
        arrangement: 'hybrid',
      },
      null,
    )
    expect(rows.map((r) => [r.label, r.advert, r.offer])).toEqual([
      ['Base pay', '£45,000 to £55,000 a year', 'Not stated'],
      ['Hours', '37.5 hours a week', 'Not stated'],
      ['Holiday', '25 days a year', 'Not stated'],
      ['Benefits', 'Private health', 'Not stated'],
      ['Car', 'Company car', 'Not stated'],
      ['Location', 'Leeds, Hybrid', 'Not stated'],
    ])
  })
})
