import { describe, expect, it } from 'vitest'
import { noCompensation, type Compensation } from '../domain/compensation'
import { money, payRate } from '../domain/money'
import { checkOffer } from './offerCheck'
import { advert, kinds, offer, terms } from './testing/offerFixtures'

const comp = (over: Partial<Compensation>): Compensation => ({ ...noCompensation(), ...over })
const pension = (employerPercent: number) =>
  comp({ pension: { employerPercent, youPayPercent: null } })

describe('offer check: part-time pay pro rata', () => {
  it('places 30 hours at £36,000 inside a £40,000-£50,000 band for 37.5 hours, and says so', () => {
    const r = checkOffer(
      advert,
      offer({ hoursPerWeek: 30, pay: payRate(3_600_000, 3_600_000, 'GBP', 'year') }),
      null,
    )
    const pay = r.findings[0]!
    expect(pay.kind).toBe('pay-within-band')
    expect(pay.figures.offer).toEqual(money(4_500_000, 'GBP'))
    expect(pay.figures.positionPercent).toBe(50)
    expect(pay.figures.proRata).toEqual({
      pay: money(3_600_000, 'GBP'),
      offerHours: 30,
      advertHours: 37.5,
      unit: 'hours',
    })
    expect(pay.explanation).toBe(
      "Compared pro rata: £36,000 a year for 30 hours a week is £45,000 at the advert's 37.5. The pay pro rata, £45,000 a year, sits 50% of the way up the advertised band of £40,000 to £50,000.",
    )
    expect(r.verdict).toBe('matches')
  })

  it('finds 30 hours at £30,000 below the band pro rata, by £2,500', () => {
    const r = checkOffer(
      advert,
      offer({ hoursPerWeek: 30, pay: payRate(3_000_000, 3_000_000, 'GBP', 'year') }),
      null,
    )
    expect(r.findings[0]).toMatchObject({
      kind: 'pay-below-band',
      figures: { offer: money(3_750_000, 'GBP'), difference: money(250_000, 'GBP'), percent: 6.3 },
    })
    expect(r.verdict).toBe('falls-short')
  })

  it('scales by days a week when neither side gives hours: 4 days at £36,000 is £45,000 for 5', () => {
    const r = checkOffer(
      { text: '', terms: terms({ hoursPerWeek: null, comp: comp({ daysPerWeek: 5 }) }) },
      offer({
        hoursPerWeek: null,
        pay: payRate(3_600_000, 3_600_000, 'GBP', 'year'),
        comp: comp({ daysPerWeek: 4 }),
      }),
      null,
    )
    expect(r.findings[0]).toMatchObject({
      kind: 'pay-within-band',
      figures: { offer: money(4_500_000, 'GBP') },
    })
    expect(r.findings[0]!.explanation).toMatch(
      /^Compared pro rata: £36,000 a year for 4 days a week/,
    )
  })
})

describe('offer check: pay beyond the base', () => {
  it('judges the same base with a better pension than advertised better', () => {
    const r = checkOffer(
      { text: '', terms: terms({ comp: pension(5) }) },
      offer({ comp: pension(8) }),
      null,
    )
    expect(kinds(r)).toEqual(['pay-within-band', 'comp-higher'])
    expect(r.verdict).toBe('better')
    expect(r.reasons[1]).toBe('The employer pension is 8% of pay against 5% in the advert.')
  })

  it('does not call the advert’s pension missing when the offer gives it as a figure', () => {
    // The advert's benefits list "Pension"; the offer's pension was typed into its own field.
    const r = checkOffer(advert, offer({ benefits: ['Private health'], comp: pension(6) }), null)
    expect(kinds(r)).not.toContain('benefit-missing')
    expect(r.reasons.join(' ')).not.toMatch(/advert mentioned Pension/)
  })

  it('checks the advert’s pension and bonus: less, or none, falls short', () => {
    const advertComp = comp({
      pension: { employerPercent: 6, youPayPercent: null },
      guaranteedBonus: money(300_000, 'GBP'),
    })
    const r = checkOffer(
      { text: '', terms: terms({ comp: advertComp }) },
      offer({ comp: comp({ pension: { employerPercent: 4, youPayPercent: 4 } }) }),
      null,
    )
    expect(r.findings.filter((f) => f.term === 'compensation').map((f) => f.explanation)).toEqual([
      'The employer pension is 4% of pay against 6% in the advert.',
      'The advert gave a guaranteed bonus of £3,000 a year; the offer names none.',
    ])
    expect(r.verdict).toBe('falls-short')
  })

  it('totals the offer and the advert', () => {
    const r = checkOffer(
      { text: '', terms: terms({ comp: pension(5) }) },
      offer({
        comp: comp({
          pension: { employerPercent: 8, youPayPercent: null },
          targetBonus: money(450_000, 'GBP'),
          bonusLikelihoodPercent: 50,
        }),
      }),
      null,
    )
    // £45,000 + 8% pension £3,600 + half of a £4,500 target bonus £2,250
    expect(r.totals.offer?.firstYear).toEqual(money(5_085_000, 'GBP'))
    expect(r.totals.offer?.guaranteedCash).toEqual(money(4_500_000, 'GBP'))
    // The advert's band is totalled from its minimum: £40,000 + 5% pension.
    expect(r.totals.advert?.firstYear).toEqual(money(4_200_000, 'GBP'))
  })
})

describe('offer check without an advert', () => {
  const target = { pay: money(5_000_000, 'GBP'), period: 'year' as const }

  it('speaks of the user’s own target, never the advert', () => {
    const short = checkOffer(null, offer(), target)
    expect(short.judgedAgainst).toBe('target')
    expect(short.verdict).toBe('falls-short')
    expect(short.reasons[0]).toBe(
      'The offer falls short of the target you set yourself: thank them, and make the case for your figure with your reasons.',
    )
    expect(short.reasons.join(' ')).not.toMatch(/advert/)
    const met = checkOffer(
      null,
      offer({ pay: payRate(5_200_000, 5_200_000, 'GBP', 'year') }),
      target,
    )
    expect(met.reasons).toEqual(['The offer meets the target you set yourself.'])
  })

  it('asks for a target when there is neither an advert nor one', () => {
    const r = checkOffer(null, offer(), null)
    expect(r.judgedAgainst).toBe('nothing')
    expect(r.reasons[0]).toMatch(/add your target to your notes/)
  })
})
