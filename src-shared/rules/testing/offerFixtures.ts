/** Terms, offers and an advert for the offer-check tests. */
import type { Offer } from '../../domain/offer'
import type { Terms } from '../../domain/opportunity'
import type { checkOffer } from '../offerCheck'
import { payRate } from '../../domain/money'

/** Advert-like terms: £40,000-£50,000 a year, 37.5 hours, 25 days, Leeds, hybrid. */
export const terms = (over: Partial<Terms> = {}): Terms => ({
  pay: payRate(4_000_000, 5_000_000, 'GBP', 'year'),
  hoursPerWeek: 37.5,
  holidayDays: 25,
  benefits: ['Pension', 'Private health'],
  car: { kind: 'none' },
  location: 'Leeds',
  arrangement: 'hybrid',
  ...over,
})

/** An offer of £45,000 a year in writing, on the same terms unless overridden. */
export const offer = (over: Partial<Terms> = {}, extra: Partial<Offer> = {}): Offer => ({
  id: 'o1',
  opportunityId: 'opp1',
  receivedOn: '2026-03-10',
  terms: terms({
    pay: payRate(4_500_000, 4_500_000, 'GBP', 'year'),
    ...over,
  }),
  bonusNote: '',
  equity: '',
  answerBy: null,
  counterOffer: null,
  benefitOverrides: [],
  proposedStart: null,
  contractReturnBy: null,
  conditions: [],
  inWriting: true,
  contractSigned: false,
  letter: null,
  negotiation: {
    target: null,
    walkAway: null,
    period: 'year',
    justification: '',
    talkingPoints: [],
    lines: '',
  },
  decision: 'pending',
  ...extra,
})

/** The kinds of the findings, in order. */
export const kinds = (r: ReturnType<typeof checkOffer>) => r.findings.map((f) => f.kind)
/** The advert with `terms()`. */
export const advert = { text: '', terms: terms() }
