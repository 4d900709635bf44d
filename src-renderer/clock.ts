/**
 * The renderer's "now". One place reads the system clock so the rules always get it passed in,
 * and end-to-end tests can set it with Playwright's clock.
 */
import type { Instant, IsoDate, TimeZone } from '@shared/domain/time'
import { zonedDate } from '@shared/domain/zoned'

/** The current instant, in epoch milliseconds. */
export function now(): Instant {
  return Date.now()
}

/** Today's date in `timeZone`. */
export function today(timeZone: TimeZone, at: Instant = now()): IsoDate {
  return zonedDate(at, timeZone)
}

/** A fresh random id for a record. */
export function newId(): string {
  return crypto.randomUUID()
}
