/** Which offer speaks for an opportunity when it has had more than one (a revised offer, say). */
import type { Offer } from '../domain'
import type { OfferEntry } from './entry'

/**
 * The offer of each opportunity, by opportunity id: the one received last. On the same day the
 * later entry wins, since entries are kept in the order they were first saved.
 */
export function latestOffers(entries: readonly OfferEntry[]): Map<string, Offer> {
  const out = new Map<string, Offer>()
  for (const { offer } of entries) {
    const current = out.get(offer.opportunityId)
    if (!current || offer.receivedOn >= current.receivedOn) out.set(offer.opportunityId, offer)
  }
  return out
}
