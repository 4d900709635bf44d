import { describe, expect, it } from 'vitest'
import { checkOffer, targetFromNotes } from './offerCheck'
import type { Offer } from '../domain/offer'
import type { Terms } from '../domain/opportunity'

const terms = (over: Partial<Terms> = {}): Terms => ({
  pay: { min: 4_000_000, max: 5_000_000, currency: 'GBP', period: 'year' },
  hoursPerWeek: 37.5,
  holidayDays: 25,
  benefits: ['Pension', 'Private health'],
  car: { kind: 'none' },
  location: 'Leeds',
  arrangement: 'hybrid',
  ...over,
})

const offer = (over: Partial<Terms> = {}, extra: Partial<Offer> = {}): Offer => ({
  id: 'o1',
  opportunityId: 'opp1',
  receivedOn: '2026-03-10',
  terms: terms({
    pay: { min: 4_500_000, max: 4_500_000, currency: 'GBP', period: 'year' },
    ...over,
  }),
  bonus: null,
  bonusNote: '',
  equity: '',
  pensionMatchPercent: null,
  proposedStart: null,
  contractReturnBy: null,
  conditions: [],
  inWriting: true,
  contractSigned: false,
  letter: null,
  negotiation: {
    target: null,
    walkAway: null,
    period: 'year',
    justification: '',
    talkingPoints: [],
    lines: '',
  },
  decision: 'pending',
  ...extra,
})

const kinds = (r: ReturnType<typeof checkOffer>) => r.findings.map((f) => f.kind)
const advert = { text: '', terms: terms() }

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
    const r = checkOffer(
      advert,
      offer({ pay: { min: 3_800_000, max: 3_800_000, currency: 'GBP', period: 'year' } }),
      null,
    )
    const f = r.findings[0]!
    expect(f.kind).toBe('pay-below-band')
    expect(f.figures.difference).toEqual({ amount: 200_000, currency: 'GBP' })
    expect(f.figures.percent).toBe(5)
    expect(f.explanation).toContain('£2,000')
    expect(r.verdict).toBe('falls-short')
    expect(r.advice).toBe('raise-it')
    expect(r.reasons).toContain(f.explanation)
  })

  it('recognises pay at the top and above the band', () => {
    expect(
      kinds(
        checkOffer(
          advert,
          offer({ pay: { min: 5_000_000, max: 5_000_000, currency: 'GBP', period: 'year' } }),
          null,
        ),
      ),
    ).toEqual(['pay-at-top'])
    const above = checkOffer(
      advert,
      offer({ pay: { min: 5_500_000, max: 5_500_000, currency: 'GBP', period: 'year' } }),
      null,
    )
    expect(kinds(above)).toEqual(['pay-above-band'])
    expect(above.findings[0]!.figures.percent).toBe(10)
    expect(above.verdict).toBe('better')
  })

  it('compares a single advertised figure', () => {
    const single = {
      text: '',
      terms: terms({ pay: { min: 4_500_000, max: 4_500_000, currency: 'GBP', period: 'year' } }),
    }
    expect(kinds(checkOffer(single, offer(), null))).toEqual(['pay-matches-figure'])
  })

  it('normalises a monthly offer against an hourly advert using the hours', () => {
    const hourly = {
      text: '',
      terms: terms({ pay: { min: 2000, max: 2400, currency: 'GBP', period: 'hour' } }),
    }
    // £3,250 a month = £39,000 a year = £20.00 an hour at 37.5 hours for 52 weeks.
    const r = checkOffer(
      hourly,
      offer({ pay: { min: 325_000, max: 325_000, currency: 'GBP', period: 'month' } }),
      null,
    )
    expect(r.findings[0]).toMatchObject({
      kind: 'pay-within-band',
      figures: { period: 'hour', offer: { amount: 2000 }, positionPercent: 0 },
    })
  })

  it('reports a different currency without converting it', () => {
    const r = checkOffer(
      advert,
      offer({ pay: { min: 5_000_000, max: 5_000_000, currency: 'EUR', period: 'year' } }),
      null,
    )
    expect(r.findings[0]).toMatchObject({
      kind: 'currency-differs',
      figures: { offerCurrency: 'EUR', otherCurrency: 'GBP' },
    })
    expect(r.findings[0]!.figures.difference).toBeUndefined()
  })

  it('compares with the target and the walk-away figure', () => {
    const target = {
      pay: { amount: 4_800_000, currency: 'GBP' },
      period: 'year' as const,
      walkAway: { amount: 4_600_000, currency: 'GBP' },
    }
    const r = checkOffer(advert, offer(), target)
    expect(kinds(r)).toEqual(['pay-within-band', 'pay-below-target', 'pay-below-walk-away'])
    expect(r.findings[1]!.figures).toMatchObject({ difference: { amount: 300_000 }, percent: 6.3 })
    expect(r.verdict).toBe('matches') // against the advert
    expect(r.reasons.join(' ')).toMatch(/make the case/)
    const met = checkOffer(advert, offer(), {
      pay: { amount: 4_500_000, currency: 'GBP' },
      period: 'year',
    })
    expect(kinds(met)).toContain('pay-meets-target')
  })

  it('judges against the target when there was no advert', () => {
    const r = checkOffer(null, offer(), {
      pay: { amount: 5_000_000, currency: 'GBP' },
      period: 'year',
    })
    expect(r.verdict).toBe('falls-short')
  })

  it('reads the target from negotiation notes', () => {
    const o = offer()
    o.negotiation.target = { amount: 4_700_000, currency: 'GBP' }
    expect(targetFromNotes(o.negotiation)).toEqual({
      pay: { amount: 4_700_000, currency: 'GBP' },
      period: 'year',
      walkAway: null,
    })
  })
})

