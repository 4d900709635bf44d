import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE as GB } from '../domain/locale'
import { money, payRate } from '../domain/money'
import { documentDate, formatCar, formatPay, termRows } from './format'

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
  it('writes a band and a single rate with their period', () => {
    expect(formatPay(payRate(4_500_000, 5_500_000, 'GBP', 'year'), GB)).toBe(
      '£45,000 to £55,000 a year',
    )
    expect(formatPay(payRate(1850, 1850, 'GBP', 'hour'), GB)).toBe('£18.50 an hour')
  })

  it('tells US, Canadian and Australian dollars apart, and yen from yuan', () => {
    const pay = (currency: string) =>
      formatPay(payRate(10_000_000, 10_000_000, currency, 'year'), GB)
    expect(['USD', 'CAD', 'AUD'].map(pay)).toEqual([
      'US$100,000 a year',
      'CA$100,000 a year',
      'A$100,000 a year',
    ])
    expect(formatPay(payRate(5_000_000, 5_000_000, 'JPY', 'year'), GB)).toBe('JP¥5,000,000 a year')
  })

  it('writes an allowance with its currency', () => {
    const car = { kind: 'allowance', ...money(30_000, 'EUR'), period: 'month' } as const
    expect(formatCar(car, GB)).toBe('Car allowance, €300 a month')
  })
})

describe('term rows', () => {
  it('puts the advert and the offer side by side and says what was not stated', () => {
    const rows = termRows(
      {
        pay: payRate(4_500_000, 5_500_000, 'GBP', 'year'),
        hoursPerWeek: 37.5,
        holidayDays: 25,
        benefits: ['Private health'],
        car: { kind: 'car' },
        location: 'Leeds',
        arrangement: 'hybrid',
      },
      null,
      GB,
    )
    expect(rows.map((r) => [r.label, r.advert, r.offer])).toEqual([
      ['Base pay', '£45,000 to £55,000 a year', 'Not stated'],
      [
        'Total pay',
        'First year £45,000; four years £180,000; guaranteed cash £45,000 a year; £25.53 an hour worked',
        'Not stated',
      ],
      ['Hours', '37.5 hours a week', 'Not stated'],
      ['Holiday', '25 days a year', 'Not stated'],
      ['Benefits', 'Private health', 'Not stated'],
      ['Car', 'Company car', 'Not stated'],
      ['Location', 'Leeds, Hybrid', 'Not stated'],
    ])
  })

  it('leaves out a term neither side states, but always shows base pay', () => {
    const bare = {
      pay: null,
      hoursPerWeek: null,
      holidayDays: null,
      benefits: [],
      car: null,
      location: '',
      arrangement: null,
    }
    const rows = termRows(bare, { ...bare, holidayDays: 25 }, GB)
    expect(rows.map((r) => [r.label, r.advert, r.offer])).toEqual([
      ['Base pay', 'Not stated', 'Not stated'],
      ['Holiday', 'Not stated', '25 days a year'],
    ])
  })
})
