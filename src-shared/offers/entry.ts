/**
 * The offer entry form as plain data: every field as the user typed it (strings), the checks that
 * turn typing mistakes into sentences (a negative salary, a band whose minimum is above its
 * maximum, 30 February), and the conversion to the domain's Offer and Terms.
 */
import type {
  CarBenefit,
  ConditionKind,
  LocaleTag,
  PayPeriod,
  Terms,
  WorkArrangement,
} from '../domain'
import {
  amountInputText,
  currencyChoices,
  DEFAULT_LOCALE,
  isIsoDate,
  parseMoney,
  readCurrencyChoice,
  readMoneyField,
} from '../domain'
import { choiceName } from '../domain/choice'
import { checkComp, compFromDraft, draftFromComp, emptyComp, parseNumber } from './compDraft'
import type { CompDraft } from './compDraft'

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
  /** Pay beyond the base and the commute. */
  comp: CompDraft
}

/** The whole form, as typed. */
export interface OfferDraft {
  company: string
  role: string
  receivedOn: string
  hasAdvert: boolean
  advert: TermsDraft
  offer: TermsDraft
  bonusNote: string
  equity: string
  proposedStart: string
  contractReturnBy: string
  /** The date the employer wants an answer by. */
  answerBy: string
  conditions: Record<ConditionKind, 'none' | 'outstanding' | 'cleared'>
  inWriting: boolean
  contractSigned: boolean
}

/** Field name (dot path) to the sentence shown under it. */
export type DraftErrors = Record<string, string>

/** An empty set of terms in `currency` (a code, shown by its name in `locale`), per year. */
export function emptyTerms(currency = 'GBP', locale: LocaleTag = DEFAULT_LOCALE): TermsDraft {
  return {
    payMin: '',
    payMax: '',
    currency: choiceName(currency, currencyChoices(locale)),
    period: 'year',
    hours: '',
    holiday: '',
    benefits: '',
    car: 'unknown',
    carAmount: '',
    carPeriod: 'month',
    location: '',
    arrangement: '',
    comp: emptyComp(),
  }
}

const LABELS = {
  payMin: (prefix: string) => (prefix === 'advert' ? 'Pay from' : 'Base pay'),
  payMax: () => 'Up to',
  carAmount: () => 'Allowance',
}

function checkTerms(t: TermsDraft, prefix: string, errors: DraftErrors, locale: LocaleTag): void {
  const currency = readCurrencyChoice(t.currency, locale)
  if (!currency)
    errors[`${prefix}.currency`] = 'Currency: pick one from the list, like Euro or British Pound.'
  // Amounts are read in the terms' own currency; without one, its decimals are unknown.
  const amount = (key: keyof typeof LABELS) =>
    currency
      ? readMoneyField(
          t[key],
          { key: `${prefix}.${key}`, field: LABELS[key](prefix), currency, locale },
          errors,
        )
      : null
  const min = amount('payMin')
  const max = amount('payMax')
  if (!t.payMin.trim() && max !== null)
    errors[`${prefix}.payMin`] = 'Add the lowest figure too, or the same figure twice.'
  if (min === 0)
    errors[`${prefix}.payMin`] = `${LABELS.payMin(prefix)}: pay of nothing cannot be compared.`
  if (min !== null && max !== null && min > max)
    errors[`${prefix}.payMax`] = 'The top of the band is below the bottom. Swap them?'
  const hours = parseNumber(t.hours)
  if (hours !== null && (Number.isNaN(hours) || hours <= 0 || hours > 100))
    errors[`${prefix}.hours`] = 'Hours a week should be between 1 and 100.'
  const holiday = parseNumber(t.holiday)
  if (holiday !== null && (Number.isNaN(holiday) || holiday > 100))
    errors[`${prefix}.holiday`] = 'Holiday should be a number of days, up to 100.'
  if (t.car === 'allowance' && currency) {
    const allowance = amount('carAmount')
    if (allowance === 0 || (allowance === null && !errors[`${prefix}.carAmount`]))
      errors[`${prefix}.carAmount`] = 'Type the allowance, like 300.'
  }
  checkComp(t.comp, prefix, currency, locale, errors)
}

