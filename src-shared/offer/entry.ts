/**
 * The offer entry form as plain data: every field as the user typed it (strings), the checks that
 * turn typing mistakes into sentences (a negative salary, a band whose minimum is above its
 * maximum, 30 February), and the conversion to the domain's Offer and Terms.
 */
import type {
  CarBenefit,
  ConditionKind,
  CurrencyCode,
  MinorUnits,
  PayPeriod,
  Terms,
  WorkArrangement,
} from '../domain'
import { isIsoDate } from '../domain'
import { minorPerMajor } from '../export/format'

/** An offer with the role it is for; defined with its schema in the domain. */
export type { OfferEntry } from '../domain/offer'

/** Terms as typed. Amounts are in major units ("52,000"). */
export interface TermsDraft {
  payMin: string
  payMax: string
  currency: string
  period: PayPeriod
  hours: string
  holiday: string
  /** One benefit a line. */
  benefits: string
  car: 'unknown' | CarBenefit['kind']
  carAmount: string
  carPeriod: 'month' | 'year'
  location: string
  arrangement: '' | WorkArrangement
}

/** The whole form, as typed. */
export interface OfferDraft {
  company: string
  role: string
  receivedOn: string
  hasAdvert: boolean
  advert: TermsDraft
  offer: TermsDraft
  bonus: string
  bonusNote: string
  equity: string
  pension: string
  proposedStart: string
  contractReturnBy: string
  conditions: Record<ConditionKind, 'none' | 'outstanding' | 'cleared'>
  inWriting: boolean
  contractSigned: boolean
}

/** Field name (dot path) to the sentence shown under it. */
export type DraftErrors = Record<string, string>

/** An empty set of terms in `currency`, per year. */
export function emptyTerms(currency: CurrencyCode = 'GBP'): TermsDraft {
  return {
    payMin: '',
    payMax: '',
    currency,
    period: 'year',
    hours: '',
    holiday: '',
    benefits: '',
    car: 'unknown',
    carAmount: '',
    carPeriod: 'month',
    location: '',
    arrangement: '',
  }
}

/**
 * Reads an amount typed in major units ("52,000", "£18.50") as minor units. Null when empty;
 * NaN when it is not a number, so the caller can say so.
 */
export function parseAmount(text: string, currency: CurrencyCode): MinorUnits | null {
  const cleaned = text.replace(/[\s,£$€¥]/g, '').replace(/^[A-Za-z]{3}/, '')
  if (cleaned === '') return null
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return NaN
  return Math.round(Number(cleaned) * minorPerMajor(currency))
}

/** Minor units back into the text a field shows ("52000" for £52,000.00). */
export function amountText(amount: MinorUnits, currency: CurrencyCode): string {
  const per = minorPerMajor(currency)
  return amount % per === 0 ? String(amount / per) : (amount / per).toFixed(Math.log10(per))
}

function parseNumber(text: string): number | null {
  const t = text.trim()
  if (t === '') return null
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN
}

function checkTerms(t: TermsDraft, prefix: string, errors: DraftErrors): void {
  const currency = t.currency.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency))
    errors[`${prefix}.currency`] = 'Use a three-letter code such as GBP, EUR or USD.'
  const min = parseAmount(t.payMin, 'GBP')
  const max = parseAmount(t.payMax, 'GBP')
  for (const [key, value] of [
    ['payMin', min],
    ['payMax', max],
  ] as const) {
    if (value !== null && Number.isNaN(value))
      errors[`${prefix}.${key}`] = 'Type the amount as a number, like 52,000.'
    else if (value !== null && value < 0) errors[`${prefix}.${key}`] = 'Pay cannot be negative.'
  }
  if (min === null && max !== null && !Number.isNaN(max))
    errors[`${prefix}.payMin`] = 'Add the lowest figure too, or the same figure twice.'
  if (min !== null && max !== null && min > max)
    errors[`${prefix}.payMax`] = 'The top of the band is below the bottom. Swap them?'
  const hours = parseNumber(t.hours)
  if (hours !== null && (Number.isNaN(hours) || hours <= 0 || hours > 100))
    errors[`${prefix}.hours`] = 'Hours a week should be between 1 and 100.'
  const holiday = parseNumber(t.holiday)
  if (holiday !== null && (Number.isNaN(holiday) || holiday > 100))
    errors[`${prefix}.holiday`] = 'Holiday should be a number of days, up to 100.'
  if (t.car === 'allowance') {
    const amount = parseAmount(t.carAmount, 'GBP')
    if (amount === null || Number.isNaN(amount) || amount <= 0)
      errors[`${prefix}.carAmount`] = 'Type the allowance, like 300.'
  }
}

