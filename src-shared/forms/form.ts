/**
 * The new/edit interview form as typed text, and its conversion to and from an Opportunity.
 * The form keeps exactly what the user typed, so a failed save loses nothing; `readForm` either
 * returns the record or a message per field.
 */
import type { LocaleTag } from '../domain/locale'
import type { CurrencyCode, MoneyField, PayPeriod } from '../domain/money'
import {
  amountInputText,
  currencyChoices,
  readCurrencyChoice,
  readMoneyField,
} from '../domain/money'
import { choiceName } from '../domain/choice'
import type {
  Agency,
  CarBenefit,
  FollowUpInstructions,
  Interviewer,
  Opportunity,
  Round,
  RoundMode,
  Terms,
  WorkArrangement,
} from '../domain/opportunity'
import { isIsoDate, isLocalTime } from '../domain/time'
import type { NewId } from '../domain/factory'

/** One interviewer as typed: every field is already plain text. */
export type InterviewerForm = Interviewer

/** One round as typed. */
export interface RoundForm {
  id: string
  date: string
  time: string
  duration: string
  mode: RoundMode
  place: string
  isFinal: boolean
  interviewers: InterviewerForm[]
}

/** The whole form as typed. */
export interface OpportunityForm {
  company: string
  role: string
  senior: boolean
  advertText: string
  /** The advert's closing date, `YYYY-MM-DD` or empty. */
  advertClosesOn: string
  payMin: string
  payMax: string
  currency: string
  period: PayPeriod
  hours: string
  holiday: string
  benefits: string
  car: 'unknown' | 'none' | 'car' | 'allowance'
  carAmount: string
  carPeriod: 'month' | 'year'
  location: string
  arrangement: WorkArrangement | ''
  rounds: RoundForm[]
  hasAgency: boolean
  agency: Agency
  promisedDecisionDate: string
  followUpHow: FollowUpInstructions['how'] | ''
  followUpWho: string
  followUpWhen: string
}

/** Field path (e.g. `rounds.0.interviewers.1.email`) to a message for the user. */
export type FormErrors = Record<string, string>

/** The form's result: the record to save, or what to fix. */
export type FormResult = { ok: true; value: Opportunity } | { ok: false; errors: FormErrors }

/** A blank interviewer row. */
export function blankInterviewer(newId: NewId): InterviewerForm {
  return { id: newId(), name: '', title: '', email: '', phone: '', linkedIn: '', discussed: '' }
}

/** A blank round row on `date`. */
export function blankRound(newId: NewId, date: string): RoundForm {
  return {
    id: newId(),
    date,
    time: '10:00',
    duration: '60',
    mode: 'in-person',
    place: '',
    isFinal: false,
    interviewers: [blankInterviewer(newId)],
  }
}

/**
 * Fills the form from a saved opportunity (or a fresh one, whose rounds are empty), amounts
 * written the way `locale` writes numbers.
 */
