import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { planFollowUps } from './planFollowUps'
import { addDays } from './dates'
import { zonedInstant } from '../domain/zoned'
import type { Message, RoundMode } from '../domain/opportunity'
import { at, context, interviewer, opportunity, round } from './testing/fixtures'

const time = fc
  .integer({ min: 7 * 60, max: 19 * 60 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`)

describe('follow-up planner properties', () => {
  it('never plans anything before the interview it follows, and never ends a window before it opens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1400 }),
        time,
        fc.constantFrom<RoundMode>('in-person', 'video', 'phone'),
        fc.option(fc.integer({ min: -10, max: 40 }), { nil: null }),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Tokyo'),
        (offset, t, mode, promisedIn, agency, chasers, tz) => {
          const date = addDays('2026-01-01', offset)
          const messages: Message[] = Array.from({ length: chasers }, (_, i) => ({
            id: `m${i}`,
            kind: 'chaser',
            to: agency ? 'agency' : 'employer',
            at: at(`${addDays(date, 10 + 8 * i)}T10:00:00Z`),
          }))
          const opp = opportunity({
            rounds: [
              round({
                date,
                time: t,
                mode,
                interviewers: [interviewer('a', 'Ann Lee', 'x'), interviewer('b', 'Bo Chan', 'y')],
              }),
            ],
            promisedDecisionDate: promisedIn == null ? null : addDays(date, promisedIn),
            agency: agency ? { name: 'Hays', consultant: 'Priya', email: '', phone: '' } : null,
            messages,
          })
          const ctx = context({ settings: { ...context().settings, timeZone: tz } })
          const plan = planFollowUps(opp, ctx, at(`${date}T12:00:00Z`))
          const start = zonedInstant(date, t, tz)
          expect(plan.length).toBeGreaterThan(0)
          for (const a of plan) {
            expect(a.earliest).toBeGreaterThanOrEqual(start)
            expect(a.latest).toBeGreaterThanOrEqual(a.earliest)
          }
          const roundStart = plan.filter((a) => a.kind === 'thank-you').map((a) => a.earliest)
          for (const a of plan)
            expect(a.earliest).toBeGreaterThanOrEqual(Math.min(...roundStart) - 24 * 3600_000)
          expect(new Set(plan.map((a) => a.id)).size).toBe(plan.length)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('bad input', () => {
  it('names the field of an impossible interview date or time', () => {
    expect(() =>
      planFollowUps(opportunity({ rounds: [round({ date: '2026-02-30' })] }), context(), 0),
    ).toThrow(expect.objectContaining({ kind: 'invalid-date', field: 'rounds[0].date' }))
    expect(() =>
      planFollowUps(opportunity({ rounds: [round({ time: '9am' })] }), context(), 0),
    ).toThrow(expect.objectContaining({ kind: 'invalid-time', field: 'rounds[0].time' }))
    expect(() =>
      planFollowUps(opportunity({ promisedDecisionDate: '2026-13-01' }), context(), 0),
    ).toThrow(expect.objectContaining({ kind: 'invalid-date', field: 'promisedDecisionDate' }))
  })

  it('refuses an unknown region or time zone, and settings out of range', () => {
    const s = context().settings
    expect(() =>
      planFollowUps(opportunity(), context({ settings: { ...s, region: 'ZZ' } }), 0),
    ).toThrow(expect.objectContaining({ kind: 'unknown-region', field: 'settings.region' }))
    expect(() =>
      planFollowUps(opportunity(), context({ settings: { ...s, timeZone: 'Europe/Atlantis' } }), 0),
    ).toThrow(expect.objectContaining({ kind: 'invalid-time-zone' }))
    expect(() =>
      planFollowUps(opportunity(), context({ settings: { ...s, reapproachMonths: 2 } }), 0),
    ).toThrow(expect.objectContaining({ kind: 'out-of-range', field: 'settings.reapproachMonths' }))
    expect(() =>
      planFollowUps(
        opportunity(),
        context({ settings: { ...s, linkedInDelay: { min: 3, max: 1 } } }),
        0,
      ),
    ).toThrow(expect.objectContaining({ kind: 'band-inverted', field: 'settings.linkedInDelay' }))
  })
})