function checkDate(value: string, key: string, errors: DraftErrors): void {
  if (value.trim() && !isIsoDate(value.trim()))
    errors[key] = 'That date does not exist. Pick it from the calendar.'
}

/** Every problem with the draft, keyed by field; empty when it can be saved. */
export function validateDraft(d: OfferDraft): DraftErrors {
  const errors: DraftErrors = {}
  if (!d.company.trim()) errors['company'] = 'Which company made the offer?'
  if (!d.role.trim()) errors['role'] = 'Which role is it for?'
  checkTerms(d.offer, 'offer', errors)
  if (d.hasAdvert) checkTerms(d.advert, 'advert', errors)
  if (!d.receivedOn.trim()) errors['receivedOn'] = 'When did the offer arrive?'
  checkDate(d.receivedOn, 'receivedOn', errors)
  checkDate(d.proposedStart, 'proposedStart', errors)
  checkDate(d.contractReturnBy, 'contractReturnBy', errors)
  const bonus = parseAmount(d.bonus, 'GBP')
  if (bonus !== null && (Number.isNaN(bonus) || bonus < 0))
    errors['bonus'] = 'Type the bonus as a positive number, or leave it empty.'
  const pension = parseNumber(d.pension)
  if (pension !== null && (Number.isNaN(pension) || pension > 100))
    errors['pension'] = 'The match is a percentage between 0 and 100.'
  return errors
}

/** The domain's Terms from a valid draft. */
export function termsFromDraft(t: TermsDraft): Terms {
  const currency = t.currency.trim().toUpperCase()
  const min = parseAmount(t.payMin, currency)
  const max = parseAmount(t.payMax, currency) ?? min
  const car: CarBenefit | null =
    t.car === 'unknown'
      ? null
      : t.car === 'allowance'
        ? {
            kind: 'allowance',
            amount: parseAmount(t.carAmount, currency) ?? 0,
            currency,
            period: t.carPeriod,
          }
        : { kind: t.car }
  return {
    pay: min === null || max === null ? null : { min, max, currency, period: t.period },
    hoursPerWeek: parseNumber(t.hours),
    holidayDays: parseNumber(t.holiday),
    benefits: t.benefits
      .split('\n')
      .map((b) => b.trim())
      .filter(Boolean),
    car,
    location: t.location.trim(),
    arrangement: t.arrangement || null,
  }
}

/** A draft showing `terms`, for editing. */
export function draftFromTerms(terms: Terms | null): TermsDraft {
  if (!terms) return emptyTerms()
  const currency = terms.pay?.currency ?? 'GBP'
  return {
    payMin: terms.pay ? amountText(terms.pay.min, currency) : '',
    payMax: terms.pay && terms.pay.max !== terms.pay.min ? amountText(terms.pay.max, currency) : '',
    currency,
    period: terms.pay?.period ?? 'year',
    hours: terms.hoursPerWeek === null ? '' : String(terms.hoursPerWeek),
    holiday: terms.holidayDays === null ? '' : String(terms.holidayDays),
    benefits: terms.benefits.join('\n'),
    car: terms.car?.kind ?? 'unknown',
    carAmount:
      terms.car?.kind === 'allowance' ? amountText(terms.car.amount, terms.car.currency) : '',
    carPeriod: terms.car?.kind === 'allowance' ? terms.car.period : 'month',
    location: terms.location,
    arrangement: terms.arrangement ?? '',
  }
}
