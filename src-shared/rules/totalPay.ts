/**
 * Total compensation: what a set of terms is worth in its first year and over four years, with the
 * guaranteed cash kept apart from what may not be paid (a target bonus, equity), and pay per hour
 * actually worked. Amounts in another currency than the base pay are listed, never converted; an
 * unknown value is named, never guessed.
 */
import type { Compensation, Equity } from '../domain/compensation'
import type { CurrencyCode, Money } from '../domain/money'
import { money } from '../domain/money'
import type { Terms } from '../domain/opportunity'
import { RuleInputError } from './errors'
import { annualise, validateAmount, validatePayRate } from './pay'

/** Terms restated per year, in the base pay's currency. Money amounts are minor units a year. */
export interface PayTotals {
  currency: CurrencyCode
  hoursPerWeek: number
  /** True when the terms gave no hours and `defaultHoursPerWeek` was used. */
  hoursAssumed: boolean
  daysPerWeek: number
  base: Money
  guaranteedBonus: Money | null
  /** The target bonus times its likelihood; null when either is unknown. */
  expectedBonus: Money | null
  /** Employer pension on the base pay. */
  pension: Money | null
  /** Car, remote-working and learning allowances together. */
  allowances: Money | null
  benefits: Money | null
  /** Equity vesting in the first 12 months and in the first 48, at today's value. */
  equityFirstYear: Money | null
  equityFourYears: Money | null
  /** Base, guaranteed bonus and cash allowances: paid whatever happens. */
  guaranteedCash: Money
  firstYear: Money
  fourYears: Money
  /** The first year's total over the hours worked in a year (paid holiday taken off). */
  perHour: Money
  /** The same with the time spent commuting counted as hours; null when commute time is unknown. */
  perHourWithCommute: Money | null
  commuteCost: Money | null
  /** Sentences naming what was left out because it is in another currency. */
  notComparable: string[]
  /** Sentences naming what is unknown or rests on an assumption. */
  caveats: string[]
}

/** Options of `totalPay`. */
export interface TotalPayOptions {
  /** Hours when the terms give none. Default 37.5. */
  defaultHoursPerWeek?: number
  /** Paid weeks a year. Default 52. */
  weeksPerYear?: number
}

/**
 * The share of a grant vested `months` after the start: nothing before the cliff, then what has
 * built up by then, then each month or each year, all of it at `vestingMonths`.
 */
export function vestedShare(equity: Omit<Equity, 'grant'>, months: number): number {
  const { vestingMonths, cliffMonths, every } = equity
  if (months < cliffMonths) return 0
  if (months >= vestingMonths) return 1
  const step = every === 'year' ? 12 : 1
  return (Math.floor(months / step) * step) / vestingMonths
}

/** Throws `RuleInputError` naming the field for compensation that cannot be totalled. */
export function validateCompensation(comp: Compensation, field: string): void {
  const amounts: (keyof Compensation)[] = [
    'guaranteedBonus',
    'targetBonus',
    'remoteAllowance',
    'learningAllowance',
    'benefitsValue',
    'commuteCost',
  ]
  for (const key of amounts) {
    const value = comp[key] as Money | null
    if (value) validateAmount(value.amount, `${field}.${key}`)
  }
  const percent = (value: number | null | undefined, name: string) => {
    if (value != null && !(value >= 0 && value <= 100))
      throw new RuleInputError('out-of-range', `${field}.${name}`)
  }
  percent(comp.bonusLikelihoodPercent, 'bonusLikelihoodPercent')
  percent(comp.pension?.employerPercent, 'pension.employerPercent')
  percent(comp.pension?.youPayPercent, 'pension.youPayPercent')
  const e = comp.equity
  if (e) {
    validateAmount(e.grant.amount, `${field}.equity.grant`)
    if (!(e.vestingMonths >= 1 && e.vestingMonths <= 120))
      throw new RuleInputError('out-of-range', `${field}.equity.vestingMonths`)
    if (!(e.cliffMonths >= 0 && e.cliffMonths <= e.vestingMonths))
      throw new RuleInputError('out-of-range', `${field}.equity.cliffMonths`)
  }
  if (comp.daysPerWeek != null && !(comp.daysPerWeek > 0 && comp.daysPerWeek <= 7))
    throw new RuleInputError('out-of-range', `${field}.daysPerWeek`)
}

const LABELS = {
  guaranteedBonus: 'guaranteed bonus',
  targetBonus: 'target bonus',
  remoteAllowance: 'remote-working allowance',
  learningAllowance: 'learning allowance',
  benefitsValue: 'value of the benefits',
  commuteCost: 'commute cost',
  equity: 'equity grant',
  car: 'car allowance',
} as const

/**
 * Totals `terms` a year and over four years, or null when they state no base pay. The base is
 * annualised at the terms' hours (or `defaultHoursPerWeek`), 52 paid weeks and the terms' days a
 * week (default 5); a four-year total assumes no rise. Throws `RuleInputError` for figures that
 * cannot be totalled (negative amounts, percentages over 100, a cliff past the vesting period).
 */
