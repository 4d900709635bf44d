/**
 * Pay normalised across periods. Amounts are integer minor units (pence, cents) of one currency;
 * currencies are never converted. An hourly rate becomes annual through the hours worked per week
 * and the weeks paid per year; a daily rate through the days worked per week.
 */
import type { CurrencyCode, MinorUnits, Money, PayPeriod, PayRate } from '../domain/money'
import { isCurrencyCode, isMinorUnits, minorUnits } from '../domain/money'
import { RuleInputError } from './errors'

/** What turns one pay period into another. */
export interface PayBasis {
  /** Hours worked per week; must be above 0. */
  hoursPerWeek: number
  /** Paid weeks per year. Default 52. */
  weeksPerYear?: number
  /** Days worked per week, for daily rates. Default 5. */
  daysPerWeek?: number
}

/** Periods per year for `period`, given the basis. */
export function periodsPerYear(period: PayPeriod, basis: PayBasis): number {
  const weeks = basis.weeksPerYear ?? 52
  switch (period) {
    case 'hour':
      return basis.hoursPerWeek * weeks
    case 'day':
      return (basis.daysPerWeek ?? 5) * weeks
    case 'week':
      return weeks
    case 'month':
      return 12
    case 'year':
      return 1
  }
}

/** Throws a typed error unless the basis can convert pay. `field` prefixes the field names. */
export function validateBasis(basis: PayBasis, field: string): void {
  const h = basis.hoursPerWeek
  if (typeof h !== 'number' || !Number.isFinite(h)) {
    throw new RuleInputError('out-of-range', `${field}.hoursPerWeek`)
  }
  if (h === 0) throw new RuleInputError('zero-hours', `${field}.hoursPerWeek`)
  if (h < 0) throw new RuleInputError('negative-hours', `${field}.hoursPerWeek`)
  if (h > 168) throw new RuleInputError('out-of-range', `${field}.hoursPerWeek`)
  const w = basis.weeksPerYear ?? 52
  if (!(w > 0 && w <= 53)) throw new RuleInputError('out-of-range', `${field}.weeksPerYear`)
  const d = basis.daysPerWeek ?? 5
  if (!(d > 0 && d <= 7)) throw new RuleInputError('out-of-range', `${field}.daysPerWeek`)
}

/** Throws unless `amount` is a whole, non-negative number of minor units. */
export function validateAmount(amount: unknown, field: string): MinorUnits {
  if (!isMinorUnits(amount)) throw new RuleInputError('not-minor-units', field)
  if (amount < 0) throw new RuleInputError('negative-pay', field)
  return amount
}

/** Throws unless `code` is a three-letter ISO 4217 code Intl can format. */
export function validateCurrency(code: unknown, field: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw new RuleInputError('invalid-currency', field)
  return code
}

/** Throws a typed error for a pay rate with a negative figure or a minimum above its maximum. */
export function validatePayRate(rate: PayRate, field: string): void {
  validateAmount(rate.min, `${field}.min`)
  validateAmount(rate.max, `${field}.max`)
  validateCurrency(rate.currency, `${field}.currency`)
  if (rate.min > rate.max) throw new RuleInputError('band-inverted', field)
}

/**
 * `amount` minor units per `from` expressed per `to`, rounded to whole minor units. Exact for
 * `year` to coarser or equal periods; round-trips within one minor unit through `year`.
 */
export function convertPay(
  amount: number,
  from: PayPeriod,
  to: PayPeriod,
  basis: PayBasis,
): MinorUnits {
  const units = validateAmount(amount, 'amount')
  validateBasis(basis, 'basis')
  if (from === to) return units
  return minorUnits(Math.round((units * periodsPerYear(from, basis)) / periodsPerYear(to, basis)))
}

/** `amount` per `period`, per year (minor units, rounded). */
export function annualise(amount: number, period: PayPeriod, basis: PayBasis): MinorUnits {
  return convertPay(amount, period, 'year', basis)
}

/** A pay band restated per year: `{min, max}` in minor units of its own currency. */
export function annualBand(rate: PayRate, basis: PayBasis): { min: Money; max: Money } {
  return {
    min: { amount: annualise(rate.min, rate.period, basis), currency: rate.currency },
    max: { amount: annualise(rate.max, rate.period, basis), currency: rate.currency },
  }
}
