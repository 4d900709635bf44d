import { describe, expect, it } from 'vitest'
import { negotiationDraft } from './negotiation'
import type { OfferCheck } from '../offerTypes'
import { money } from '../../domain/money'

const base = {
  sender: 'Sam Taylor',
  company: 'Northwind',
  role: 'Data Analyst',
  recipientName: 'Jane',
}
const gbp = (amount: number) => money(amount, 'GBP')

const check: OfferCheck = {
  verdict: 'falls-short',
  advice: 'raise-it',
  reasons: [],
  blockers: [],
  assumptions: [],
  judgedAgainst: 'advert',
  totals: { offer: null, advert: null },
  findings: [
    {
      kind: 'pay-below-band',
      term: 'pay',
      effect: 'worse',
      against: 'advert',
      figures: {
        period: 'year',
        offer: gbp(3_800_000),
        advertMin: gbp(4_000_000),
        advertMax: gbp(5_000_000),
        difference: gbp(200_000),
        percent: 5,
      },
      explanation:
        'The pay, £38,000 a year, is £2,000 (5%) below the lowest figure advertised, £40,000.',
    },
    {
      kind: 'benefit-missing',
      term: 'benefits',
      effect: 'worse',
      against: 'advert',
      figures: { benefit: 'Private health' },
      explanation: 'The advert mentioned Private health, but the offer does not.',
    },
    {
      kind: 'pay-below-target',
      term: 'pay',
      effect: 'worse',
      against: 'target',
      figures: {
        period: 'year',
        offer: gbp(3_800_000),
        target: gbp(4_500_000),
        difference: gbp(700_000),
        percent: 15.6,
      },
      explanation: 'The pay is £7,000 a year (15.6%) short of your target of £45,000.',
    },
  ],
}

describe('negotiation drafts', () => {
  it('lists talking points with the figures, the target and the walk-away', () => {
    const r = negotiationDraft({
      ...base,
      check,
      target: { pay: gbp(4_500_000), period: 'year', walkAway: gbp(4_200_000) },
      notes: {
        justification: 'I bring five years of retail analytics.',
        talkingPoints: ['Mention the Acme project'],
      },
    })
    expect(r.points).toEqual([
      'The pay, £38,000 a year, is £2,000 (5%) below the lowest figure advertised, £40,000.',
      'The advert mentioned Private health, but the offer does not.',
      'The pay is £7,000 a year (15.6%) short of your target of £45,000.',
      'Ask for £45,000 a year.',
      'Below £42,000 a year, decline politely.',
      'Why you are worth it: I bring five years of retail analytics.',
      'Mention the Acme project',
    ])
  })

  it('writes a warm email that raises each gap and asks for the figure', () => {
    const { draft } = negotiationDraft({
      ...base,
      check,
      target: { pay: gbp(4_500_000), period: 'year' },
    })
    expect(draft.body).toMatch(/^Dear Jane,\n\nThank you very much for the offer/)
    expect(draft.body).toContain(
      '- The advert gave the pay as £40,000 to £50,000 a year, and the offer of £38,000 is below that range.',
    )
    expect(draft.body).toContain(
      '- The advert mentioned Private health, which I could not find in the offer.',
    )
    expect(draft.body).toContain('I was hoping for £45,000 a year.')
    expect(draft.body).toContain('there are a few points')
  })
})
