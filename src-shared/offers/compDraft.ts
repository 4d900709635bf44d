/**
 * The pay-beyond-the-base part of the terms form, as typed: bonuses, pension, equity, allowances,
 * benefits, days a week and the commute. Amounts are read in the terms' currency; a mistake is
 * named under its field and nothing is saved until every field reads.
 */
import type { Compensation, CurrencyCode, LocaleTag, Money, VestingPreset } from '../domain'
import {
  amountInputText,
  noCompensation,
  parseMoney,
  readMoneyField,
  VESTING_PRESETS,
} from '../domain'

/** The amount fields, each a year except the commute, which is a month. */
const AMOUNTS = {
  guaranteedBonus: 'Guaranteed bonus',
  targetBonus: 'Target bonus',
  remoteAllowance: 'Remote-working allowance',
  learningAllowance: 'Learning allowance',
  benefitsValue: 'Benefits are worth',
  commuteCost: 'Commute cost a month',
  equityGrant: 'Equity grant',
} as const

type AmountKey = keyof typeof AMOUNTS

/** Compensation as typed. A vesting preset fills the three schedule fields. */
export interface CompDraft extends Record<AmountKey, string> {
  likelihood: string
  pension: string
  pensionYouPay: string
  vesting: '' | VestingPreset | 'custom'
  vestingMonths: string
  cliffMonths: string
  vestingEvery: 'month' | 'year'
  days: string
  commuteMinutes: string
}

/** Nothing typed yet. */
export function emptyComp(): CompDraft {
  return {
    guaranteedBonus: '',
    targetBonus: '',
    likelihood: '',
    pension: '',
    pensionYouPay: '',
    equityGrant: '',
    vesting: '',
    vestingMonths: '',
    cliffMonths: '',
    vestingEvery: 'month',
    remoteAllowance: '',
    learningAllowance: '',
    benefitsValue: '',
    days: '',
    commuteCost: '',
    commuteMinutes: '',
  }
}

/** A typed quantity (hours, days, a percentage): null when empty, NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim()
  if (t === '') return null
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN
}

function schedule(
  c: CompDraft,
): { vestingMonths: number; cliffMonths: number; every: 'month' | 'year' } | null {
  if (c.vesting === '') return null
  if (c.vesting !== 'custom') return { ...VESTING_PRESETS[c.vesting] }
  return {
    vestingMonths: parseNumber(c.vestingMonths) ?? NaN,
    cliffMonths: parseNumber(c.cliffMonths) ?? 0,
    every: c.vestingEvery,
  }
}

/**
 * Puts every mistake in `c` under `errors[prefix.field]`; amounts read in `currency` (null when
 * the terms' currency is unreadable, which is reported under the currency field instead).
 */
export function checkComp(
  c: CompDraft,
  prefix: string,
  currency: CurrencyCode | null,
  locale: LocaleTag,
  errors: Record<string, string>,
): void {
  if (currency) {
    for (const [key, field] of Object.entries(AMOUNTS) as [AmountKey, string][]) {
      const amount = readMoneyField(
        c[key],
        { key: `${prefix}.${key}`, field, currency, locale },
        errors,
      )
      if (amount === 0 && key === 'equityGrant')
        errors[`${prefix}.${key}`] =
          `${field}: a grant is worth more than nothing. Leave it empty if there is none.`
    }
  }
  const percent = (key: 'likelihood' | 'pension' | 'pensionYouPay', field: string) => {
    const value = parseNumber(c[key])
    if (value !== null && (Number.isNaN(value) || value > 100))
      errors[`${prefix}.${key}`] = `${field}: a percentage from 0 to 100.`
  }
  percent('likelihood', 'How likely')
  percent('pension', 'Employer pension')
  percent('pensionYouPay', 'If you pay in')
  if (c.pensionYouPay.trim() && !c.pension.trim())
    errors[`${prefix}.pension`] = 'Employer pension: add what the employer pays in too.'
  if (c.equityGrant.trim() && c.vesting === '')
    errors[`${prefix}.vesting`] = 'Vesting: pick how the grant vests.'
  const s = schedule(c)
  if (s && c.vesting === 'custom') {
    if (!(Number.isInteger(s.vestingMonths) && s.vestingMonths >= 1 && s.vestingMonths <= 120))
      errors[`${prefix}.vestingMonths`] = 'Vests over: whole months from 1 to 120.'
    else if (!(Number.isInteger(s.cliffMonths) && s.cliffMonths >= 0))
      errors[`${prefix}.cliffMonths`] = 'Cliff: whole months, 0 for none.'
    else if (s.cliffMonths > s.vestingMonths)
      errors[`${prefix}.cliffMonths`] =
        `Cliff: ${s.cliffMonths} months is longer than the ${s.vestingMonths} months the grant vests over.`
  }
  const days = parseNumber(c.days)
  if (days !== null && (Number.isNaN(days) || days < 0.5 || days > 7))
    errors[`${prefix}.days`] = 'Days a week: between 0.5 and 7.'
  const minutes = parseNumber(c.commuteMinutes)
  if (minutes !== null && (Number.isNaN(minutes) || minutes > 1440))
    errors[`${prefix}.commuteMinutes`] = 'Commute: minutes a day there and back, up to 1440.'
}

