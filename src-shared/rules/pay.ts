/**
 * Pay normalised across periods. Amounts are integer minor units (pence, cents) of one currency;
 * currencies are never converted. An hourly rate becomes annual through the hours worked per week
 * and the weeks paid per year; a daily rate through the days worked per week.
 */
import type { CurrencyCode, MinorUnits, Money, PayPeriod, PayRate } from '../domain/money'
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
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw new RuleInputError('not-minor-units', field)
  }
  if (amount < 0) throw new RuleInputError('negative-pay', field)
  if (!Number.isInteger(amount)) throw new RuleInputError('not-minor-units', field)
  return amount
}

/** Throws unless `code` is a three-letter ISO 4217 code Intl can format. */
export function validateCurrency(code: unknown, field: string): CurrencyCode {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
    throw new RuleInputError('invalid-currency', field)
  }
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
  amount: MinorUnits,
  from: PayPeriod,
  to: PayPeriod,
  basis: PayBasis,
): MinorUnits {
  validateAmount(amount, 'amount')
  validateBasis(basis, 'basis')
  if (from === to) return amount
  return Math.round((amount * periodsPerYear(from, basis)) / periodsPerYear(to, basis))
}

/** `amount` per `period`, per year (minor units, rounded). */
export function annualise(amount: MinorUnits, period: PayPeriod, basis: PayBasis): MinorUnits {
  return convertPay(amount, period, 'year', basis)
}

/** A pay band restated per year: `{min, max}` in minor units of its own currency. */
export function annualBand(rate: PayRate, basis: PayBasis): { min: Money; max: Money } {
  return {
    min: { amount: annualise(rate.min, rate.period, basis), currency: rate.currency },
    max: { amount: annualise(rate.max, rate.period, basis), currency: rate.currency },
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(
  locale: string,
  currency: CurrencyCode,
  digits: number | null,
): Intl.NumberFormat {
  const key = `${locale}|${currency}|${digits}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(digits == null ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    })
    numberFormats.set(key, f)
  }
  return f
}

/** The number of decimal places a currency's minor unit has (2 for GBP, 0 for JPY). */
export function minorDigits(currency: CurrencyCode): number {
  return numberFormat('en', currency, null).resolvedOptions().maximumFractionDigits ?? 2
}

/**
 * Money for people to read, from minor units, e.g. `£42,500` or `£18.50`: pence are shown only
 * when there are any. `locale` defaults to British English.
 */
export function formatMoney(m: Money, locale = 'en-GB'): string {
  validateCurrency(m.currency, 'currency')
  const digits = minorDigits(m.currency)
  const major = m.amount / 10 ** digits
  return numberFormat(locale, m.currency, Number.isInteger(major) ? 0 : digits).format(major)
}
