import { describe, expect, it } from 'vitest'
import { emptyNotes, entryFromDraft, newDraft } from './draft'
import type { OfferEntry } from './entry'
import { latestOffers } from './latest'
import { DEFAULT_LOCALE } from '../domain/locale'

function received(id: string, opportunityId: string, on: string): OfferEntry {
  const d = newDraft(on)
  d.company = 'Northwind Logistics'
  d.role = 'Analyst'
  return entryFromDraft(
    d,
    {
      id,
      opportunityId,
      negotiation: emptyNotes(),
      letter: null,
      decision: 'pending',
    },
    DEFAULT_LOCALE,
  )
}

describe('the offer of each opportunity', () => {
  it('is the one received last, whatever order they were saved in', () => {
    const revised = received('o2', 'p1', '2026-12-10')
    const first = received('o1', 'p1', '2026-12-01')
    const other = received('o3', 'p2', '2026-11-20')
    const offers = latestOffers([revised, first, other])
    expect(offers.get('p1')?.id).toBe('o2')
    expect(offers.get('p2')?.id).toBe('o3')
    expect(offers.size).toBe(2)
  })

  it('is the later entry when two arrived on the same day', () => {
    const offers = latestOffers([
      received('o1', 'p1', '2026-12-01'),
      received('o2', 'p1', '2026-12-01'),
    ])
    expect(offers.get('p1')?.id).toBe('o2')
  })
})