export function totalPay(terms: Terms, options: TotalPayOptions = {}): PayTotals | null {
  const pay = terms.pay
  if (!pay) return null
  validatePayRate(pay, 'terms.pay')
  const comp = terms.comp
  if (comp) validateCompensation(comp, 'terms.comp')
  const cur = pay.currency
  const weeks = options.weeksPerYear ?? 52
  const hours = terms.hoursPerWeek ?? options.defaultHoursPerWeek ?? 37.5
  const days = comp?.daysPerWeek ?? 5
  const base = annualise(pay.min, pay.period, {
    hoursPerWeek: hours,
    weeksPerYear: weeks,
    daysPerWeek: days,
  })
  const notComparable: string[] = []
  const caveats: string[] = []
  if (terms.hoursPerWeek == null)
    caveats.push(`No hours were given, so ${hours} hours a week is assumed.`)
  // An amount counts only in the base pay's currency; anything else is named and left out.
  const same = (value: Money | null | undefined, label: string): number | null => {
    if (!value) return null
    if (value.currency !== cur) {
      notComparable.push(`The ${label} is in ${value.currency}, not ${cur}, so it is left out.`)
      return null
    }
    return value.amount
  }
  const guaranteedBonus = same(comp?.guaranteedBonus, LABELS.guaranteedBonus)
  const target = same(comp?.targetBonus, LABELS.targetBonus)
  const likelihood = comp?.bonusLikelihoodPercent ?? null
  let expectedBonus: number | null = null
  if (target != null && likelihood == null)
    caveats.push('The target bonus has no likelihood, so it is left out of the totals.')
  if (target != null && likelihood != null) expectedBonus = Math.round((target * likelihood) / 100)
  const pension = comp?.pension ? Math.round((base * comp.pension.employerPercent) / 100) : null
  if (comp?.pension?.youPayPercent != null && comp.pension.employerPercent > 0)
    caveats.push(
      `The employer's ${comp.pension.employerPercent}% pension counts only if you pay in ${comp.pension.youPayPercent}% yourself.`,
    )
  const car =
    terms.car?.kind === 'allowance'
      ? same(
          money(
            terms.car.period === 'month' ? terms.car.amount * 12 : terms.car.amount,
            terms.car.currency,
          ),
          LABELS.car,
        )
      : null
  const cash = [
    car,
    same(comp?.remoteAllowance, LABELS.remoteAllowance),
    same(comp?.learningAllowance, LABELS.learningAllowance),
  ]
  const allowances = cash.some((a) => a != null)
    ? cash.reduce<number>((s, a) => s + (a ?? 0), 0)
    : null
  const benefits = same(comp?.benefitsValue, LABELS.benefitsValue)
  const grant = same(comp?.equity?.grant, LABELS.equity)
  const equityAt = (months: number) =>
    grant != null && comp?.equity ? Math.round(grant * vestedShare(comp.equity, months)) : null
  const equityFirstYear = equityAt(12)
  const equityFourYears = equityAt(48)

  const guaranteedCash = base + (guaranteedBonus ?? 0) + (allowances ?? 0)
  const yearly = guaranteedCash + (pension ?? 0) + (benefits ?? 0) + (expectedBonus ?? 0)
  const firstYear = yearly + (equityFirstYear ?? 0)
  const fourYears = yearly * 4 + (equityFourYears ?? 0)
  // Paid holiday is paid but not worked: it raises what each hour worked earns.
  const weeksWorked = weeks - (terms.holidayDays ?? 0) / days
  const hoursWorked = hours * weeksWorked
  const commuteMinutes = comp?.commuteMinutes ?? null
  const commuteHours = commuteMinutes == null ? null : (commuteMinutes / 60) * days * weeksWorked
  const commuteMonthly = same(comp?.commuteCost, LABELS.commuteCost)
  const m = (amount: number | null) => (amount == null ? null : money(amount, cur))
  return {
    currency: cur,
    hoursPerWeek: hours,
    hoursAssumed: terms.hoursPerWeek == null,
    daysPerWeek: days,
    base: money(base, cur),
    guaranteedBonus: m(guaranteedBonus),
    expectedBonus: m(expectedBonus),
    pension: m(pension),
    allowances: m(allowances),
    benefits: m(benefits),
    equityFirstYear: m(equityFirstYear),
    equityFourYears: m(equityFourYears),
    guaranteedCash: money(guaranteedCash, cur),
    firstYear: money(firstYear, cur),
    fourYears: money(fourYears, cur),
    perHour: money(Math.round(firstYear / hoursWorked), cur),
    perHourWithCommute:
      commuteHours == null
        ? null
        : money(Math.round(firstYear / (hoursWorked + commuteHours)), cur),
    commuteCost: m(commuteMonthly == null ? null : commuteMonthly * 12),
    notComparable,
    caveats,
  }
}
