import { describe, expect, it } from 'vitest'
import { planStart, type StartPlanInput } from './startPlan'
import type { CurrentJob } from '../domain/people'
import { PLAN_SETTINGS, READY_OFFER } from './testing/startFixtures'

const settings = PLAN_SETTINGS
const offer = READY_OFFER
const job: CurrentJob = {
  employer: 'Ørsted Énergie Ltd',
  noticeLength: 1,
  noticeUnit: 'months',
  serviceStart: '2021-04-12',
  untakenHolidayDays: 0,
  holidayHandling: 'paid-out',
  gardenLeavePossible: true,
}
const draft = {
  sender: 'Zoë Ångström-Fairweather',
  company: 'Café Lumière Économie SAS',
  role: 'Responsable des données',
  recipientName: 'Hélène Dubois',
}
/** Notice given 24 November 2026 ends on Thursday 24 December; Christmas Day follows. */
const plan = (over: Partial<StartPlanInput> = {}) =>
  planStart({
    now: Date.parse('2026-11-24T10:00:00Z'),
    settings,
    offer,
    currentJob: job,
    noticeGivenOn: '2026-11-24',
    draft,
    ...over,
  })

describe('start-date conflicts', () => {
  it('calls a bank holiday with no break planned a bank holiday, never the break', () => {
    const p = plan({ offer: { ...offer, proposedStart: '2026-12-25' } })
    expect(p.break).toBeNull()
    expect(p.conflicts).toHaveLength(1)
    const c = p.conflicts[0]!
    // 25 Dec Friday, 26-27 the weekend, 28 December the Boxing Day holiday in lieu.
    expect(c).toMatchObject({
      reason: 'bank-holiday',
      kind: 'not-business-day',
      counterDate: '2026-12-29',
    })
    expect(c.explanation).toBe(
      "The employer's date is a public holiday (Christmas Day); the next working day is Tuesday 29 December 2026.",
    )
    expect(c.explanation).not.toMatch(/break/)
    expect(c.draft?.body).toContain(
      'Friday 25 December 2026 is a public holiday (Christmas Day) where I am.',
    )
    expect(c.draft?.body).not.toMatch(/break/)
  })

  it('gives the break as the reason only for a date inside the break, with its days', () => {
    const p = plan({ breakDays: 14, offer: { ...offer, proposedStart: '2027-01-04' } })
    const c = p.conflicts[0]!
    expect(c.reason).toBe('break')
    expect(c.explanation).toBe(
      "The employer's date falls within the 14-day break you planned, from Friday 25 December 2026 to Thursday 7 January 2027.",
    )
    expect(c.draft?.body).toContain('I have planned 14 days off between leaving')
  })

  it('names notice when the date is before notice ends, and a weekend as a weekend', () => {
    expect(plan({ offer: { ...offer, proposedStart: '2026-12-14' } }).conflicts[0]!.reason).toBe(
      'notice',
    )
    const weekend = plan({ offer: { ...offer, proposedStart: '2027-01-09' } }).conflicts[0]!
    expect(weekend).toMatchObject({ reason: 'weekend', counterDate: '2027-01-11' })
    expect(weekend.draft?.body).toContain('Saturday 9 January 2027 falls on a weekend.')
  })

  it('flags a start before the unsigned contract is due back', () => {
    const p = plan({
      offer: {
        ...offer,
        contractSigned: false,
        contractReturnBy: '2027-01-08',
        proposedStart: '2027-01-05',
      },
    })
    const c = p.conflicts[0]!
    expect(c).toMatchObject({
      kind: 'before-contract-returned',
      reason: 'contract',
      counterDate: '2027-01-11',
    })
    expect(c.explanation).toMatch(
      /before your signed contract is due back on Friday 8 January 2027/,
    )
    // Signed already: no conflict.
    const signed = plan({
      offer: { ...offer, contractReturnBy: '2027-01-08', proposedStart: '2027-01-05' },
    })
    expect(signed.conflicts).toEqual([])
  })

  it('keeps a Monday start a choice and says why it is suggested', () => {
    // Notice given Saturday 10 October ends Tuesday 10 November: free from Wednesday the 11th.
    const october = { now: Date.parse('2026-10-10T10:00:00Z'), noticeGivenOn: '2026-10-10' }
    const monday = plan({ ...october, settings: { ...settings, preferMondayStart: true } })
    expect(monday.earliestStart).toBe('2026-11-11')
    expect(monday.recommendedStart).toBe('2026-11-16')
    expect(monday.recommendation).toBe(
      'You could start on Wednesday 11 November 2026, the first working day after your notice ends. Monday 16 November 2026 is suggested because you prefer to start at the beginning of a week; either is yours to choose.',
    )
    expect(plan({ ...october, breakDays: 3 }).recommendation).toBe(
      'Monday 16 November 2026 is the first working day after your notice ends and your 3-day break.',
    )
  })
})
