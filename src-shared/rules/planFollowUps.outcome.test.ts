import { describe, expect, it } from 'vitest'
import { planFollowUps as planAll } from './planFollowUps'
import type { Referee } from '../domain/people'
import { at, context, offer, opportunity, round } from './testing/fixtures'

const referee = (id: string, name: string, lastWarned: Referee['lastWarned'] = null): Referee => ({
  id,
  name,
  relation: '',
  email: '',
  phone: '',
  lastWarned,
})
/** The plan without what was planned before the decision (see 'keeps the story' below). */
const planFollowUps = (...args: Parameters<typeof planAll>) =>
  planAll(...args).filter((a) => !a.earlier)
const kinds = (list: ReturnType<typeof planFollowUps>) => list.map((a) => a.kind)

describe('after an offer', () => {
  const opp = opportunity({
    stage: 'offer',
    history: [{ from: 'interviewed', to: 'offer', at: at('2026-03-20T14:00:00Z') }],
  })

  it('thanks them at once and asks for the offer in writing with the missing dates', () => {
    const plan = planFollowUps(opp, context({ offer: offer() }), at('2026-03-20T15:00:00Z'))
    expect(kinds(plan)).toEqual(['offer-thanks', 'offer-in-writing'])
    expect(plan[0]).toMatchObject({
      rule: 'offer.thank',
      status: 'due',
      earliest: at('2026-03-20T14:00:00Z'),
      latest: at('2026-03-21T00:00:00Z') - 1,
    })
    expect(plan[1]).toMatchObject({ rule: 'offer.in-writing', latest: at('2026-03-23T17:00:00Z') })
    expect(plan[1]!.draft?.body).toContain('in writing')
    expect(plan[1]!.draft?.body).toContain('signed contract back and the start date')
  })

  it('reminds two business days before the contract is due back, across New Year', () => {
    const o = offer({
      receivedOn: '2026-12-21',
      inWriting: true,
      proposedStart: '2027-02-01',
      contractReturnBy: '2027-01-05',
    })
    const plan = planFollowUps(
      { ...opp, history: [] },
      context({ offer: o }),
      at('2026-12-31T10:00:00Z'),
    )
    const r = plan.find((a) => a.kind === 'contract-reminder')!
    expect(r).toMatchObject({
      rule: 'offer.contract-reminder',
      status: 'due',
      recipient: { kind: 'self' },
    })
    expect(r.earliest).toBe(at('2026-12-31T09:00:00Z'))
    expect(kinds(plan)).not.toContain('offer-in-writing')
  })

  it('says when to resign only once the offer is written, unconditional, signed and accepted', () => {
    const profile = {
      name: 'Sam',
      currentJob: {
        employer: 'Acme',
        noticeLength: 1,
        noticeUnit: 'months' as const,
        serviceStart: null,
        untakenHolidayDays: 0,
        holidayHandling: 'paid-out' as const,
        gardenLeavePossible: false,
      },
    }
    const pending = offer({
      inWriting: true,
      contractSigned: true,
      decision: 'accepted',
      proposedStart: '2026-05-05',
      conditions: [{ kind: 'references', status: 'outstanding' }],
    })
    expect(
      kinds(planFollowUps(opp, context({ offer: pending, profile }), at('2026-03-21T10:00:00Z'))),
    ).not.toContain('resign')
    const ready = {
      ...pending,
      conditions: [{ kind: 'references' as const, status: 'cleared' as const }],
    }
    const resign = planFollowUps(
      opp,
      context({ offer: ready, profile }),
      at('2026-03-21T10:00:00Z'),
    ).find((a) => a.kind === 'resign')!
    expect(resign.rule).toBe('offer.resign')
    // Start Tuesday 5 May, so a month's notice must end by Monday 4 May. Given on Saturday
    // 4 April it would; the last business day on or before is Thursday 2 April (3 April is Good Friday).
    expect(resign.latest).toBe(at('2026-04-02T23:00:00Z') - 1)
  })

  it('sends the gratitude through the consultant when an agency is involved', () => {
    const viaAgency = {
      ...opp,
      agency: { name: 'Hays', consultant: 'Priya Patel', email: '', phone: '' },
    }
    const [thanks] = planFollowUps(
      viaAgency,
      context({ offer: offer() }),
      at('2026-03-20T15:00:00Z'),
    )
    expect(thanks!.recipient).toEqual({ kind: 'consultant', name: 'Priya Patel', agency: 'Hays' })
  })
})

