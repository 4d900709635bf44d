import { describe, expect, it } from 'vitest'
import { checkOffer } from './offerCheck'
import { advert, kinds, offer, terms } from './testing/offerFixtures'
import { currencyCode, minorUnits, money, payRate } from '../domain/money'

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
          offer({
            car: {
              kind: 'allowance',
              amount: minorUnits(50_000),
              currency: currencyCode('GBP'),
              period: 'month',
            },
          }),
          null,
        ),
      ),
    ).toContain('car-changed')
    const allowance = {
      text: '',
      terms: terms({
        car: {
          kind: 'allowance',
          amount: minorUnits(600_000),
          currency: currencyCode('GBP'),
          period: 'year',
        },
      }),
    }
    expect(kinds(checkOffer(allowance, offer({ car: { kind: 'none' } }), null))).toContain(
      'allowance-missing',
    )
    const lower = checkOffer(
      allowance,
      offer({
        car: {
          kind: 'allowance',
          amount: minorUnits(40_000),
          currency: currencyCode('GBP'),
          period: 'month',
        },
      }),
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
          offer({
            car: {
              kind: 'allowance',
              amount: minorUnits(60_000),
              currency: currencyCode('GBP'),
              period: 'month',
            },
          }),
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
    expect(f.figures.effectiveHourly).toEqual(money(2163, 'GBP'))
    expect(f.figures.advertHourly).toEqual(money(2051, 'GBP'))
    // The pay was compared pro rata (£45,000 for 40 hours is £42,187.50 at 37.5), which already
    // weighs the extra hours, so they are not counted against the offer a second time.
    expect(f.effect).toBe('neutral')
    expect(r.findings[0]!.figures.offer).toEqual(money(4_218_750, 'GBP'))
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
      terms: terms({ pay: payRate(5_000_000, 4_000_000, 'GBP', 'year') }),
    }
    expect(() => checkOffer(bad, offer(), null)).toThrow(
      expect.objectContaining({ kind: 'band-inverted', field: 'advert.terms.pay' }),
    )
    expect(() => checkOffer(advert, offer({ pay: payRate(-1, 10, 'GBP', 'year') }), null)).toThrow(
      expect.objectContaining({ kind: 'negative-pay', field: 'offer.terms.pay.min' }),
    )
    expect(() => checkOffer(advert, offer({ hoursPerWeek: 0 }), null)).toThrow(
      expect.objectContaining({ kind: 'zero-hours', field: 'offer.terms.hoursPerWeek' }),
    )
    expect(() =>
      checkOffer(advert, offer(), {
        pay: money(1, 'GBP'),
        period: 'year',
        walkAway: money(1, 'USD'),
      }),
    ).toThrow(
      expect.objectContaining({ kind: 'currency-mismatch', field: 'target.walkAway.currency' }),
    )
    expect(() => checkOffer(null, offer(), null, { region: 'GB-XYZ' })).toThrow(
      expect.objectContaining({ kind: 'unknown-region' }),
    )
  })
})
