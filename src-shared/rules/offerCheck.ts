/**
 * The offer check: the offer's terms against the advert's and the user's own target. Following
 * the advice the app encodes, an offer that matches its advert leaves little room (accept it or
 * decline politely); one that falls short is worth raising, with the figures; and no resignation
 * before the offer is in writing and unconditional.
 */
import { DEFAULT_LOCALE } from '../domain/locale'
import type { ConditionKind, Offer } from '../domain/offer'
import type { Advert, Terms } from '../domain/opportunity'
import { RuleInputError } from './errors'
import { businessCalendar } from './calendar'
import type {
  OfferBlocker,
  OfferCheck,
  OfferCheckOptions,
  OfferFinding,
  OfferJudgedAgainst,
  OfferTarget,
  OfferVerdict,
} from './offerTypes'
import { payAgainstAdvert, payAgainstTarget, type ProRata } from './offerPay'
import { compFindings } from './offerComp'
import { pairTermsBenefits } from './benefits'
import { totalPay, validateCompensation } from './totalPay'
import {
  benefitFindings,
  carFindings,
  holidayFindings,
  hoursFindings,
  placeFindings,
  statutoryHolidayFindings,
} from './offerTerms'
import { validateAmount, validateBasis, validateCurrency, validatePayRate } from './pay'

/** The result types of the offer check. */
export type * from './offerTypes'

const CONDITION_NAMES: Record<ConditionKind, string> = {
  references: 'references',
  'background-check': 'a background check',
  'criminal-record-check': 'a criminal-record check',
  medical: 'a medical',
  qualifications: 'a check of your qualifications',
  'right-to-work': 'proof of your right to work',
}

function validateTerms(terms: Terms, field: string): void {
  if (terms.pay) validatePayRate(terms.pay, `${field}.pay`)
  if (terms.hoursPerWeek != null) validateBasis({ hoursPerWeek: terms.hoursPerWeek }, field)
  if (terms.holidayDays != null && !(terms.holidayDays >= 0 && terms.holidayDays <= 366)) {
    throw new RuleInputError('out-of-range', `${field}.holidayDays`)
  }
  if (terms.car?.kind === 'allowance') {
    validateAmount(terms.car.amount, `${field}.car.amount`)
    validateCurrency(terms.car.currency, `${field}.car.currency`)
  }
  if (terms.comp) validateCompensation(terms.comp, `${field}.comp`)
}

const SALARIED = new Set(['week', 'month', 'year'])

/**
 * Whether a salary for other hours than the advert's must be scaled before it is placed in the
 * band: by hours a week when both sides give them, else by days a week when both give those.
 */
function proRataOf(advert: Terms, offer: Terms): ProRata | null {
  if (!offer.pay || !advert.pay) return null
  if (!SALARIED.has(offer.pay.period) || !SALARIED.has(advert.pay.period)) return null
  const [oh, ah] = [offer.hoursPerWeek, advert.hoursPerWeek]
  if (oh != null && ah != null)
    return oh === ah ? null : { offerHours: oh, advertHours: ah, unit: 'hours' }
  const [od, ad] = [offer.comp?.daysPerWeek, advert.comp?.daysPerWeek]
  if (od != null && ad != null && od !== ad)
    return { offerHours: od, advertHours: ad, unit: 'days' }
  return null
}

function validateTarget(target: OfferTarget): void {
  validateAmount(target.pay.amount, 'target.pay.amount')
  validateCurrency(target.pay.currency, 'target.pay.currency')
  if (target.walkAway) {
    validateAmount(target.walkAway.amount, 'target.walkAway.amount')
    if (target.walkAway.currency !== target.pay.currency) {
      throw new RuleInputError('currency-mismatch', 'target.walkAway.currency')
    }
    if (target.walkAway.amount > target.pay.amount) {
      throw new RuleInputError('band-inverted', 'target.walkAway')
    }
  }
}

