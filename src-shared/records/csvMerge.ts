/**
 * An imported row against the applications already here: the same company and role (ignoring
 * case, accents and spaces around them) is the same application. Such a row is shown to the
 * user, who skips it or merges it; a merge fills only what the application leaves empty and never
 * overwrites what the user typed, nor its column or how it closed.
 */
import type { Opportunity } from '../domain/opportunity'
import type { Instant } from '../domain/time'

/** The key two applications share when they are the same one: "societe generale\u0000analyst". */
export function sameApplicationKey(company: string, role: string): string {
  return `${fold(company)}\u0000${fold(role)}`
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * `mine` with its empty fields filled from `theirs` (notes, the advert's text, pay and location,
 * the agency, who to follow up with, interview dates, the decision and offer dates), updated at
 * `now`; `mine` itself when there was nothing to fill.
 */
export function fillEmptyFields(mine: Opportunity, theirs: Opportunity, now: Instant): Opportunity {
  const merged: Opportunity = { ...mine }
  if (!mine.notes.trim() && theirs.notes) merged.notes = theirs.notes
  if (!mine.agency && theirs.agency) merged.agency = theirs.agency
  if (!mine.followUp && theirs.followUp) merged.followUp = theirs.followUp
  if (mine.rounds.length === 0 && theirs.rounds.length > 0) merged.rounds = theirs.rounds
  if (!mine.promisedDecisionDate && theirs.promisedDecisionDate)
    merged.promisedDecisionDate = theirs.promisedDecisionDate
  if (!mine.offerReceivedOn && theirs.offerReceivedOn)
    merged.offerReceivedOn = theirs.offerReceivedOn
  if (theirs.advert) {
    const advert = mine.advert ?? { text: '', terms: theirs.advert.terms }
    const terms = { ...advert.terms }
    if (!terms.pay) terms.pay = theirs.advert.terms.pay
    if (!terms.location.trim()) terms.location = theirs.advert.terms.location
    const text = advert.text.trim() ? advert.text : theirs.advert.text
    merged.advert = { ...advert, text, terms }
  }
  if (JSON.stringify(merged) === JSON.stringify(mine)) return mine
  return { ...merged, updatedAt: now }
}
