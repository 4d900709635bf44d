import { describe, expect, it } from 'vitest'
import { planStart } from './startPlan'
import type { StartPlanInput } from './startPlan'
import type { CurrentJob } from '../domain/people'
import { PLAN_SETTINGS, READY_OFFER } from './testing/startFixtures'

const at = (iso: string) => Date.parse(iso)
const settings = PLAN_SETTINGS
const ready = READY_OFFER
const job = (over: Partial<CurrentJob> = {}): CurrentJob => ({
  employer: 'Acme',
  noticeLength: 1,
  noticeUnit: 'months',
  serviceStart: '2022-09-01',
  untakenHolidayDays: 0,
  holidayHandling: 'paid-out',
  gardenLeavePossible: true,
  ...over,
})
const plan = (over: Partial<StartPlanInput> = {}) =>
  planStart({ now: at('2026-01-30T10:00:00Z'), settings, offer: ready, currentJob: job(), ...over })

describe('start plan', () => {
  it('resigns today when the offer is written, unconditional and signed, and counts a month’s notice', () => {
    const p = plan()
    expect(p.resignation).toEqual({
      earliest: '2026-01-30',
      blockers: [],
      givenOn: '2026-01-30',
      provisional: false,
    })
    expect(p.notice).toMatchObject({
      startsOn: '2026-01-31',
      endsOn: '2026-02-28',
      label: 'statutory',
    })
    expect(p.employmentEnds).toBe('2026-02-28')
    expect(p.lastWorkingDay).toBe('2026-02-27') // 28 February 2026 is a Saturday
    expect(p.earliestStart).toBe('2026-03-02')
    expect(p.recommendedStart).toBe('2026-03-02')
  })

  it('clamps a month’s notice given on 31 January 2028 to 29 February', () => {
    const p = plan({ noticeGivenOn: '2028-01-31', now: at('2028-01-31T09:00:00Z') })
    expect(p.notice?.endsOn).toBe('2028-02-29')
    expect(p.earliestStart).toBe('2028-03-01')
  })

  it('will not plan a resignation before the offer is safe, and says why', () => {
    const p = plan({
      offer: {
        ...ready,
        inWriting: false,
        contractSigned: false,
        decision: 'pending',
        conditions: [{ kind: 'references', status: 'outstanding' }],
      },
    })
    expect(p.resignation.earliest).toBeNull()
    expect(p.resignation.provisional).toBe(true)
    expect(p.resignation.blockers.map((b) => b.condition ?? b.kind)).toEqual([
      'not-in-writing',
      'references',
      'contract-not-signed',
      'not-accepted',
    ])
  })

  it('brings the last working day forward by untaken holiday taken during notice', () => {
    // Notice given Friday 4 December 2026, 4 weeks: ends Friday 1 January 2027 (a bank holiday).
    const p = plan({
      noticeGivenOn: '2026-12-04',
      currentJob: job({
        noticeLength: 4,
        noticeUnit: 'weeks',
        untakenHolidayDays: 3,
        holidayHandling: 'take-during-notice',
      }),
    })
    expect(p.employmentEnds).toBe('2027-01-01')
    // Last business day on or before: Thursday 31 December; 3 business days earlier, skipping
    // 25 and 28 December: Tuesday 24 December -> 24, 29, 30 back from 31 = Thursday 24 December.
    expect(p.lastWorkingDay).toBe('2026-12-24')
    expect(p.earliestStart).toBe('2027-01-04')
  })

  it('keeps the end date on garden leave', () => {
    const p = plan({ noticeGivenOn: '2026-03-02', gardenLeave: true })
    expect(p.lastWorkingDay).toBe('2026-03-02')
    expect(p.employmentEnds).toBe('2026-04-02')
    expect(p.gardenLeave).toBe(true)
  })

  it('adds the wanted break and prefers a Monday start, skipping a bank holiday Monday', () => {
    // Notice ends Thursday 2 April 2026; a 7-day break to 9 April; Monday 13 April is fine.
    const p = plan({
      noticeGivenOn: '2026-03-02',
      breakDays: 7,
      settings: { ...settings, preferMondayStart: true },
    })
    expect(p.break).toEqual({ from: '2026-04-03', to: '2026-04-09', days: 7 })
    expect(p.earliestStart).toBe('2026-04-10')
    expect(p.recommendedStart).toBe('2026-04-13')
    // Ending Friday 1 May 2026: Monday 4 May is the Early May bank holiday, so Tuesday 5 May.
    const may = plan({
      noticeGivenOn: '2026-04-01',
      settings: { ...settings, preferMondayStart: true },
    })
    expect(may.employmentEnds).toBe('2026-05-01')
    expect(may.recommendedStart).toBe('2026-05-05')
  })

  it('applies the UK statutory week when the contract gives less', () => {
    const p = plan({
      noticeGivenOn: '2026-03-02',
      currentJob: job({ noticeLength: 0, noticeUnit: 'weeks' }),
    })
    expect(p.notice?.contractBelowMinimum).toBe(true)
    expect(p.employmentEnds).toBe('2026-03-09')
  })

  it('labels US two weeks as custom and does not impose it', () => {
    const p = plan({
      noticeGivenOn: '2026-03-02',
      settings: { ...settings, region: 'US-NY', timeZone: 'America/New_York' },
      currentJob: job({ noticeLength: 1, noticeUnit: 'weeks' }),
    })
    expect(p.notice).toMatchObject({
      label: 'custom',
      contractBelowMinimum: true,
      endsOn: '2026-03-09',
    })
  })

  it('reports a start date the employer wants before notice ends, with a counter-date and a draft', () => {
    const p = plan({
      noticeGivenOn: '2026-03-02',
      offer: { ...ready, proposedStart: '2026-03-16' },
      draft: {
        sender: 'Sam Taylor',
        company: 'Northwind',
        role: 'Data Analyst',
        recipientName: 'Jane Smith',
      },
    })
    expect(p.conflicts).toHaveLength(1)
    const c = p.conflicts[0]!
    // Notice ends Thursday 2 April; Good Friday and Easter Monday follow.
    expect(c).toMatchObject({
      kind: 'before-notice-ends',
      employerDate: '2026-03-16',
      counterDate: '2026-04-07',
    })
    expect(c.draft?.body).toContain('Would Tuesday 7 April 2026 work')
    // The explanation names both limits rather than a count that mixes notice and break.
    expect(c.explanation).toContain('it ends on Thursday 2 April 2026')
    expect(c.explanation).toMatch(/earliest start is \w+day \d April 2026/)
  })

  it('suggests the next working day when the employer picks a bank holiday', () => {
    const p = plan({
      noticeGivenOn: '2026-11-02',
      offer: { ...ready, proposedStart: '2026-12-28' },
    })
    expect(p.conflicts[0]).toMatchObject({
      kind: 'not-business-day',
      counterDate: '2026-12-29',
      draft: null,
    })
  })

  it('reminds two business days before the contract is due back', () => {
    const p = plan({ offer: { ...ready, contractSigned: false, contractReturnBy: '2027-01-05' } })
    expect(p.contractReturn).toEqual({ by: '2027-01-05', remindOn: '2026-12-31' })
    expect(p.timeline.map((s) => s.kind)).toContain('contract-reminder')
  })

  it('plans a start for someone not in work', () => {
    const p = plan({ currentJob: null, breakDays: 0 })
    expect(p.notice).toBeNull()
    expect(p.earliestStart).toBe('2026-02-02')
  })

  it('refuses an impossible date, naming the field', () => {
    expect(() => plan({ offer: { ...ready, proposedStart: '2026-02-30' } })).toThrow(
      expect.objectContaining({ kind: 'invalid-date', field: 'offer.proposedStart' }),
    )
  })
})
