import { describe, expect, it } from 'vitest'
import { SAFE_MARGIN_MS, snoozePastDeadline, snoozeUntil } from './snooze'

const now = new Date(2026, 2, 2, 15, 20).getTime()

describe('snoozeUntil', () => {
  it('puts an action off by one hour', () => {
    expect(snoozeUntil({ kind: 'hour' }, now)).toBe(now + 3_600_000)
  })

  it('puts an action off by whole days', () => {
    expect(snoozeUntil({ kind: 'days', days: 3 }, now)).toBe(now + 3 * 86_400_000)
  })

  it('puts an action off until nine tomorrow morning, local time', () => {
    expect(snoozeUntil({ kind: 'tomorrow-morning' }, now)).toBe(
      new Date(2026, 2, 3, 9, 0).getTime(),
    )
  })

  it('crosses a month end for tomorrow morning', () => {
    const lastDay = new Date(2026, 2, 31, 22, 0).getTime()
    expect(snoozeUntil({ kind: 'tomorrow-morning' }, lastDay)).toBe(
      new Date(2026, 3, 1, 9, 0).getTime(),
    )
  })

  it('puts an action off until a chosen date and time', () => {
    expect(snoozeUntil({ kind: 'date', date: '2026-03-10', time: '14:30' }, now)).toBe(
      new Date(2026, 2, 10, 14, 30).getTime(),
    )
  })

  it('reads tomorrow morning on the wall clock of the zone it is given', () => {
    // 23:30 in London on 28 March 2026 is already the 29th in Auckland; London's clocks go forward
    // that night, so nine o'clock there is 08:00 UTC.
    const lateEvening = Date.UTC(2026, 2, 28, 23, 30)
    expect(snoozeUntil({ kind: 'tomorrow-morning' }, lateEvening, 'Europe/London')).toBe(
      Date.UTC(2026, 2, 29, 8, 0),
    )
    expect(snoozeUntil({ kind: 'tomorrow-morning' }, lateEvening, 'Pacific/Auckland')).toBe(
      Date.UTC(2026, 2, 29, 20, 0),
    )
  })

  it('refuses a chosen moment in the past or not a date at all', () => {
    expect(snoozeUntil({ kind: 'date', date: '2026-03-01', time: '09:00' }, now)).toBeNull()
    expect(snoozeUntil({ kind: 'date', date: 'soon', time: '09:00' }, now)).toBeNull()
    expect(snoozeUntil({ kind: 'date', date: '2026-03-10', time: '' }, now)).toBeNull()
  })
})

describe('snoozePastDeadline', () => {
  // A same-day thank-you: due by 23:59:59 on Tuesday 3 March, snoozed at 17:00 (London, GMT).
  const now = Date.parse('2026-03-03T17:00:00Z')
  const deadline = Date.parse('2026-03-04T00:00:00Z') - 1

  it('says when "tomorrow morning" passes the deadline and offers the latest safe time', () => {
    const until = snoozeUntil({ kind: 'tomorrow-morning' }, now, 'Europe/London')!
    expect(snoozePastDeadline(until, deadline, now)).toEqual({
      latestSafe: deadline - SAFE_MARGIN_MS,
    })
  })

  it('lets a snooze that leaves time before the deadline go ahead', () => {
    expect(snoozePastDeadline(now + 60 * 60_000, deadline, now)).toBeNull()
  })

  it('offers no safe time when the deadline is under an hour away', () => {
    const close = deadline - 30 * 60_000
    expect(snoozePastDeadline(close + 60 * 60_000, deadline, close)).toEqual({ latestSafe: null })
  })

  it('has nothing to warn about once the deadline has passed', () => {
    expect(snoozePastDeadline(deadline + 86_400_000, deadline, deadline + 1)).toBeNull()
  })
})
