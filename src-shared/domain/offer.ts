/** An offer of employment and what the user wants from it. */
import type { Money, PayPeriod, MinorUnits, CurrencyCode } from './money'
import type { Terms } from './opportunity'
import type { IsoDate } from './time'

/** Something the offer depends on before it is unconditional. */
export type ConditionKind =
  | 'references'
  | 'background-check'
  | 'criminal-record-check'
  | 'medical'
  | 'qualifications'
  | 'right-to-work'

/** A condition of the offer and whether it has been cleared. */
export interface OfferCondition {
  kind: ConditionKind
  status: 'outstanding' | 'cleared'
}

/** A reference to an encrypted attachment kept by the vault. */
export interface AttachmentRef {
  fileId: string
  /** The per-file key, base64; it lives only inside the encrypted owning record. */
  keyB64: string
  name: string
  size: number
  mediaType: string
}

/** The user's negotiation notes for one offer. */
export interface NegotiationNotes {
  /** What the user will ask for, per `period`. */
  target: Money | null
  /** Below this the user declines. */
  walkAway: Money | null
  period: PayPeriod
  justification: string
  talkingPoints: string[]
  lines: string
}

/** An offer for one opportunity. Terms use the same shape as the advert so they can be compared. */
export interface Offer {
  id: string
  opportunityId: string
  receivedOn: IsoDate
  terms: Terms
  /** Annual bonus as money, when it is a figure; free text otherwise. */
  bonus: { amount: MinorUnits; currency: CurrencyCode } | null
  bonusNote: string
  equity: string
  /** Employer pension or 401(k) match, as a percentage of salary; null when none or unknown. */
  pensionMatchPercent: number | null
  proposedStart: IsoDate | null
  contractReturnBy: IsoDate | null
  conditions: OfferCondition[]
  inWriting: boolean
  contractSigned: boolean
  letter: AttachmentRef | null
  negotiation: NegotiationNotes
  decision: 'pending' | 'accepted' | 'declined'
}
