/**
 * The record tables the app keeps its data in (src-renderer/session/tableNames.ts), and the few
 * records a benchmark vault holds besides its opportunities.
 */
import type { Opportunity } from '@shared/domain/opportunity'
import type { Profile, Referee } from '@shared/domain/people'
import { draftFromTerms, type OfferEntry } from '@shared/offers/entry'
import { amountInputText, minorUnits, payRate } from '@shared/domain/money'
import { DEFAULT_LOCALE } from '@shared/domain/locale'
import { emptyNotes, entryFromDraft, newDraft } from '@shared/offers/draft'

export { SINGLE_ROW, TABLES } from '../../../src-renderer/session/tableNames'

/** The user of every benchmark vault. */
export const BENCH_PROFILE: Profile = {
  name: 'Sam Taylor',
  email: 'sam.taylor@example.com',
  phone: '+44 7700 900123',
  currentJob: {
    employer: 'Old Firm Ltd',
    noticeLength: 1,
    noticeUnit: 'months',
    serviceStart: '2021-04-01',
    untakenHolidayDays: 5,
    holidayHandling: 'take-during-notice',
    gardenLeavePossible: false,
  },
}

/** Five referees. */
export const BENCH_REFEREES: Referee[] = [
  'Alex Moore',
  'Bea Clarke',
  'Cal Reid',
  'Dee Patel',
  'Eli Stone',
].map((name, i) => ({
  id: `referee-${i + 1}`,
  name,
  relation: 'Former line manager',
  email: `${name.split(' ')[0]!.toLowerCase()}@referee.example`,
  phone: '',
  lastWarned: null,
}))

/** The opportunity moved to the Offer column (if it was elsewhere) and back on the board. */
export function withOffer(o: Opportunity): Opportunity {
  if (o.stage === 'offer' && o.closed === null) return o
  const at = o.updatedAt
  return {
    ...o,
    stage: 'offer',
    closed: null,
    rejection: null,
    history: [...o.history, { from: o.stage, to: 'offer', at }],
  }
}

/**
 * The offer the bench exports negotiation notes for, built with the offer form's own code: the
 * advert's terms from the opportunity, and an offer £2,000 below the bottom of its band.
 */
export function benchOffer(o: Opportunity, receivedOn: string): OfferEntry {
  const draft = newDraft(receivedOn)
  draft.company = o.company
  draft.role = o.role
  draft.advert = draftFromTerms(o.advert?.terms ?? null, DEFAULT_LOCALE)
  const pay = o.advert?.terms.pay ?? payRate(40_000_00, 40_000_00, 'GBP', 'year')
  const offered = amountInputText(minorUnits(pay.min - 2000_00), pay.currency, DEFAULT_LOCALE)
  draft.offer = { ...draft.advert, payMin: offered, payMax: offered }
  draft.inWriting = true
  return entryFromDraft(
    draft,
    {
      id: `offer-${o.id}`,
      opportunityId: o.id,
      negotiation: emptyNotes(),
      letter: null,
      decision: 'pending',
    },
    DEFAULT_LOCALE,
  )
}