function checkDate(value: string, key: string, errors: DraftErrors): void {
  if (value.trim() && !isIsoDate(value.trim()))
    errors[key] = 'That date does not exist. Pick it from the calendar.'
}

/** Every problem with the draft, keyed by field, amounts read in `locale`; empty when it can be saved. */
export function validateDraft(d: OfferDraft, locale: LocaleTag): DraftErrors {
  const errors: DraftErrors = {}
  if (!d.company.trim()) errors['company'] = 'Which company made the offer?'
  if (!d.role.trim()) errors['role'] = 'Which role is it for?'
  checkTerms(d.offer, 'offer', errors, locale)
  if (d.hasAdvert) checkTerms(d.advert, 'advert', errors, locale)
  if (!d.receivedOn.trim()) errors['receivedOn'] = 'When did the offer arrive?'
  checkDate(d.receivedOn, 'receivedOn', errors)
  checkDate(d.proposedStart, 'proposedStart', errors)
  checkDate(d.contractReturnBy, 'contractReturnBy', errors)
  checkDate(d.answerBy, 'answerBy', errors)
  if (
    isIsoDate(d.answerBy.trim()) &&
    isIsoDate(d.receivedOn.trim()) &&
    d.answerBy.trim() < d.receivedOn.trim()
  )
    errors['answerBy'] = 'Answer by: this is before the offer arrived.'
  return errors
}

/** The domain's Terms from a draft that {@link validateDraft} passed, amounts read in `locale`. */
export function termsFromDraft(t: TermsDraft, locale: LocaleTag): Terms {
  const currency = readCurrencyChoice(t.currency, locale)
  // Validated already: a field that does not read is one left empty.
  const amount = (text: string) => {
    const reading = currency && parseMoney(text, { currency, locale, field: '' })
    return reading && reading.ok ? reading.amount : null
  }
  const min = amount(t.payMin)
  const max = amount(t.payMax) ?? min
  const allowance = amount(t.carAmount)
  const car: CarBenefit | null =
    t.car === 'unknown'
      ? null
      : t.car === 'allowance'
        ? currency && allowance !== null
          ? { kind: 'allowance', amount: allowance, currency, period: t.carPeriod }
          : null
        : { kind: t.car }
  return {
    pay:
      currency === null || min === null || max === null
        ? null
        : { min, max, currency, period: t.period },
    hoursPerWeek: parseNumber(t.hours),
    holidayDays: parseNumber(t.holiday),
    benefits: t.benefits
      .split('\n')
      .map((b) => b.trim())
      .filter(Boolean),
    car,
    location: t.location.trim(),
    arrangement: t.arrangement || null,
    ...optional('comp', compFromDraft(t.comp, currency, locale)),
  }
}

// Terms without compensation leave the field out, as records saved before it did.
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

/** A draft showing `terms`, for editing, amounts written in `locale`. */
export function draftFromTerms(terms: Terms | null, locale: LocaleTag): TermsDraft {
  if (!terms) return emptyTerms('GBP', locale)
  const { pay, car } = terms
  return {
    payMin: pay ? amountInputText(pay.min, pay.currency, locale) : '',
    payMax: pay && pay.max !== pay.min ? amountInputText(pay.max, pay.currency, locale) : '',
    currency: choiceName(pay?.currency ?? 'GBP', currencyChoices(locale)),
    period: pay?.period ?? 'year',
    hours: terms.hoursPerWeek === null ? '' : String(terms.hoursPerWeek),
    holiday: terms.holidayDays === null ? '' : String(terms.holidayDays),
    benefits: terms.benefits.join('\n'),
    car: car?.kind ?? 'unknown',
    carAmount: car?.kind === 'allowance' ? amountInputText(car.amount, car.currency, locale) : '',
    carPeriod: car?.kind === 'allowance' ? car.period : 'month',
    location: terms.location,
    arrangement: terms.arrangement ?? '',
    comp: draftFromComp(terms.comp, locale),
  }
}