describe('after a rejection', () => {
  const rejected = (over = {}) =>
    opportunity({
      stage: 'rejected',
      rejection: { on: '2026-03-20', via: 'email', feedbackGiven: false, feedback: '' },
      ...over,
    })

  it('thanks them anyway within a business day and asks for feedback', () => {
    const plan = planFollowUps(rejected(), context(), at('2026-03-20T12:00:00Z'))
    expect(kinds(plan)).toEqual(['thank-you-anyway', 'feedback-request', 'reapproach'])
    expect(plan[0]).toMatchObject({
      rule: 'rejection.thank-anyway',
      status: 'due',
      latest: at('2026-03-23T17:00:00Z'),
    })
    expect(plan[1]).toMatchObject({ rule: 'rejection.feedback', channel: 'email' })
  })

  it('does not ask for feedback that was already given', () => {
    const r = rejected({
      rejection: { on: '2026-03-20', via: 'call', feedbackGiven: true, feedback: 'More SQL' },
    })
    expect(kinds(planFollowUps(r, context(), at('2026-03-20T12:00:00Z')))).toEqual([
      'thank-you-anyway',
      'reapproach',
    ])
  })

  it('re-approaches three to six months later, for a senior role too', () => {
    const [, , re] = planFollowUps(rejected(), context(), at('2026-03-20T12:00:00Z'))
    // 20 June 2026 is a Saturday: Monday 22 June, 09:00 BST.
    expect(re).toMatchObject({
      rule: 'rejection.reapproach',
      status: 'upcoming',
      earliest: at('2026-06-22T08:00:00Z'),
    })
    expect(re!.draft?.body).toContain('We met in March 2026')
    const senior = planFollowUps(
      rejected({ senior: true }),
      context(),
      at('2026-03-20T12:00:00Z'),
    ).find((a) => a.kind === 'reapproach')!
    expect(senior.earliest).toBe(re!.earliest)
    // 20 September 2026 is a Sunday: the window ends on Friday 18 September.
    expect(senior.latest).toBe(at('2026-09-18T16:00:00Z'))
    const six = context({ settings: { ...context().settings, reapproachMonths: 6 } })
    expect(
      planFollowUps(rejected(), six, at('2026-03-20T12:00:00Z')).find(
        (a) => a.kind === 'reapproach',
      )!.earliest,
    ).toBe(at('2026-09-21T08:00:00Z'))
  })

  it('never dates anything before the interview, even from a rejection logged with an earlier date', () => {
    const early = rejected({
      rejection: { on: '2026-03-01', via: 'email', feedbackGiven: true, feedback: '' },
    })
    const [thanks] = planFollowUps(early, context(), at('2026-03-03T09:00:00Z'))
    expect(thanks).toMatchObject({
      kind: 'thank-you-anyway',
      status: 'upcoming',
      earliest: at('2026-03-03T11:00:00Z'), // after the hour-long interview
    })
  })

  it('keeps only the re-approach once the record is archived, and nothing for other closures', () => {
    expect(
      kinds(planFollowUps(rejected({ closed: 'archived' }), context(), at('2026-03-20T12:00:00Z'))),
    ).toEqual(['reapproach'])
    expect(
      planFollowUps(opportunity({ closed: 'withdrawn' }), context(), at('2026-03-03T12:00:00Z')),
    ).toEqual([])
  })

  it('keeps the re-approach of a rejection archived as its own action, and nothing for a closed one', () => {
    const archivedAt = at('2026-03-10T12:00:00Z')
    expect(
      kinds(planFollowUps(rejected({ archivedAt }), context(), at('2026-03-20T12:00:00Z'))),
    ).toEqual(['reapproach'])
    expect(
      planFollowUps(
        opportunity({ closed: 'declined', archivedAt }),
        context(),
        at('2026-03-20T12:00:00Z'),
      ),
    ).toEqual([])
  })
})