/** What stands between the offer and a safe resignation. */
export function offerBlockers(offer: Pick<Offer, 'inWriting' | 'conditions'>): OfferBlocker[] {
  const out: OfferBlocker[] = []
  if (!offer.inWriting) {
    out.push({
      kind: 'not-in-writing',
      explanation: 'The offer is not in writing yet: ask for it before you hand in your notice.',
    })
  }
  for (const c of offer.conditions) {
    if (c.status === 'outstanding') {
      out.push({
        kind: 'condition-outstanding',
        condition: c.kind,
        explanation: `The offer still depends on ${CONDITION_NAMES[c.kind]}.`,
      })
    }
  }
  return out
}

function verdictOf(findings: OfferFinding[], hasAdvert: boolean): OfferVerdict {
  const relevant = findings.filter((f) => (hasAdvert ? f.against !== 'target' : true))
  if (relevant.some((f) => f.effect === 'worse')) return 'falls-short'
  if (relevant.some((f) => f.effect === 'better' && f.kind !== 'pay-meets-target')) return 'better'
  return 'matches'
}

/**
 * Checks an offer against its advert (or `null` when there was none) and the user's target pay
 * (or `null`). Pay is compared per the advert's (or target's) period after normalising with each
 * side's hours per week, `weeksPerYear` (default 52) and `daysPerWeek` (default 5). Money is in
 * minor units; different currencies are reported, never converted. UK regions also get the
 * statutory holiday check (5.6 weeks, capped at 28 days).
 *
 * Throws `RuleInputError` ('band-inverted', 'negative-pay', 'zero-hours', 'negative-hours',
 * 'not-minor-units', 'invalid-currency', 'currency-mismatch', 'out-of-range', 'unknown-region').
 */
export function checkOffer(
  advert: Advert | Terms | null,
  offer: Offer,
  target: OfferTarget | null,
  options: OfferCheckOptions = {},
): OfferCheck {
  const advertTerms: Terms | null = advert ? ('terms' in advert ? advert.terms : advert) : null
  const o = offer.terms
  validateTerms(o, 'offer.terms')
  if (advertTerms) validateTerms(advertTerms, 'advert.terms')
  if (target) validateTarget(target)
  const region = options.region ?? 'GB-ENG'
  businessCalendar(region) // throws 'unknown-region' early, whatever the terms
  const locale = options.locale ?? DEFAULT_LOCALE
  const weeksPerYear = options.weeksPerYear ?? 52
  const daysPerWeek = options.daysPerWeek ?? 5
  validateBasis({ hoursPerWeek: 1, weeksPerYear, daysPerWeek }, 'options')
  const assumptions: string[] = []
  const fallbackHours = options.defaultHoursPerWeek ?? 37.5
  const offerHours = o.hoursPerWeek ?? advertTerms?.hoursPerWeek ?? null
  const advertHours = advertTerms?.hoursPerWeek ?? o.hoursPerWeek ?? null
  const needsHours = (p: Terms['pay']) => p?.period === 'hour'
  if (
    (offerHours == null || advertHours == null) &&
    (needsHours(o.pay) || needsHours(advertTerms?.pay ?? null))
  ) {
    assumptions.push(
      `Neither the advert nor the offer gave the hours, so ${fallbackHours} hours a week is assumed.`,
    )
  }
  const basis = (h: number | null) => ({
    hoursPerWeek: h ?? fallbackHours,
    weeksPerYear,
    daysPerWeek,
  })

  const findings: OfferFinding[] = []
  const proRata = advertTerms ? proRataOf(advertTerms, o) : null
  if (o.pay && advertTerms?.pay)
    findings.push(...payAgainstAdvert(o.pay, basis(offerHours), advertTerms.pay, locale, proRata))
  if (o.pay && target) findings.push(...payAgainstTarget(o.pay, basis(offerHours), target, locale))
  if (advertTerms) {
    findings.push(...benefitFindings(pairTermsBenefits(advertTerms, o, offer.benefitOverrides)))
    findings.push(...compFindings(advertTerms, o, locale))
    findings.push(...carFindings(advertTerms.car, o.car, locale))
    const hours = hoursFindings(
      advertTerms.hoursPerWeek,
      o.hoursPerWeek,
      o.pay,
      advertTerms.pay,
      { weeksPerYear, daysPerWeek },
      locale,
    )
    // Pay compared pro rata already weighs the hours; counting them again would judge twice.
    findings.push(...hours.map((f) => (proRata ? { ...f, effect: 'neutral' as const } : f)))
    findings.push(...holidayFindings(advertTerms.holidayDays, o.holidayDays))
    findings.push(...placeFindings(advertTerms, o))
  }
  const year = Number(offer.receivedOn?.slice(0, 4)) || 2026
  findings.push(
    ...statutoryHolidayFindings(
      o.holidayDays,
      region,
      year,
      daysPerWeek,
      options.holidayIncludesPublicHolidays ?? false,
    ),
  )

  const verdict = verdictOf(findings, advertTerms != null)
  const judgedAgainst = advertTerms ? 'advert' : target ? 'target' : 'nothing'
  const totals = {
    offer: totalPay(o, { defaultHoursPerWeek: fallbackHours, weeksPerYear }),
    advert: advertTerms
      ? totalPay(advertTerms, { defaultHoursPerWeek: fallbackHours, weeksPerYear })
      : null,
  }
  return {
    findings,
    verdict,
    advice:
      verdict === 'falls-short'
        ? 'raise-it'
        : verdict === 'better'
          ? 'accept'
          : 'accept-or-decline',
    reasons: reasonsFor(verdict, judgedAgainst, findings),
    blockers: offerBlockers(offer),
    assumptions,
    judgedAgainst,
    totals,
  }
}