export function toForm(
  o: Opportunity,
  newId: NewId,
  today: string,
  locale: LocaleTag,
): OpportunityForm {
  const terms = o.advert?.terms
  const pay = terms?.pay
  const car = terms?.car
  return {
    company: o.company,
    role: o.role,
    senior: o.senior,
    advertText: o.advert?.text ?? '',
    advertClosesOn: o.advert?.closesOn ?? '',
    payMin: pay ? amountInputText(pay.min, pay.currency, locale) : '',
    payMax: pay && pay.max !== pay.min ? amountInputText(pay.max, pay.currency, locale) : '',
    currency: choiceName(pay?.currency ?? 'GBP', currencyChoices(locale)),
    period: pay?.period ?? 'year',
    hours: terms?.hoursPerWeek != null ? String(terms.hoursPerWeek) : '',
    holiday: terms?.holidayDays != null ? String(terms.holidayDays) : '',
    benefits: terms?.benefits.join('\n') ?? '',
    car: car?.kind ?? 'unknown',
    carAmount: car?.kind === 'allowance' ? amountInputText(car.amount, car.currency, locale) : '',
    carPeriod: car?.kind === 'allowance' ? car.period : 'month',
    location: terms?.location ?? '',
    arrangement: terms?.arrangement ?? '',
    rounds:
      o.rounds.length > 0
        ? o.rounds.map((r) => ({
            id: r.id,
            date: r.date,
            time: r.time,
            duration: String(r.durationMinutes),
            mode: r.mode,
            place: r.place,
            isFinal: r.isFinal,
            interviewers: r.interviewers.map((i) => ({ ...i })),
          }))
        : [blankRound(newId, today)],
    hasAgency: o.agency !== null,
    agency: o.agency ? { ...o.agency } : { name: '', consultant: '', email: '', phone: '' },
    promisedDecisionDate: o.promisedDecisionDate ?? '',
    followUpHow: o.followUp?.how ?? '',
    followUpWho: o.followUp?.who ?? '',
    followUpWhen: o.followUp?.when ?? '',
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return null
  const n = Number(text.trim())
  return n >= min && n <= max ? n : null
}

/** The labels the form shows above its amount fields, named in their errors. */
const AMOUNT_LABELS = {
  payMin: 'Pay, or the bottom of the band',
  payMax: 'Top of the band',
  carAmount: 'Allowance',
}

function readTerms(f: OpportunityForm, errors: FormErrors, locale: LocaleTag): Terms {
  const currency = readCurrencyChoice(f.currency, locale)
  const needsCurrency = f.payMin.trim() || f.payMax.trim() || f.car === 'allowance'
  if (needsCurrency && !currency)
    errors['currency'] = 'Currency: pick one from the list, like Euro or British Pound.'
  const amountField = (key: keyof typeof AMOUNT_LABELS, currency: CurrencyCode): MoneyField => ({
    key,
    field: AMOUNT_LABELS[key],
    currency,
    locale,
    required: true,
  })
  let pay: Terms['pay'] = null
  if (currency && (f.payMin.trim() || f.payMax.trim())) {
    const min = readMoneyField(f.payMin || f.payMax, amountField('payMin', currency), errors)
    const max = f.payMax.trim()
      ? readMoneyField(f.payMax, amountField('payMax', currency), errors)
      : min
    if (min !== null && max !== null && max < min)
      errors['payMax'] = 'The top of the band is lower than the bottom.'
    else if (min !== null && max !== null) pay = { min, max, currency, period: f.period }
  }
  const hours = f.hours.trim() ? wholeNumber(f.hours, 1, 100) : null
  if (f.hours.trim() && hours === null) errors['hours'] = 'Hours a week is a number from 1 to 100.'
  const holiday = f.holiday.trim() ? wholeNumber(f.holiday, 0, 100) : null
  if (f.holiday.trim() && holiday === null) errors['holiday'] = 'Holiday is a number of days.'
  let car: CarBenefit | null = null
  if (f.car === 'none' || f.car === 'car') car = { kind: f.car }
  if (f.car === 'allowance' && currency) {
    const amount = readMoneyField(f.carAmount, amountField('carAmount', currency), errors)
    if (amount !== null) car = { kind: 'allowance', amount, currency, period: f.carPeriod }
  }
  return {
    pay,
    hoursPerWeek: hours,
    holidayDays: holiday,
    benefits: f.benefits
      .split(/[\n,]/)
      .map((b) => b.trim())
      .filter(Boolean),
    car,
    location: f.location.trim(),
    arrangement: f.arrangement || null,
  }
}

function readRounds(f: OpportunityForm, errors: FormErrors): Round[] {
  if (f.rounds.length === 0) errors['rounds'] = 'Add the interview round you had.'
  return f.rounds.map((r, ri) => {
    const at = `rounds.${ri}`
    if (!isIsoDate(r.date)) errors[`${at}.date`] = 'Choose the date of the interview.'
    if (!isLocalTime(r.time)) errors[`${at}.time`] = 'Choose the time it started, like 14:30.'
    const duration = wholeNumber(r.duration, 5, 600)
    if (duration === null) errors[`${at}.duration`] = 'Length is minutes, from 5 to 600.'
    const interviewers = r.interviewers
      .filter((i) => Object.entries(i).some(([k, val]) => k !== 'id' && String(val).trim()))
      .map((i, ii) => {
        const p = `${at}.interviewers.${ii}`
        if (!i.name.trim()) errors[`${p}.name`] = 'Add their name, or remove this person.'
        if (i.email.trim() && !EMAIL.test(i.email.trim()))
          errors[`${p}.email`] = 'This email address looks incomplete.'
        return {
          id: i.id,
          name: i.name.trim(),
          title: i.title.trim(),
          email: i.email.trim(),
          phone: i.phone.trim(),
          linkedIn: i.linkedIn.trim(),
          discussed: i.discussed.trim(),
        }
      })
    return {
      id: r.id,
      date: r.date,
      time: r.time,
      durationMinutes: duration ?? 60,
      mode: r.mode,
      place: r.place.trim(),
      interviewers,
      isFinal: r.isFinal,
    }
  })
}

/**
 * Reads the form onto `base` (kept for everything the form does not edit), stamped `now`, with
 * amounts read the way `locale` writes numbers.
 */
export function readForm(
  f: OpportunityForm,
  base: Opportunity,
  now: number,
  locale: LocaleTag,
): FormResult {
  const errors: FormErrors = {}
  if (!f.company.trim()) errors['company'] = 'Add the company’s name.'
  if (!f.role.trim()) errors['role'] = 'Add the role you interviewed for.'
  const terms = readTerms(f, errors, locale)
  const rounds = readRounds(f, errors)
  if (f.promisedDecisionDate && !isIsoDate(f.promisedDecisionDate))
    errors['promisedDecisionDate'] = 'Choose a real date, or leave it empty.'
  if (f.advertClosesOn && !isIsoDate(f.advertClosesOn))
    errors['advertClosesOn'] = 'Choose the real closing date, or leave it empty.'
  if (f.hasAgency && !f.agency.name.trim()) errors['agency.name'] = 'Add the agency’s name.'
  if (f.hasAgency && f.agency.email.trim() && !EMAIL.test(f.agency.email.trim()))
    errors['agency.email'] = 'This email address looks incomplete.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const hasAdvert =
    f.advertText.trim() !== '' ||
    f.advertClosesOn !== '' ||
    terms.pay !== null ||
    terms.hoursPerWeek !== null ||
    terms.holidayDays !== null ||
    terms.benefits.length > 0 ||
    terms.car !== null ||
    terms.location !== '' ||
    terms.arrangement !== null
  const trim = (a: Agency): Agency => ({
    name: a.name.trim(),
    consultant: a.consultant.trim(),
    email: a.email.trim(),
    phone: a.phone.trim(),
  })
  return {
    ok: true,
    value: {
      ...base,
      company: f.company.trim(),
      role: f.role.trim(),
      senior: f.senior,
      advert: hasAdvert
        ? {
            text: f.advertText,
            terms,
            ...(f.advertClosesOn ? { closesOn: f.advertClosesOn } : {}),
          }
        : null,
      rounds: [...rounds].sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time)),
      agency: f.hasAgency ? trim(f.agency) : null,
      promisedDecisionDate: f.promisedDecisionDate || null,
      followUp: f.followUpHow
        ? { how: f.followUpHow, who: f.followUpWho.trim(), when: f.followUpWhen.trim() }
        : null,
      updatedAt: now,
    },
  }
}
