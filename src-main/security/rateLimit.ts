/**
 * Rate limits main applies to what a renderer can make the operating system do. A compromised
 * renderer could otherwise raise notifications with any text, open dozens of links or flip
 * start-at-login in a loop; a person never needs more than a few of each in a short while.
 * Plain functions of an injected clock, so tests move time instead of waiting.
 */
import type { ClockPort } from '../ports'

/** At most `limit` events in any `windowMs` milliseconds (a sliding window). */
export interface RateLimit {
  limit: number
  windowMs: number
}

/** The limits main applies, one per effect (see docs/SECURITY.md). */
export const RATE_LIMITS = {
  /** Notifications shown: the catch-up summary plus a few due reminders fit easily. */
  notifications: { limit: 6, windowMs: 60_000 },
  /** Links and mail drafts handed to the OS: a person clicks a few at most in ten seconds. */
  externalLinks: { limit: 3, windowMs: 10_000 },
  /** Changes of start-at-login: a person toggles it back and forth a few times at most. */
  startAtLogin: { limit: 4, windowMs: 60_000 },
  /** "Check now" for updates: each check reaches the update address, so a loop must not. */
  updateChecks: { limit: 4, windowMs: 60_000 },
  /** "Restart to update": one click quits; a second covers a restart that did not happen. */
  updateInstalls: { limit: 2, windowMs: 60_000 },
} as const satisfies Record<string, RateLimit>

/** Answers whether one more event may happen now, and counts it when it may. */
export interface RateLimiter {
  tryTake(): boolean
}

/** A sliding-window limiter over `clock`. Refused attempts are not counted. */
export function rateLimiter(
  clock: Pick<ClockPort, 'now'>,
  { limit, windowMs }: RateLimit,
): RateLimiter {
  let taken: number[] = []
  return {
    tryTake() {
      const now = clock.now()
      // An entry from "the future" (the clock was set back) still counts until it is in the past,
      // so setting the clock back cannot buy a fresh allowance.
      taken = taken.filter((at) => at > now - windowMs)
      if (taken.length >= limit) return false
      taken.push(now)
      return true
    },
  }
}
