import { describe, expect, it } from 'vitest'
import { noCompensation, type Compensation } from '../domain/compensation'
import { money, payRate } from '../domain/money'
import type { Terms } from '../domain/opportunity'
import { RuleInputError } from './errors'
import { totalPay, vestedShare } from './totalPay'

const terms = (over: Partial<Terms> = {}, comp: Partial<Compensation> | null = null): Terms => ({
  pay: payRate(6_000_000, 6_000_000, 'GBP', 'year'),
  hoursPerWeek: 37.5,
  holidayDays: 25,
  benefits: [],
  car: null,
  location: 'Manchester',
  arrangement: 'hybrid',
  ...(comp ? { comp: { ...noCompensation(), ...comp } } : {}),
  ...over,
})

/** £55,000, 35 hours, 28 days, 8% pension, £40,000 of equity over four years and the rest. */
const structured = () =>
  terms(
    { pay: payRate(5_500_000, 5_500_000, 'GBP', 'year'), hoursPerWeek: 35, holidayDays: 28 },
    {
      guaranteedBonus: money(200_000, 'GBP'),
      pension: { employerPercent: 8, youPayPercent: 4 },
      equity: {
        grant: money(4_000_000, 'GBP'),
        vestingMonths: 48,
        cliffMonths: 12,
        every: 'month',
      },
      learningAllowance: money(100_000, 'GBP'),
      benefitsValue: money(150_000, 'GBP'),
      commuteCost: money(12_000, 'GBP'),
      commuteMinutes: 50,
    },
  )

describe('total pay', () => {
  it('counts a plain salary alone, per hour worked after 25 days of holiday', () => {
    const t = totalPay(terms())!
    expect(t.firstYear).toEqual(money(6_000_000, 'GBP'))
    expect(t.fourYears).toEqual(money(24_000_000, 'GBP'))
    // 37.5 hours x (52 - 25/5 = 47 weeks) = 1,762.5 hours: £60,000 / 1,762.5 = £34.04
    expect(t.perHour).toEqual(money(3404, 'GBP'))
  })

  it('adds pension, bonus, allowances, benefits and vested equity, keeping guaranteed cash apart', () => {
    const t = totalPay(structured())!
    expect(t.pension).toEqual(money(440_000, 'GBP'))
    expect(t.guaranteedCash).toEqual(money(5_800_000, 'GBP'))
    // The one-year cliff releases a quarter of the grant at month 12.
    expect(t.equityFirstYear).toEqual(money(1_000_000, 'GBP'))
    expect(t.firstYear).toEqual(money(7_390_000, 'GBP'))
    expect(t.fourYears).toEqual(money(4 * 6_390_000 + 4_000_000, 'GBP'))
    // 35 hours x 46.4 weeks = 1,624 hours; with 50 minutes a day of commuting, 1,817.3.
    expect(t.perHour).toEqual(money(4550, 'GBP'))
    expect(t.perHourWithCommute).toEqual(money(4066, 'GBP'))
    expect(t.commuteCost).toEqual(money(144_000, 'GBP'))
    expect(t.caveats).toEqual(["The employer's 8% pension counts only if you pay in 4% yourself."])
  })

  it('counts a target bonus at its likelihood and leaves it out when the likelihood is unknown', () => {
    const likely = totalPay(
      terms({}, { targetBonus: money(500_000, 'GBP'), bonusLikelihoodPercent: 60 }),
    )!
    expect(likely.expectedBonus).toEqual(money(300_000, 'GBP'))
    expect(likely.guaranteedCash).toEqual(money(6_000_000, 'GBP'))
    expect(likely.firstYear).toEqual(money(6_300_000, 'GBP'))
    const unknown = totalPay(terms({}, { targetBonus: money(500_000, 'GBP') }))!
    expect(unknown.firstYear).toEqual(money(6_000_000, 'GBP'))
    expect(unknown.caveats).toContain(
      'The target bonus has no likelihood, so it is left out of the totals.',
    )
  })

  it('names an amount in another currency instead of adding it', () => {
    const t = totalPay(terms({}, { learningAllowance: money(150_000, 'EUR') }))!
    expect(t.firstYear).toEqual(money(6_000_000, 'GBP'))
    expect(t.notComparable).toEqual([
      'The learning allowance is in EUR, not GBP, so it is left out.',
    ])
  })

  it('vests monthly after a cliff, and yearly only on anniversaries', () => {
    const monthly = { vestingMonths: 48, cliffMonths: 12, every: 'month' } as const
    expect(vestedShare(monthly, 11)).toBe(0)
    expect(vestedShare(monthly, 13)).toBe(13 / 48)
    const yearly = { vestingMonths: 36, cliffMonths: 0, every: 'year' } as const
    expect(vestedShare(yearly, 23)).toBe(1 / 3)
    expect(vestedShare(yearly, 48)).toBe(1)
  })

  it('refuses a cliff longer than the vesting period and a pension over 100%, naming the field', () => {
    const cliff = structured()
    cliff.comp!.equity!.cliffMonths = 60
    expect(() => totalPay(cliff)).toThrow(
      expect.objectContaining({ kind: 'out-of-range', field: 'terms.comp.equity.cliffMonths' }),
    )
    const pension = terms({}, { pension: { employerPercent: 120, youPayPercent: null } })
    expect(() => totalPay(pension)).toThrow(RuleInputError)
    expect(() => totalPay(pension)).toThrow(/pension\.employerPercent/)
  })
})
