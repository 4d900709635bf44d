import { describe, expect, it } from 'vitest'
import { agencyChaseDraft, agencyDebriefDraft, chaserDraft, closingDraft } from './followUp'
import { feedbackRequestDraft, reapproachDraft, thankYouAnywayDraft } from './rejection'
import { offerThanksDraft, startDateDraft, writtenOfferDraft } from './offer'
import { refereeWarningDraft } from './referee'

const base = { sender: 'Sam Taylor', company: 'Northwind', role: 'Data Analyst' }

describe('follow-up drafts', () => {
  it('chases politely, citing the promised date', () => {
    const d = chaserDraft({
      ...base,
      readOn: '2026-03-20',
      recipientName: 'Jane Smith',
      interviewDate: '2026-03-06',
      promisedDate: '2026-03-13',
      ordinal: 1,
    })
    expect(d.body).toContain('on Friday 6 March;')
    expect(d.body).toContain('decide by Friday 13 March,')
    expect(d.body.endsWith('Sam Taylor')).toBe(true)
  })

  it('gives the year of a date in another year than the day the draft is written', () => {
    const d = chaserDraft({
      ...base,
      readOn: '2027-01-12',
      recipientName: 'Jane Smith',
      interviewDate: '2026-12-15',
      promisedDate: '2027-01-04',
      ordinal: 1,
    })
    expect(d.body).toContain('on Tuesday 15 December 2026;')
    expect(d.body).toContain('decide by Monday 4 January,')
  })

  it('words a second chaser differently and asks for any update without a date', () => {
    const first = chaserDraft({
      ...base,
      recipientName: 'Jane',
      interviewDate: null,
      promisedDate: null,
      ordinal: 1,
    })
    const second = chaserDraft({
      ...base,
      recipientName: 'Jane',
      interviewDate: null,
      promisedDate: null,
      ordinal: 2,
    })
    expect(second.subject).not.toBe(first.subject)
    expect(second.body).toContain('writing once more')
    expect(first.body).toContain('update on the next steps')
  })

  it('asks the consultant to chase, and debriefs them', () => {
    expect(
      agencyChaseDraft({
        ...base,
        consultant: 'Priya Patel',
        interviewDate: null,
        promisedDate: '2026-03-13',
      }).body,
    ).toMatch(/^Hi Priya,[\s\S]*Could you check in with them/)
    const debrief = agencyDebriefDraft({ ...base, consultant: 'Priya', wentWell: 'the case study' })
    expect(debrief.body).toContain('particularly the case study')
    expect(agencyDebriefDraft({ ...base, consultant: 'Priya', wentWell: '' }).flags).toEqual([
      'needs-personal-detail',
    ])
  })

  it('closes courteously after unanswered chasers, leaving the door open', () => {
    const d = closingDraft({ ...base, recipientName: 'Jane' })
    expect(d.body).toContain('future opportunities')
    expect(d.body).not.toMatch(/disappointed|unacceptable/)
  })
})

describe('rejection drafts', () => {
  it('thanks them anyway, asks for feedback and re-approaches later', () => {
    expect(thankYouAnywayDraft({ ...base, recipientName: 'Jane' }).body).toContain(
      'Thank you for letting me know your decision',
    )
    expect(feedbackRequestDraft({ ...base, recipientName: 'Jane' }).body).toContain(
      'one or two things',
    )
    expect(
      reapproachDraft({ ...base, recipientName: 'Jane', interviewDate: '2026-03-06' }).body,
    ).toContain('We met in March 2026')
  })
})

describe('offer drafts', () => {
  it('thanks for the offer at once', () => {
    expect(offerThanksDraft({ ...base, recipientName: 'Jane' }).body).toContain(
      'Thank you so much for offering me the Data Analyst role',
    )
  })

  it('asks for the offer in writing and for the missing dates', () => {
    const d = writtenOfferDraft({
      ...base,
      recipientName: 'Jane',
      askInWriting: true,
      askReturnDate: true,
      askStartDate: false,
    })
    expect(d.body).toContain('in writing, together with the contract')
    expect(d.body).toContain('when you need the signed contract back?')
    const datesOnly = writtenOfferDraft({
      ...base,
      recipientName: 'Jane',
      askInWriting: false,
      askReturnDate: true,
      askStartDate: true,
    })
    expect(datesOnly.body).not.toContain('in writing')
    expect(datesOnly.body).toContain('signed contract back and the start date you have in mind')
  })

  it('counters a start date with the notice period as the reason', () => {
    const d = startDateDraft({
      ...base,
      recipientName: 'Jane',
      employerDate: '2026-04-06',
      counterDate: '2026-05-05',
      reason: 'notice',
      noticeEnds: '2026-05-01',
    })
    expect(d.body).toContain('suggesting Monday 6 April 2026')
    expect(d.body).toContain('runs until Friday 1 May 2026')
    expect(d.body).toContain('Would Tuesday 5 May 2026 work')
  })

  it('warns a referee with the role and what to stress', () => {
    const d = refereeWarningDraft({
      ...base,
      refereeName: 'Alex Moore',
      stress: ['my SQL work', 'how I led the audit'],
      stage: 'final-round',
    })
    expect(d.body).toContain('final round for the Data Analyst role at Northwind')
    expect(d.body).toContain('mention my SQL work and how I led the audit')
    expect(
      refereeWarningDraft({ ...base, refereeName: 'Alex', stress: [], stage: 'offer' }).flags,
    ).toEqual(['needs-personal-detail'])
  })
})
