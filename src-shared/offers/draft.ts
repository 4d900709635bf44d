/** Converting between a saved offer entry and the form that edits it. */
import type { ConditionKind, IsoDate, LocaleTag, NegotiationNotes, Offer } from '../domain'
import { CONDITION_KINDS } from '../domain/offer'
import { DEFAULT_LOCALE } from '../domain/locale'
import {
  draftFromTerms,
  emptyTerms,
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

/** A blank form for a new offer received `today`, currencies named in `locale`. */
export function newDraft(today: IsoDate, locale: LocaleTag = DEFAULT_LOCALE): OfferDraft {
  return {
    company: '',
    role: '',
    receivedOn: today,
    hasAdvert: true,
    advert: emptyTerms('GBP', locale),
    offer: emptyTerms('GBP', locale),
    bonusNote: '',
    equity: '',
    proposedStart: '',
    contractReturnBy: '',
    answerBy: '',
    conditions: Object.fromEntries(
      CONDITION_KINDS.map((k) => [k, 'none']),
    ) as OfferDraft['conditions'],
    inWriting: false,
    contractSigned: false,
  }
}

/** The form showing a saved entry, amounts written in `locale`. */
export function draftFromEntry(entry: OfferEntry, locale: LocaleTag): OfferDraft {
  const { offer } = entry
  const conditions = newDraft(offer.receivedOn).conditions
  for (const c of offer.conditions) conditions[c.kind] = c.status
  return {
    company: entry.company,
    role: entry.role,
    receivedOn: offer.receivedOn,
    hasAdvert: entry.advert !== null,
    advert: draftFromTerms(entry.advert, locale),
    offer: draftFromTerms(offer.terms, locale),
    bonusNote: offer.bonusNote,
    equity: offer.equity,
    proposedStart: offer.proposedStart ?? '',
    contractReturnBy: offer.contractReturnBy ?? '',
    answerBy: offer.answerBy ?? '',
    conditions,
    inWriting: offer.inWriting,
    contractSigned: offer.contractSigned,
  }
}

/**
 * The entry a valid draft describes, amounts read in `locale`. `base` carries what the form does
 * not edit: the ids, the negotiation notes, the letter, the decision, any counter-offer and
 * the benefits the user paired or unpaired.
 */
export function entryFromDraft(
  draft: OfferDraft,
  base: Pick<Offer, 'id' | 'opportunityId' | 'negotiation' | 'letter' | 'decision'> &
    Partial<Pick<Offer, 'counterOffer' | 'benefitOverrides'>>,
  locale: LocaleTag,
): OfferEntry {
  const terms = termsFromDraft(draft.offer, locale)
  const conditions = (Object.entries(draft.conditions) as [ConditionKind, string][])
    .filter(([, status]) => status !== 'none')
    .map(([kind, status]) => ({ kind, status: status as 'outstanding' | 'cleared' }))
  return {
    company: draft.company.trim(),
    role: draft.role.trim(),
    advert: draft.hasAdvert ? termsFromDraft(draft.advert, locale) : null,
    offer: {
      counterOffer: null,
      benefitOverrides: [],
      ...base,
      receivedOn: draft.receivedOn.trim(),
      terms,
      bonusNote: draft.bonusNote.trim(),
      equity: draft.equity.trim(),
      proposedStart: draft.proposedStart.trim() || null,
      contractReturnBy: draft.contractReturnBy.trim() || null,
      answerBy: draft.answerBy.trim() || null,
      conditions,
      inWriting: draft.inWriting,
      contractSigned: draft.contractSigned,
    },
  }
}
