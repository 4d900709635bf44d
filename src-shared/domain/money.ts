/**
 * Money is an integer number of minor units (pence, cents) with its ISO 4217 currency code beside
 * it. Never a float, never an amount without a currency.
 */

/** An integer count of a currency's minor units (e.g. pence for GBP). */
export type MinorUnits = number & { readonly __brand?: 'MinorUnits' }

/** An ISO 4217 currency code such as `GBP`, `EUR`, `USD`. */
export type CurrencyCode = string & { readonly __brand?: 'CurrencyCode' }

/** An amount of money. */
export interface Money {
  amount: MinorUnits
  currency: CurrencyCode
}

/** The period a rate of pay is quoted per. */
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year'

/**
 * Pay as advertised or offered: a single figure (`min === max`) or a band, per a period.
 * Amounts are minor units of `currency`.
 */
export interface PayRate {
  min: MinorUnits
  max: MinorUnits
  currency: CurrencyCode
  period: PayPeriod
}

/** Builds a Money value. */
export function money(amount: MinorUnits, currency: CurrencyCode): Money {
  return { amount, currency }
}
