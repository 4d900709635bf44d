import * as v from 'valibot'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  currencyCodeSchema,
  instantSchema,
  isoDateSchema,
  localTimeSchema,
  minorUnitsSchema,
  moneySchema,
  payRateSchema,
} from './fields'
import type { Money, PayRate } from './money'

describe('the value schemas records are made of', () => {
  it('take an amount only as a safe whole number of minor units', () => {
    expect(v.is(minorUnitsSchema, 5_200_000)).toBe(true)
    expect(v.is(minorUnitsSchema, -150)).toBe(true)
    for (const bad of [52_000.5, Number.MAX_SAFE_INTEGER + 1, '5200000', null]) {
      expect(v.is(minorUnitsSchema, bad), String(bad)).toBe(false)
    }
  })

  it('take a currency only as three capital letters', () => {
    expect(v.is(currencyCodeSchema, 'GBP')).toBe(true)
    for (const bad of ['gbp', 'GB', 'GBPX', '£', 826])
      expect(v.is(currencyCodeSchema, bad)).toBe(false)
  })

  it('take dates that exist and times of day, nothing else', () => {
    expect(v.is(isoDateSchema, '2028-02-29')).toBe(true)
    for (const bad of ['2027-02-29', '2026-13-01', '3 March', '2026-3-1']) {
      expect(v.is(isoDateSchema, bad), bad).toBe(false)
    }
    expect(v.is(localTimeSchema, '23:59')).toBe(true)
    expect(v.is(localTimeSchema, '24:00')).toBe(false)
    expect(v.is(instantSchema, 1.5)).toBe(false)
  })

  it('describe the same money and pay the hand-written types do', () => {
    expectTypeOf<v.InferOutput<typeof moneySchema>>().toEqualTypeOf<Money>()
    expectTypeOf<v.InferOutput<typeof payRateSchema>>().toEqualTypeOf<PayRate>()
    expect(v.is(payRateSchema, { min: 1, max: 2, currency: 'EUR', period: 'hour' })).toBe(true)
  })
})