/** The domain's compensation from a draft `checkComp` passed, or undefined when nothing was typed. */
export function compFromDraft(
  c: CompDraft,
  currency: CurrencyCode | null,
  locale: LocaleTag,
): Compensation | undefined {
  const amount = (key: AmountKey): Money | null => {
    const reading = currency && parseMoney(c[key], { currency, locale, field: '' })
    return currency && reading && reading.ok ? { amount: reading.amount, currency } : null
  }
  const pension = parseNumber(c.pension)
  const grant = amount('equityGrant')
  const s = schedule(c)
  const comp: Compensation = {
    guaranteedBonus: amount('guaranteedBonus'),
    targetBonus: amount('targetBonus'),
    bonusLikelihoodPercent: parseNumber(c.likelihood),
    pension:
      pension === null
        ? null
        : { employerPercent: pension, youPayPercent: parseNumber(c.pensionYouPay) },
    equity: grant && s ? { grant, ...s } : null,
    remoteAllowance: amount('remoteAllowance'),
    learningAllowance: amount('learningAllowance'),
    benefitsValue: amount('benefitsValue'),
    daysPerWeek: parseNumber(c.days),
    commuteCost: amount('commuteCost'),
    commuteMinutes: parseNumber(c.commuteMinutes),
  }
  const empty = Object.values(comp).every((value) => value === null)
  return empty ? undefined : comp
}

/** A draft showing `comp`, amounts written in `locale`. */
export function draftFromComp(comp: Compensation | undefined, locale: LocaleTag): CompDraft {
  const c = comp ?? noCompensation()
  const text = (m: Money | null) => (m ? amountInputText(m.amount, m.currency, locale) : '')
  const num = (n: number | null | undefined) => (n == null ? '' : String(n))
  const e = c.equity
  const preset = e
    ? ((
        Object.entries(VESTING_PRESETS) as [
          VestingPreset,
          (typeof VESTING_PRESETS)[VestingPreset],
        ][]
      ).find(
        ([, p]) =>
          p.vestingMonths === e.vestingMonths &&
          p.cliffMonths === e.cliffMonths &&
          p.every === e.every,
      )?.[0] ?? 'custom')
    : ''
  return {
    guaranteedBonus: text(c.guaranteedBonus),
    targetBonus: text(c.targetBonus),
    likelihood: num(c.bonusLikelihoodPercent),
    pension: num(c.pension?.employerPercent),
    pensionYouPay: num(c.pension?.youPayPercent),
    equityGrant: text(e?.grant ?? null),
    vesting: preset,
    vestingMonths: num(e?.vestingMonths),
    cliffMonths: num(e?.cliffMonths),
    vestingEvery: e?.every ?? 'month',
    remoteAllowance: text(c.remoteAllowance),
    learningAllowance: text(c.learningAllowance),
    benefitsValue: text(c.benefitsValue),
    days: num(c.daysPerWeek),
    commuteCost: text(c.commuteCost),
    commuteMinutes: num(c.commuteMinutes),
  }
}
