import { describe, expect, it } from 'vitest'
import { planFollowUps } from './planFollowUps'
import { at, context, offer, opportunity } from './testing/fixtures'

describe('the date they want an answer by', () => {
  const opp = opportunity({
    stage: 'offer',
    company: 'Société Générale de Logistique',
    history: [{ from: 'interviewed', to: 'offer', at: at('2026-12-01T14:00:00Z') }],
  })
  // Received Tuesday 1 December 2026, answer wanted by Friday 11 December.
  const pending = offer({
    receivedOn: '2026-12-01',
    inWriting: true,
    proposedStart: '2027-01-11',
    contractReturnBy: null,
    contractSigned: true,
    answerBy: '2026-12-11',
  })

  it('asks for more time by the Tuesday and reminds from the Wednesday, two working days before', () => {
    const plan = planFollowUps(opp, context({ offer: pending }), at('2026-12-02T10:00:00Z'))
    const ask = plan.find((a) => a.kind === 'more-time')!
    const remind = plan.find((a) => a.kind === 'decision-deadline')!
    expect(ask).toMatchObject({ rule: 'offer.more-time', channel: 'email', status: 'due' })
    // Three working days before Friday 11 December is Tuesday 8 December, end of day.
    expect(ask.latest).toBe(at('2026-12-09T00:00:00Z') - 1)
    expect(ask.draft?.body).toContain('You asked for my answer by Friday 11 December 2026.')
    expect(ask.draft?.body).toContain('reply by Wednesday 16 December 2026 instead?')
    expect(remind).toMatchObject({ recipient: { kind: 'self' }, channel: 'reminder' })
    expect(remind.earliest).toBe(at('2026-12-09T09:00:00Z'))
    expect(remind.latest).toBe(at('2026-12-12T00:00:00Z') - 1)
  })

  it('plans nothing for the deadline once the user has decided', () => {
    const accepted = { ...pending, decision: 'accepted' as const }
    const kinds = planFollowUps(opp, context({ offer: accepted }), at('2026-12-02T10:00:00Z')).map(
      (a) => a.kind,
    )
    expect(kinds).not.toContain('more-time')
    expect(kinds).not.toContain('decision-deadline')
  })
})
