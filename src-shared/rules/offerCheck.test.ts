import { describe, expect, it } from 'vitest'
import { money, payRate } from '../domain/money'
import { checkOffer, targetFromNotes } from './offerCheck'
import { advert, kinds, offer, terms } from './testing/offerFixtures'

describe('offer check: pay', () => {
  it('places an offer within the band and calls it a match with little room', () => {
    const r = checkOffer(advert, offer(), null)
    expect(r.findings).toEqual([
      expect.objectContaining({
        kind: 'pay-within-band',
        figures: expect.objectContaining({ positionPercent: 50 }),
      }),
    ])
    expect(r.verdict).toBe('matches')
    expect(r.advice).toBe('accept-or-decline')
    expect(r.blockers).toEqual([])
  })

  it('flags pay below the band, by how much and what percentage', () => {
    const r = checkOffer(advert, offer({ pay: payRate(3_800_000, 3_800_000, 'GBP', 'year') }), null)
    const f = r.findings[0]!
    expect(f.kind).toBe('pay-below-band')
    expect(f.figures.difference).toEqual(money(200_000, 'GBP'))
    expect(f.figures.percent).toBe(5)
    expect(f.explanation).toContain('£2,000')
    expect(r.verdict).toBe('falls-short')
    expect(r.advice).toBe('raise-it')
    expect(r.reasons).toContain(f.explanation)
  })

  it('recognises pay at the top and above the band', () => {
    expect(
      kinds(checkOffer(advert, offer({ pay: payRate(5_000_000, 5_000_000, 'GBP', 'year') }), null)),
    ).toEqual(['pay-at-top'])
    const above = checkOffer(
      advert,
      offer({ pay: payRate(5_500_000, 5_500_000, 'GBP', 'year') }),
      null,
    )
    expect(kinds(above)).toEqual(['pay-above-band'])
    expect(above.findings[0]!.figures.percent).toBe(10)
    expect(above.verdict).toBe('better')
  })

  it('compares a single advertised figure', () => {
    const single = {
      text: '',
      terms: terms({ pay: payRate(4_500_000, 4_500_000, 'GBP', 'year') }),
    }
    expect(kinds(checkOffer(single, offer(), null))).toEqual(['pay-matches-figure'])
  })

  it('normalises a monthly offer against an hourly advert using the hours', () => {
    const hourly = {
      text: '',
      terms: terms({ pay: payRate(2000, 2400, 'GBP', 'hour') }),
    }
    // £3,250 a month = £39,000 a year = £20.00 an hour at 37.5 hours for 52 weeks.
    const r = checkOffer(hourly, offer({ pay: payRate(325_000, 325_000, 'GBP', 'month') }), null)
    expect(r.findings[0]).toMatchObject({
      kind: 'pay-within-band',
      figures: { period: 'hour', offer: { amount: 2000 }, positionPercent: 0 },
    })
  })

  it('reports a different currency without converting it', () => {
    const r = checkOffer(advert, offer({ pay: payRate(5_000_000, 5_000_000, 'EUR', 'year') }), null)
    expect(r.findings[0]).toMatchObject({
      kind: 'currency-differs',
      figures: { offerCurrency: 'EUR', otherCurrency: 'GBP' },
    })
    expect(r.findings[0]!.figures.difference).toBeUndefined()
  })

  it('compares with the target and the walk-away figure', () => {
    const target = {
      pay: money(4_800_000, 'GBP'),
      period: 'year' as const,
      walkAway: money(4_600_000, 'GBP'),
    }
    const r = checkOffer(advert, offer(), target)
    expect(kinds(r)).toEqual(['pay-within-band', 'pay-below-target', 'pay-below-walk-away'])
    expect(r.findings[1]!.figures).toMatchObject({ difference: { amount: 300_000 }, percent: 6.3 })
    expect(r.verdict).toBe('matches') // against the advert
    expect(r.reasons.join(' ')).toMatch(/make the case/)
    const met = checkOffer(advert, offer(), {
      pay: money(4_500_000, 'GBP'),
      period: 'year',
    })
    expect(kinds(met)).toContain('pay-meets-target')
  })

  it('judges against the target when there was no advert', () => {
    const r = checkOffer(null, offer(), {
      pay: money(5_000_000, 'GBP'),
      period: 'year',
    })
    expect(r.verdict).toBe('falls-short')
  })

  it('reads the target from negotiation notes', () => {
    const o = offer()
    o.negotiation.target = money(4_700_000, 'GBP')
    expect(targetFromNotes(o.negotiation)).toEqual({
      pay: money(4_700_000, 'GBP'),
      period: 'year',
      walkAway: null,
    })
  })
})