describe('offer check: other terms', () => {
  it('lists benefits missing and extra', () => {
    const r = checkOffer(advert, offer({ benefits: ['pension', 'Gym membership'] }), null)
    expect(
      r.findings.filter((f) => f.term === 'benefits').map((f) => [f.kind, f.figures.benefit]),
    ).toEqual([
      ['benefit-missing', 'Private health'],
      ['benefit-extra', 'Gym membership'],
    ])
    expect(r.verdict).toBe('falls-short')
  })

  it('flags a missing company car or allowance, and changes to it', () => {
    const withCar = { text: '', terms: terms({ car: { kind: 'car' } }) }
    expect(kinds(checkOffer(withCar, offer({ car: { kind: 'none' } }), null))).toContain(
      'car-missing',
    )
    expect(
      kinds(
        checkOffer(
          withCar,
          offer({ car: { kind: 'allowance', amount: 50_000, currency: 'GBP', period: 'month' } }),
          null,
        ),
      ),
    ).toContain('car-changed')
    const allowance = {
      text: '',
      terms: terms({
        car: { kind: 'allowance', amount: 600_000, currency: 'GBP', period: 'year' },
      }),
    }
    expect(kinds(checkOffer(allowance, offer({ car: { kind: 'none' } }), null))).toContain(
      'allowance-missing',
    )
    const lower = checkOffer(
      allowance,
      offer({ car: { kind: 'allowance', amount: 40_000, currency: 'GBP', period: 'month' } }),
      null,
    )
    expect(lower.findings.find((f) => f.kind === 'allowance-lower')?.figures.difference).toEqual({
      amount: 120_000,
      currency: 'GBP',
    })
    expect(
      kinds(
        checkOffer(
          allowance,
          offer({ car: { kind: 'allowance', amount: 60_000, currency: 'GBP', period: 'month' } }),
          null,
        ),
      ),
    ).toContain('allowance-higher')
    expect(kinds(checkOffer(advert, offer({ car: { kind: 'car' } }), null))).toContain('car-extra')
  })

  it('gives the effective hourly rate when the offer asks for more hours', () => {
    const r = checkOffer(advert, offer({ hoursPerWeek: 40 }), null)
    const f = r.findings.find((x) => x.kind === 'more-hours')!
    // £45,000 / (40 h x 52) = £21.63; the advert's minimum £40,000 / (37.5 h x 52) = £20.51.
    expect(f.figures.effectiveHourly).toEqual({ amount: 2163, currency: 'GBP' })
    expect(f.figures.advertHourly).toEqual({ amount: 2051, currency: 'GBP' })
    expect(f.effect).toBe('worse')
    expect(kinds(checkOffer(advert, offer({ hoursPerWeek: 35 }), null))).toContain('fewer-hours')
  })

  it('flags less holiday than advertised and notes more', () => {
    expect(kinds(checkOffer(advert, offer({ holidayDays: 22 }), null))).toContain('less-holiday')
    const more = checkOffer(advert, offer({ holidayDays: 28 }), null)
    expect(kinds(more)).toContain('more-holiday')
    expect(more.verdict).toBe('better')
  })

  it('flags UK paid holiday below the statutory 5.6 weeks', () => {
    // 15 days + 8 weekday bank holidays in England 2026 = 23 < 28.
    const r = checkOffer(null, offer({ holidayDays: 15 }), null)
    expect(r.findings).toEqual([
      expect.objectContaining({
        kind: 'holiday-below-statutory',
        figures: { offerDays: 23, statutoryDays: 28 },
      }),
    ])
    expect(kinds(checkOffer(null, offer({ holidayDays: 20 }), null))).toEqual([]) // 20 + 8 = 28
    expect(
      kinds(
        checkOffer(null, offer({ holidayDays: 25 }), null, { holidayIncludesPublicHolidays: true }),
      ),
    ).toContain('holiday-below-statutory')
    // Three days a week: 16.8 days; 10 + 8 x 3/5 = 14.8.
    expect(
      checkOffer(null, offer({ holidayDays: 10 }), null, { daysPerWeek: 3 }).findings[0]?.figures,
    ).toEqual({ offerDays: 14.8, statutoryDays: 16.8 })
    expect(kinds(checkOffer(null, offer({ holidayDays: 5 }), null, { region: 'US-CA' }))).toEqual(
      [],
    )
  })

  it('flags another location and a less remote arrangement', () => {
    const r = checkOffer(advert, offer({ location: 'Manchester', arrangement: 'on-site' }), null)
    expect(
      r.findings
        .filter((f) => f.term === 'location' || f.term === 'arrangement')
        .map((f) => [f.kind, f.effect]),
    ).toEqual([
      ['location-differs', 'worse'],
      ['arrangement-differs', 'worse'],
    ])
    expect(
      checkOffer(advert, offer({ location: ' leeds ', arrangement: 'remote' }), null).verdict,
    ).toBe('better')
  })
})