describe('referees', () => {
  const referees = [
    referee('ref1', 'Alex Moore'),
    referee('ref2', 'Kim Lee', { on: '2026-03-01', opportunityId: 'opp-1', role: 'Data Analyst' }),
  ]

  it('warns each referee after a final round, with the role and what to stress', () => {
    const opp = opportunity({ refereeIds: ['ref1', 'ref2'], rounds: [round({ isFinal: true })] })
    opp.reflection.wentWell = 'my SQL case study; the stakeholder question'
    const warn = planFollowUps(opp, context({ referees }), at('2026-03-03T12:00:00Z')).filter(
      (a) => a.kind === 'referee-warning',
    )
    expect(warn.map((a) => [a.recipient, a.status])).toEqual([
      [{ kind: 'referee', id: 'ref1', name: 'Alex Moore' }, 'due'],
      [{ kind: 'referee', id: 'ref2', name: 'Kim Lee' }, 'done'],
    ])
    expect(warn[0]!.rule).toBe('referee.warn')
    expect(warn[0]!.draft?.body).toContain('final round for the Data Analyst role at Northwind')
    expect(warn[0]!.draft?.body).toContain('mention my SQL case study and the stakeholder question')
  })

  it('warns them when an offer depends on references', () => {
    const opp = opportunity({ stage: 'offer', refereeIds: ['ref1'] })
    const o = offer({ conditions: [{ kind: 'references', status: 'outstanding' }] })
    const [w] = planFollowUps(
      opp,
      context({ referees, offer: o }),
      at('2026-03-20T12:00:00Z'),
    ).filter((a) => a.kind === 'referee-warning')
    expect(w!.draft?.body).toContain('subject to references')
    expect(w!.earliest).toBe(at('2026-03-20T09:00:00Z'))
  })

  it('does not warn anyone before a final round or a conditional offer', () => {
    const opp = opportunity({ refereeIds: ['ref1'] })
    expect(
      kinds(planFollowUps(opp, context({ referees }), at('2026-03-03T12:00:00Z'))),
    ).not.toContain('referee-warning')
  })
})

describe('an offer or a rejection keeps the story', () => {
  it('keeps what was done and skipped while waiting, and closes what was still open', () => {
    // Three interviewers; the offer came on Friday 6 March before two thank-yous were sent.
    const three = round({
      interviewers: [
        ...round().interviewers,
        { ...round().interviewers[0]!, id: 'i3', name: 'Élodie Marchetti-Nakamura' },
      ],
    })
    const waiting = opportunity({ rounds: [three] })
    const before = planAll(waiting, context(), at('2026-03-03T12:00:00Z'))
    const [jane, omar] = before.filter((a) => a.kind === 'thank-you')
    const decided = opportunity({
      rounds: [three],
      stage: 'offer',
      history: [{ from: 'interviewed', to: 'offer', at: at('2026-03-06T14:00:00Z') }],
      actions: {
        [jane!.id]: { status: 'done', at: at('2026-03-03T16:00:00Z') },
        [omar!.id]: { status: 'skipped', at: at('2026-03-04T09:00:00Z') },
      },
    })
    const plan = planAll(decided, context({ offer: offer() }), at('2026-03-06T15:00:00Z'))
    const earlier = plan.filter((a) => a.earlier)
    // What the offer asks now comes first; the story follows.
    expect(plan.slice(0, 2).map((a) => a.kind)).toEqual(['offer-thanks', 'offer-in-writing'])
    expect(earlier.filter((a) => a.kind === 'thank-you').map((a) => a.status)).toEqual([
      'done',
      'skipped',
      'closed',
    ])
    expect(earlier.find((a) => a.id === jane!.id)!.settledAt).toBe(at('2026-03-03T16:00:00Z'))
    const open = earlier.filter((a) => a.status !== 'done' && a.status !== 'skipped')
    expect(open.length).toBeGreaterThan(1)
    expect(open.every((a) => a.status === 'closed' && a.closedBy === 'offer')).toBe(true)
  })
})
