/** The shapes `checkOffer` returns: findings with figures, a verdict with reasons, blockers. */
import type { ConditionKind } from '../domain/offer'
import type { LocaleTag } from '../domain/locale'
import type { CurrencyCode, Money, PayPeriod } from '../domain/money'
import type { RegionCode } from '../domain/settings'
import type { PayTotals } from './totalPay'

/** What a finding says about one term of the offer. */
export type OfferFindingKind =
  | 'pay-below-band'
  | 'pay-within-band'
  | 'pay-at-top'
  | 'pay-above-band'
  | 'pay-matches-figure'
  | 'pay-below-target'
  | 'pay-meets-target'
  | 'pay-below-walk-away'
  | 'currency-differs'
  | 'benefit-missing'
  | 'benefit-extra'
  | 'car-missing'
  | 'car-extra'
  | 'car-changed'
  | 'allowance-missing'
  | 'allowance-lower'
  | 'allowance-higher'
  | 'more-hours'
  | 'fewer-hours'
  | 'less-holiday'
  | 'more-holiday'
  | 'holiday-below-statutory'
  | 'location-differs'
  | 'arrangement-differs'
  | 'comp-missing'
  | 'comp-lower'
  | 'comp-higher'
  | 'comp-added'

/** The term a finding is about. */
export type OfferTerm =
  'pay' | 'benefits' | 'car' | 'hours' | 'holiday' | 'location' | 'arrangement' | 'compensation'

/**
 * Figures behind a finding. Money is in minor units with its currency, per `period`;
 * percentages are of the advertised (or target) figure, one decimal place.
 */
export interface OfferFigures {
  period?: PayPeriod
  offer?: Money
  advertMin?: Money
  advertMax?: Money
  target?: Money
  walkAway?: Money
  /** How far apart the offer and the figure it is compared with are (always positive). */
  difference?: Money
  percent?: number
  /** Where the offer sits in the band: 0 at the minimum, 100 at the maximum. */
  positionPercent?: number
  offerCurrency?: CurrencyCode
  otherCurrency?: CurrencyCode
  benefit?: string
  offerHours?: number
  advertHours?: number
  /** The offer's pay per hour at the offered hours. */
  effectiveHourly?: Money
  /** The advertised pay per hour at the advertised hours (the band's minimum). */
  advertHourly?: Money
  offerDays?: number
  advertDays?: number
  /** Statutory minimum paid holiday in days for the days worked (UK: 5.6 weeks, capped at 28). */
  statutoryDays?: number
  offerValue?: string
  advertValue?: string
  /**
   * Set when part-time (or longer) hours were compared pro rata: the offer's own pay per `period`
   * and the hours (or days) each side works, the offer's pay in `offer` being scaled to the
   * advert's.
   */
  proRata?: { pay: Money; offerHours: number; advertHours: number; unit: 'hours' | 'days' }
}

/** One finding of the offer check. */
export interface OfferFinding {
  kind: OfferFindingKind
  term: OfferTerm
  /** Against the advert (or the target): worse, better, or neither. */
  effect: 'worse' | 'better' | 'neutral'
  /** Compared with the advert, the user's target, or the law. */
  against: 'advert' | 'target' | 'statutory'
  figures: OfferFigures
  /** One plain sentence for the user. */
  explanation: string
}

/** Something that must be settled before resigning from the current job. */
export interface OfferBlocker {
  kind: 'not-in-writing' | 'condition-outstanding'
  condition?: ConditionKind
  explanation: string
}

/** What the verdict was judged against: the advert, the user's own target, or neither. */
export type OfferJudgedAgainst = 'advert' | 'target' | 'nothing'

/** What the check recommends. */
export type OfferVerdict = 'matches' | 'falls-short' | 'better'

/** The result of `checkOffer`. */
export interface OfferCheck {
  findings: OfferFinding[]
  verdict: OfferVerdict
  /** `accept-or-decline`: little room; `raise-it`: negotiate with the figures; `accept`. */
  advice: 'accept-or-decline' | 'raise-it' | 'accept'
  reasons: string[]
  blockers: OfferBlocker[]
  /** Assumptions the figures rest on, e.g. hours per week when neither side gave them. */
  assumptions: string[]
  /** What the verdict speaks of: the advert when there is one, else the user's target. */
  judgedAgainst: OfferJudgedAgainst
  /** The offer's and the advert's total pay (null when a side states no base pay). */
  totals: { offer: PayTotals | null; advert: PayTotals | null }
}

/** What the user wants, per `period`: their target and the figure below which they decline. */
export interface OfferTarget {
  pay: Money
  period: PayPeriod
  walkAway?: Money | null
}

/** Optional knobs of the offer check. */
export interface OfferCheckOptions {
  /** Region for statutory holiday (UK regions only) and its public holidays. Default `GB-ENG`. */
  region?: RegionCode
  /** Days worked per week. Default 5. */
  daysPerWeek?: number
  /** Paid weeks per year. Default 52. */
  weeksPerYear?: number
  /** Hours assumed when neither the advert nor the offer gives them. Default 37.5. */
  defaultHoursPerWeek?: number
  /** True when the offered holiday days already include public holidays. Default false. */
  holidayIncludesPublicHolidays?: boolean
  /** Locale for the figures in explanations. Default `en-GB`, the app's DEFAULT_LOCALE. */
  locale?: LocaleTag
}
