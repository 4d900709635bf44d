import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { annualise, convertPay, validatePayRate } from './pay'
import { payRate, type PayPeriod } from '../domain/money'

const basis = { hoursPerWeek: 37.5 }

describe('pay normalisation', () => {
  it('turns hourly, daily, weekly and monthly pay into annual pay', () => {
    expect(annualise(2000, 'hour', basis)).toBe(2000 * 37.5 * 52) // £20/h -> £39,000
    expect(annualise(15000, 'day', basis)).toBe(15000 * 5 * 52)
    expect(annualise(15000, 'day', { ...basis, daysPerWeek: 4 })).toBe(15000 * 4 * 52)
    expect(annualise(80000, 'week', basis)).toBe(80000 * 52)
    expect(annualise(350000, 'month', basis)).toBe(4_200_000)
    expect(annualise(3_900_000, 'year', basis)).toBe(3_900_000)
  })

  it('derives an hourly rate from annual pay, hours and weeks', () => {
    expect(convertPay(3_900_000, 'year', 'hour', basis)).toBe(2000)
    expect(convertPay(3_900_000, 'year', 'hour', { hoursPerWeek: 40, weeksPerYear: 48 })).toBe(2031)
  })

  it('refuses zero or negative hours, negative pay and an inverted band', () => {
    expect(() => convertPay(100, 'hour', 'year', { hoursPerWeek: 0 })).toThrow(
      expect.objectContaining({ kind: 'zero-hours', field: 'basis.hoursPerWeek' }),
    )
    expect(() => convertPay(100, 'hour', 'year', { hoursPerWeek: -3 })).toThrow(
      expect.objectContaining({ kind: 'negative-hours' }),
    )
    expect(() => convertPay(-1, 'hour', 'year', basis)).toThrow(
      expect.objectContaining({ kind: 'negative-pay', field: 'amount' }),
    )
    expect(() => convertPay(10.5, 'hour', 'year', basis)).toThrow(
      expect.objectContaining({ kind: 'not-minor-units' }),
    )
    expect(() =>
      validatePayRate(payRate(4_000_000, 3_000_000, 'GBP', 'year'), 'advert.terms.pay'),
    ).toThrow(expect.objectContaining({ kind: 'band-inverted', field: 'advert.terms.pay' }))
  })

  it('round-trips any period through annual pay within one minor unit', () => {
    const periods: PayPeriod[] = ['hour', 'day', 'week', 'month', 'year']
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom(...periods),
        fc.double({ min: 1, max: 80, noNaN: true }),
        fc.integer({ min: 1, max: 53 }),
        fc.integer({ min: 1, max: 7 }),
        (amount, period, hoursPerWeek, weeksPerYear, daysPerWeek) => {
          const b = { hoursPerWeek, weeksPerYear, daysPerWeek }
          const back = convertPay(annualise(amount, period, b), 'year', period, b)
          expect(Math.abs(back - amount)).toBeLessThanOrEqual(1)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
