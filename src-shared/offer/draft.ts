/** Converting between a saved offer entry and the form that edits it. */
import type { ConditionKind, IsoDate, NegotiationNotes, Offer } from '../domain'
import { CONDITION_KINDS } from '../domain/offer'
import {
  amountText,
  draftFromTerms,
  emptyTerms,
  parseAmount,
  termsFromDraft,
  type OfferDraft,
  type OfferEntry,
} from './entry'

/** Notes with nothing written yet, per year. */
export function emptyNotes(): NegotiationNotes {
  return {
    target: null,
    walkAway: null,
    period: 'year',
    justification: '',
    talkingPoints: [],
    lines: '',
  }
}

/** A blank form for a new offer received `today`. */
export function newDraft(today: IsoDate): OfferDraft {
  return {
    company: '',
    role: '',
    receivedOn: today,
    hasAdvert: true,
    advert: emptyTerms(),
    offer: emptyTerms(),
    bonus: '',
    bonusNote: '',
    equity: '',
    pension: '',
    proposedStart: '',
    contractReturnBy: '',
    conditions: Object.fromEntries(
      CONDITION_KINDS.map((k) => [k, 'none']),
    ) as OfferDraft['conditions'],
    inWriting: false,
    contractSigned: false,
  }
}

/** The form showing a saved entry. */
export function draftFromEntry(entry: OfferEntry): OfferDraft {
  const { offer } = entry
  const conditions = newDraft(offer.receivedOn).conditions
  for (const c of offer.conditions) conditions[c.kind] = c.status
  return {
    company: entry.company,
    role: entry.role,
    receivedOn: offer.receivedOn,
    hasAdvert: entry.advert !== null,
    advert: draftFromTerms(entry.advert),
    offer: draftFromTerms(offer.terms),
    bonus: offer.bonus ? amountText(offer.bonus.amount, offer.bonus.currency) : '',
    bonusNote: offer.bonusNote,
    equity: offer.equity,
    pension: offer.pensionMatchPercent === null ? '' : String(offer.pensionMatchPercent),
    proposedStart: offer.proposedStart ?? '',
    contractReturnBy: offer.contractReturnBy ?? '',
    conditions,
    inWriting: offer.inWriting,
    contractSigned: offer.contractSigned,
  }
}

/**
 * The entry a valid draft describes. `base` carries what the form does not edit: the ids, the
 * negotiation notes, the letter and the decision.
 */
export function entryFromDraft(
  draft: OfferDraft,
  base: Pick<Offer, 'id' | 'opportunityId' | 'negotiation' | 'letter' | 'decision'>,
): OfferEntry {
  const terms = termsFromDraft(draft.offer)
  const currency = terms.pay?.currency ?? draft.offer.currency.trim().toUpperCase()
  const bonus = parseAmount(draft.bonus, currency)
  const conditions = (Object.entries(draft.conditions) as [ConditionKind, string][])
    .filter(([, status]) => status !== 'none')
    .map(([kind, status]) => ({ kind, status: status as 'outstanding' | 'cleared' }))
  return {
    company: draft.company.trim(),
    role: draft.role.trim(),
    advert: draft.hasAdvert ? termsFromDraft(draft.advert) : null,
    offer: {
      ...base,
      receivedOn: draft.receivedOn.trim(),
      terms,
      bonus: bonus === null ? null : { amount: bonus, currency },
      bonusNote: draft.bonusNote.trim(),
      equity: draft.equity.trim(),
      pensionMatchPercent: draft.pension.trim() ? Number(draft.pension) : null,
      proposedStart: draft.proposedStart.trim() || null,
      contractReturnBy: draft.contractReturnBy.trim() || null,
      conditions,
      inWriting: draft.inWriting,
      contractSigned: draft.contractSigned,
    },
  }
}
