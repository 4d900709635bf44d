/**
 * An offer of employment and what the user wants from it. Each type is inferred from its schema;
 * every offer read from the vault goes through `offerEntrySchema`.
 */
import * as v from 'valibot'
import { attachmentRefSchema } from './attachment'
import { idSchema, isoDateSchema, moneySchema, payPeriodSchema, quantitySchema } from './fields'
import { termsSchema } from './opportunity'
import { noCompensation, percentSchema, type Compensation } from './compensation'

/** Every kind of condition, in the order the offer form asks about them. */
export const CONDITION_KINDS = [
  'references',
  'background-check',
  'criminal-record-check',
  'medical',
  'qualifications',
  'right-to-work',
] as const

/** Something the offer depends on before it is unconditional. */
export type ConditionKind = (typeof CONDITION_KINDS)[number]

/** Schema of `OfferCondition`. */
export const offerConditionSchema = v.strictObject({
  kind: v.picklist(CONDITION_KINDS),
  status: v.picklist(['outstanding', 'cleared']),
})
/** A condition of the offer and whether it has been cleared. */
export type OfferCondition = v.InferOutput<typeof offerConditionSchema>

/** Schema of `NegotiationNotes`. */
export const negotiationNotesSchema = v.strictObject({
  /** What the user will ask for, per `period`. */
  target: v.nullable(moneySchema),
  /** Below this the user declines. */
  walkAway: v.nullable(moneySchema),
  period: payPeriodSchema,
  justification: v.string(),
  talkingPoints: v.array(v.string()),
  lines: v.string(),
})
/** The user's negotiation notes for one offer. */
export type NegotiationNotes = v.InferOutput<typeof negotiationNotesSchema>

/** Schema of `CounterOffer`. */
export const counterOfferSchema = v.strictObject({
  /** The base pay the current employer offers to keep the user, a year. */
  pay: moneySchema,
  /** Their employer pension, as a percentage of that pay; null when unknown or none. */
  pensionPercent: v.nullable(percentSchema),
  /** Anything else they offered (a title, a date for a review), in the user's words. */
  note: v.string(),
  /** What the user chose: still weighing it, stay with the current employer, or leave. */
  choice: v.picklist(['weighing', 'stay', 'leave']),
})
/** A counter-offer from the current employer, made when the user resigned or said they would. */
export type CounterOffer = v.InferOutput<typeof counterOfferSchema>

/** Schema of `BenefitOverride`. */
export const benefitOverrideSchema = v.strictObject({
  /** The advert's benefit, as written there. */
  advert: v.string(),
  /** The offer's benefit, as written there. */
  offer: v.string(),
  /** True: the user says they are the same benefit; false: the user says they are not. */
  same: v.boolean(),
})
/**
 * The user's word on whether an advert's benefit and an offer's benefit are one and the same,
 * overriding the automatic matching both ways.
 */
export type BenefitOverride = v.InferOutput<typeof benefitOverrideSchema>

/** Schema of `Offer`. */
export const offerSchema = v.pipe(
  v.strictObject({
    id: idSchema,
    opportunityId: idSchema,
    receivedOn: isoDateSchema,
    terms: termsSchema,
    /**
     * Migration: versions before `terms.comp` kept the bonus here (a figure a year); it is read
     * into `terms.comp.guaranteedBonus` and no longer written.
     */
    bonus: v.optional(v.nullable(moneySchema)),
    bonusNote: v.string(),
    equity: v.string(),
    /**
     * Migration: versions before `terms.comp` kept the employer pension here (percent of
     * salary); it is read into `terms.comp.pension` and no longer written.
     */
    pensionMatchPercent: v.optional(v.nullable(quantitySchema)),
    proposedStart: v.nullable(isoDateSchema),
    contractReturnBy: v.nullable(isoDateSchema),
    /** The current employer's counter-offer; offers saved before it have none. */
    counterOffer: v.optional(v.nullable(counterOfferSchema), null),
    /** The date the employer wants an answer by; offers saved before it have none. */
    answerBy: v.optional(v.nullable(isoDateSchema), null),
    conditions: v.array(offerConditionSchema),
    inWriting: v.boolean(),
    contractSigned: v.boolean(),
    /** The offer letter; an offer saved before letters could be attached reads as having none. */
    letter: v.optional(v.nullable(attachmentRefSchema), null),
    negotiation: negotiationNotesSchema,
    /** The benefits the user paired or unpaired by hand; offers saved before it have none. */
    benefitOverrides: v.optional(v.array(benefitOverrideSchema), () => []),
    decision: v.picklist(['pending', 'accepted', 'declined']),
  }),
  v.transform(({ bonus, pensionMatchPercent, ...offer }) => {
    if (offer.terms.comp || (!bonus && pensionMatchPercent == null)) return offer
    const comp: Compensation = {
      ...noCompensation(),
      guaranteedBonus: bonus ?? null,
      pension:
        pensionMatchPercent == null
          ? null
          : { employerPercent: Math.min(100, pensionMatchPercent), youPayPercent: null },
    }
    return { ...offer, terms: { ...offer.terms, comp } }
  }),
)
/** An offer for one opportunity. Terms use the same shape as the advert so they can be compared. */
export type Offer = v.InferOutput<typeof offerSchema>

/**
 * Schema of `OfferEntry`, the record of table `offers`. Migration: an offer saved without a
 * `letter` field (from before letters could be attached) reads as having no letter.
 */
export const offerEntrySchema = v.strictObject({
  offer: offerSchema,
  company: v.string(),
  role: v.string(),
  /** The advert's terms as the user entered them with the offer; null when there was no advert. */
  advert: v.nullable(termsSchema),
})
/** An offer with the role it is for and the advert it is checked against. */
export type OfferEntry = v.InferOutput<typeof offerEntrySchema>
