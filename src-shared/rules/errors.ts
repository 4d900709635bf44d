/**
 * Bad input to a rule is reported as a typed error naming the field, never answered with a wrong
 * date or figure. The renderer maps `kind` to a message; `message` is for developers.
 */
import { isIsoDate, isLocalTime } from '../domain/time'
import type { IsoDate, LocalTime, TimeZone } from '../domain/time'
import { isTimeZone } from '../domain/zoned'

/** Every way input to the rules can be wrong. */
export type RuleInputErrorKind =
  | 'invalid-date'
  | 'invalid-time'
  | 'invalid-time-zone'
  | 'unknown-region'
  | 'holidays-not-loaded'
  | 'band-inverted'
  | 'negative-pay'
  | 'not-minor-units'
  | 'zero-hours'
  | 'negative-hours'
  | 'invalid-currency'
  | 'currency-mismatch'
  | 'out-of-range'
  | 'invalid-instant'
  | 'unfilled-gap'
  | 'too-long'

/** Thrown by a rule when its input cannot give a correct answer. */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError'
  constructor(
    readonly kind: RuleInputErrorKind,
    /** The path of the offending field, e.g. `rounds[0].date` or `offer.terms.pay.min`. */
    readonly field: string,
    message?: string,
  ) {
    super(message ?? `${kind}: ${field}`)
  }
}

/** Returns `value` as an IsoDate, or throws `invalid-date` naming `field`. */
export function requireDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value))
    throw new RuleInputError('invalid-date', field, `not a real date: ${String(value)}`)
  return value
}

/** Returns `value` as a LocalTime, or throws `invalid-time` naming `field`. */
export function requireTime(value: unknown, field: string): LocalTime {
  if (!isLocalTime(value))
    throw new RuleInputError('invalid-time', field, `not HH:MM: ${String(value)}`)
  return value
}

/** Returns `value` as a TimeZone, or throws `invalid-time-zone` naming `field`. */
export function requireTimeZone(value: unknown, field = 'settings.timeZone'): TimeZone {
  if (isTimeZone(value)) return value
  throw new RuleInputError('invalid-time-zone', field, `unknown zone ${String(value)}`)
}

/** Throws `invalid-instant` unless `value` is a finite number of epoch milliseconds. */
export function requireInstant(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RuleInputError('invalid-instant', field)
  }
  return value
}

/** Throws `out-of-range` unless `value` is an integer within `[min, max]`. */
export function requireIntegerIn(value: unknown, min: number, max: number, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RuleInputError('out-of-range', field, `expected an integer ${min}-${max}`)
  }
  return value
}
