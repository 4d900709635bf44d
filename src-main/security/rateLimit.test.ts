import { describe, expect, it } from 'vitest'
import { rateLimiter } from './rateLimit'

function clockAt(start: number) {
  const clock = { at: start, now: () => clock.at }
  return clock
}

const FIRST_OF_DECEMBER = Date.UTC(2026, 11, 1, 9, 30)

describe('rateLimiter', () => {
  it('allows the limit within the window and refuses the next one', () => {
    const clock = clockAt(FIRST_OF_DECEMBER)
    const limiter = rateLimiter(clock, { limit: 3, windowMs: 10_000 })
    const answers = [1, 2, 3, 4].map(() => {
      clock.at += 1_000
      return limiter.tryTake()
    })
    expect(answers).toEqual([true, true, true, false])
  })

  it('allows again once the oldest event has left the window', () => {
    const clock = clockAt(FIRST_OF_DECEMBER)
    const limiter = rateLimiter(clock, { limit: 2, windowMs: 10_000 })
    expect([limiter.tryTake(), limiter.tryTake(), limiter.tryTake()]).toEqual([true, true, false])
    clock.at += 9_999
    expect(limiter.tryTake()).toBe(false)
    clock.at += 1
    expect(limiter.tryTake()).toBe(true)
  })

  it('does not count refused attempts against the next window', () => {
    const clock = clockAt(FIRST_OF_DECEMBER)
    const limiter = rateLimiter(clock, { limit: 1, windowMs: 60_000 })
    limiter.tryTake()
    for (let i = 0; i < 50; i++) limiter.tryTake()
    clock.at += 60_000
    expect(limiter.tryTake()).toBe(true)
  })

  it('gives no fresh allowance when the clock is set back', () => {
    const clock = clockAt(FIRST_OF_DECEMBER)
    const limiter = rateLimiter(clock, { limit: 2, windowMs: 10_000 })
    limiter.tryTake()
    limiter.tryTake()
    clock.at -= 3_600_000
    expect(limiter.tryTake()).toBe(false)
  })
})
