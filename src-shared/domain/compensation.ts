/**
 * Pay beyond the base: bonuses, employer pension, equity, allowances, benefits the user puts a
 * figure on, and what the job costs in commuting. The advert and the offer use the same shape, so
 * every part can be checked against the advert and offers can be totalled side by side.
 */
import * as v from 'valibot'
import { moneySchema, quantitySchema } from './fields'

/** A percentage from 0 to 100. */
export const percentSchema = v.pipe(quantitySchema, v.maxValue(100, 'a percentage is at most 100'))

/** How often a grant vests once past its cliff. */
export const VESTING_STEPS = ['month', 'year'] as const

/** Schema of `Equity`: a grant valued today, vesting over months, after a cliff. */
export const equitySchema = v.pipe(
  v.strictObject({
    /** What the whole grant is worth at today's price (the user's own figure). */
    grant: moneySchema,
    /** Months until the whole grant has vested, 1 to 120. */
    vestingMonths: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(120)),
    /** Months before anything vests; what would have vested by then vests at the cliff. */
    cliffMonths: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    /** Whether it vests each month or each year after the cliff. */
    every: v.picklist(VESTING_STEPS),
  }),
  v.check((e) => e.cliffMonths <= e.vestingMonths, 'a cliff ends within the vesting period'),
)
/** A grant of shares or options with its vesting schedule. */
export type Equity = v.InferOutput<typeof equitySchema>

/** Common vesting schedules, offered as presets by the form. */
export const VESTING_PRESETS = {
  'four-years-cliff-monthly': { vestingMonths: 48, cliffMonths: 12, every: 'month' },
  'four-years-yearly': { vestingMonths: 48, cliffMonths: 12, every: 'year' },
  'three-years-yearly': { vestingMonths: 36, cliffMonths: 12, every: 'year' },
  'four-years-monthly': { vestingMonths: 48, cliffMonths: 0, every: 'month' },
} as const satisfies Record<string, Omit<Equity, 'grant'>>

/** The name of a vesting preset. */
export type VestingPreset = keyof typeof VESTING_PRESETS

/** Schema of `Pension`. */
export const pensionSchema = v.strictObject({
  /** What the employer pays in, as a percentage of base pay. */
  employerPercent: percentSchema,
  /**
   * The match rule: the employer pays only when the employee pays at least this percentage of
   * base pay; null when the employer pays whatever the employee does.
   */
  youPayPercent: v.nullable(percentSchema),
})
/** An employer pension (or 401(k)) contribution and its match rule. */
export type Pension = v.InferOutput<typeof pensionSchema>

/** Schema of `Compensation`; every part may be unknown (null). Allowances are a year. */
export const compensationSchema = v.strictObject({
  /** Bonus paid whatever happens, a year. */
  guaranteedBonus: v.nullable(moneySchema),
  /** Bonus paid if targets are met, a year. */
  targetBonus: v.nullable(moneySchema),
  /** How likely the user thinks the target bonus is, 0-100; null when they cannot say. */
  bonusLikelihoodPercent: v.nullable(percentSchema),
  pension: v.nullable(pensionSchema),
  equity: v.nullable(equitySchema),
  /** Remote-working allowance, a year. */
  remoteAllowance: v.nullable(moneySchema),
  /** Learning or training budget, a year. */
  learningAllowance: v.nullable(moneySchema),
  /** What the user reckons the other benefits are worth to them, a year. */
  benefitsValue: v.nullable(moneySchema),
  /** Days worked a week, 0.5 to 7. */
  daysPerWeek: v.nullable(v.pipe(quantitySchema, v.minValue(0.5), v.maxValue(7))),
  /** What getting to work costs, a month. */
  commuteCost: v.nullable(moneySchema),
  /** Minutes spent getting to work and back on a working day. */
  commuteMinutes: v.nullable(v.pipe(quantitySchema, v.maxValue(1440))),
})
/** Pay beyond the base, and the cost of getting to work. */
export type Compensation = v.InferOutput<typeof compensationSchema>

/** Compensation with nothing known. */
export function noCompensation(): Compensation {
  return {
    guaranteedBonus: null,
    targetBonus: null,
    bonusLikelihoodPercent: null,
    pension: null,
    equity: null,
    remoteAllowance: null,
    learningAllowance: null,
    benefitsValue: null,
    daysPerWeek: null,
    commuteCost: null,
    commuteMinutes: null,
  }
}