describe('offer check: blockers and bad input', () => {
  it('lists what blocks a resignation', () => {
    const r = checkOffer(
      advert,
      offer(
        {},
        {
          inWriting: false,
          conditions: [
            { kind: 'references', status: 'outstanding' },
            { kind: 'right-to-work', status: 'cleared' },
            { kind: 'criminal-record-check', status: 'outstanding' },
          ],
        },
      ),
      null,
    )
    expect(r.blockers.map((b) => b.condition ?? b.kind)).toEqual([
      'not-in-writing',
      'references',
      'criminal-record-check',
    ])
  })

  it('refuses an inverted band, negative pay, zero hours and a mismatched walk-away, naming the field', () => {
    const bad = {
      text: '',
      terms: terms({ pay: { min: 5_000_000, max: 4_000_000, currency: 'GBP', period: 'year' } }),
    }
    expect(() => checkOffer(bad, offer(), null)).toThrow(
      expect.objectContaining({ kind: 'band-inverted', field: 'advert.terms.pay' }),
    )
    expect(() =>
      checkOffer(
        advert,
        offer({ pay: { min: -1, max: 10, currency: 'GBP', period: 'year' } }),
        null,
      ),
    ).toThrow(expect.objectContaining({ kind: 'negative-pay', field: 'offer.terms.pay.min' }))
    expect(() => checkOffer(advert, offer({ hoursPerWeek: 0 }), null)).toThrow(
      expect.objectContaining({ kind: 'zero-hours', field: 'offer.terms.hoursPerWeek' }),
    )
    expect(() =>
      checkOffer(advert, offer(), {
        pay: { amount: 1, currency: 'GBP' },
        period: 'year',
        walkAway: { amount: 1, currency: 'USD' },
      }),
    ).toThrow(
      expect.objectContaining({ kind: 'currency-mismatch', field: 'target.walkAway.currency' }),
    )
    expect(() => checkOffer(null, offer(), null, { region: 'GB-XYZ' })).toThrow(
      expect.objectContaining({ kind: 'unknown-region' }),
    )
  })
})
