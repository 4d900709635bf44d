/**
 * Schemas of the small values every record is made of: money, dates and times, ids and counts.
 * Each is defined once here and reused by every record schema, so a rule about a value (what a
 * currency code looks like, which strings are dates) has one place to change.
 *
 * The schemas output the domain's branded types: a value that passed its schema is what the brand
 * promises, so the cast at the end of each pipe is where the brand is earned.
 */
import * as v from 'valibot'
import type { CurrencyCode, MinorUnits } from './money'
import {
  isIsoDate,
  isLocalTime,
  type BusinessDays,
  type CalendarDays,
  type Instant,
  type IsoDate,
  type LocalTime,
  type TimeZone,
} from './time'

/** An amount in minor units (pence, cents): a safe integer, never a float. */
export const minorUnitsSchema = v.pipe(
  v.number(),
  v.safeInteger('an amount must be a whole number of minor units'),
  v.transform((n) => n as MinorUnits),
)

/** An ISO 4217 currency code: three capital letters (`GBP`, `EUR`). */
export const currencyCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{3}$/, 'a currency is three capital letters'),
  v.transform((s) => s as CurrencyCode),
)

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export const isoDateSchema = v.pipe(
  v.string(),
  v.check((s: string) => isIsoDate(s), 'not a calendar date'),
  v.transform((s) => s as IsoDate),
)

/** A wall-clock time `HH:MM` (24 hours). */
export const localTimeSchema = v.pipe(
  v.string(),
  v.check((s: string) => isLocalTime(s), 'not a time of day'),
  v.transform((s) => s as LocalTime),
)

/** Milliseconds since 1970-01-01T00:00:00Z, within the range a JavaScript Date can hold. */
export const instantSchema = v.pipe(
  v.number(),
  v.integer('an instant is whole milliseconds'),
  v.minValue(0),
  v.maxValue(8_640_000_000_000_000),
  v.transform((n) => n as Instant),
)

/** An IANA time zone name that this platform's Intl knows. */
export const timeZoneSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.check(knownTimeZone, 'not a time zone'),
  v.transform((s) => s as TimeZone),
)

/** A count of calendar days, zero or more. */
export const calendarDaysSchema = v.pipe(
  v.number(),
  v.safeInteger(),
  v.minValue(0),
  v.transform((n) => n as CalendarDays),
)

/** A count of business days, zero or more. */
export const businessDaysSchema = v.pipe(
  v.number(),
  v.safeInteger(),
  v.minValue(0),
  v.transform((n) => n as BusinessDays),
)

/** A whole number, zero or more. */
export const countSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

/** A quantity that may have a fraction (hours a week, holiday days, a percentage), zero or more. */
export const quantitySchema = v.pipe(v.number(), v.finite(), v.minValue(0))

/** The id of anything inside a record (a round, an interviewer, a referee): 1-128 characters. */
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(128))

/**
 * The id of a planned action (see rules/actions.ts `actionId`): "a" and 16 hex digits. Records key
 * what the user did with an action, and their edited drafts, by it.
 */
export const actionIdSchema = v.pipe(v.string(), v.regex(/^a[0-9a-f]{16}$/))

/** An amount of money (see `Money`). */
export const moneySchema = v.strictObject({
  amount: minorUnitsSchema,
  currency: currencyCodeSchema,
})

/** The period a rate of pay is quoted per (see `PayPeriod`). */
export const payPeriodSchema = v.picklist(['hour', 'day', 'week', 'month', 'year'])

/** Pay as a single figure or a band per period (see `PayRate`); a band never runs backwards. */
export const payRateSchema = v.pipe(
  v.strictObject({
    min: minorUnitsSchema,
    max: minorUnitsSchema,
    currency: currencyCodeSchema,
    period: payPeriodSchema,
  }),
  v.check((rate) => rate.min <= rate.max, 'a band starts at or below where it ends'),
)

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