const OPENING: Record<OfferJudgedAgainst, Record<OfferVerdict, string>> = {
  advert: {
    matches:
      'The offer matches what the advert said, so there is little room to negotiate: accept it as it stands or turn it down politely.',
    'falls-short':
      'The offer falls short of what was advertised: thank them, say so, and raise the points below with the figures.',
    better: 'The offer is better than the advert on at least one term and worse on none.',
  },
  target: {
    matches: 'The offer meets the target you set yourself.',
    'falls-short':
      'The offer falls short of the target you set yourself: thank them, and make the case for your figure with your reasons.',
    better: 'The offer reaches the target you set yourself.',
  },
  nothing: {
    matches:
      'With no advert and no target of your own, there is nothing to hold the offer against: add your target to your notes to judge it.',
    'falls-short': 'The offer falls short on the points below.',
    better: 'The offer is good on the points below.',
  },
}

/** The opening sentence for the verdict, then the findings behind it. */
function reasonsFor(
  verdict: OfferVerdict,
  against: OfferJudgedAgainst,
  findings: OfferFinding[],
): string[] {
  const reasons = [OPENING[against][verdict]]
  const counts = (f: OfferFinding) => (against === 'advert' ? f.against !== 'target' : true)
  if (verdict === 'matches') {
    const within = findings.find((f) => f.kind === 'pay-within-band')
    const short = findings.find((f) => f.kind === 'pay-below-target')
    if (within && short) {
      reasons.push(
        'The band goes higher than the offer and your target is above it: you can make the case for your figure, with your reasons.',
      )
    }
  } else if (verdict === 'falls-short') {
    for (const f of findings) if (f.effect === 'worse' && counts(f)) reasons.push(f.explanation)
  } else {
    for (const f of findings)
      if (
        f.effect === 'better' &&
        counts(f) &&
        (against !== 'advert' || f.kind !== 'pay-meets-target')
      )
        reasons.push(f.explanation)
  }
  return reasons
}

/** The target of the user's negotiation notes, or null when no target is set. */
export function targetFromNotes(notes: Offer['negotiation']): OfferTarget | null {
  if (!notes.target) return null
  return { pay: notes.target, period: notes.period, walkAway: notes.walkAway }
}
