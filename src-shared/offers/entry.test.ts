import { describe, expect, it } from 'vitest'
import { draftFromEntry, emptyNotes, entryFromDraft, newDraft } from './draft'
import { DEFAULT_LOCALE, type LocaleTag } from '../domain/locale'
import { validateDraft, type OfferDraft } from './entry'

const GB = DEFAULT_LOCALE

function filled(): OfferDraft {
  const d = newDraft('2026-12-14')
  d.company = 'Northwind Logistics'
  d.role = 'Senior Data Analyst'
  d.advert = { ...d.advert, payMin: '45,000', payMax: '55,000', holiday: '28', location: 'Leeds' }
  d.offer = { ...d.offer, payMin: '42000', holiday: '25', location: 'Leeds', arrangement: 'hybrid' }
  d.conditions.references = 'outstanding'
  return d
}

const base = {
  id: 'o1',
  opportunityId: 'p1',
  negotiation: emptyNotes(),
  letter: null,
  decision: 'pending' as const,
}

describe('offer entry', () => {
  it('reads "52k" in the offer form as the interview form does', () => {
    const d = filled()
    d.offer.payMin = '52k'
    expect(validateDraft(d, GB)).toEqual({})
    expect(entryFromDraft(d, base, GB).offer.terms.pay?.min).toBe(5_200_000)
  })

  it('refuses "85.000" for a EUR offer in en-GB and reads it as 85,000 in de-DE', () => {
    const d = filled()
    d.offer = { ...d.offer, currency: 'EUR', payMin: '85.000' }
    expect(validateDraft(d, GB)['offer.payMin']).toBe(
      'Base pay: "85.000" reads as 85.000, with 3 decimal places, and EUR has 2. If you meant €85,000, type 85,000 or 85k.',
    )
    const de = 'de-DE' as LocaleTag
    // A German user sees and types the currency's German name.
    const german = {
      ...d,
      advert: { ...d.advert, currency: 'Britisches Pfund', payMin: '45.000', payMax: '55.000' },
    }
    expect(validateDraft(german, de)).toEqual({})
    expect(entryFromDraft(german, base, de).offer.terms.pay?.min).toBe(8_500_000)
  })

  it('takes the currency by its name or its code, and shows it by name', () => {
    const d = filled()
    expect(d.offer.currency).toBe('British Pound')
    for (const typed of ['Euro', 'euro', 'EUR', ' eur ']) {
      d.offer = { ...d.offer, currency: typed, payMin: '85,000' }
      expect(validateDraft(d, GB)).toEqual({})
      const entry = entryFromDraft(d, base, GB)
      expect(entry.offer.terms.pay).toMatchObject({ min: 8_500_000, currency: 'EUR' })
      expect(draftFromEntry(entry, GB).offer.currency).toBe('Euro')
    }
    d.offer.currency = 'Euros please'
    expect(validateDraft(d, GB)['offer.currency']).toBe(
      'Currency: pick one from the list, like Euro or British Pound.',
    )
  })

  it('checks the advert band and the bonus in their own currency, not in pounds', () => {
    const d = filled()
    d.advert = { ...d.advert, currency: 'JPY', payMin: '4500000.5', payMax: '5500000' }
    d.offer = { ...d.offer, currency: 'BHD', payMin: '1.005' }
    d.offer.comp.guaranteedBonus = '100.250'
    const errors = validateDraft(d, GB)
    expect(Object.keys(errors)).toEqual(['advert.payMin'])
    expect(errors['advert.payMin']).toMatch(/^Pay from: .* JPY has none\.$/)
    d.advert.payMin = '4500000'
    const entry = entryFromDraft(d, base, GB)
    expect(entry.offer.terms.pay?.min).toBe(1005)
    expect(entry.offer.terms.comp?.guaranteedBonus).toEqual({ amount: 100_250, currency: 'BHD' })
  })

  it('accepts a complete form', () => {
    expect(validateDraft(filled(), GB)).toEqual({})
  })

  it('explains a negative salary, a band upside down and an impossible date', () => {
    const d = filled()
    d.offer.payMin = '-42000'
    d.advert.payMin = '60000'
    d.proposedStart = '2027-02-30'
    const errors = validateDraft(d, GB)
    expect(errors['offer.payMin']).toBe(
      'Base pay: "-42000" reads as -£42,000, and it cannot be below zero.',
    )
    expect(errors['advert.payMax']).toMatch(/below the bottom/)
    expect(errors['proposedStart']).toMatch(/does not exist/)
  })

  it('asks for the company, the role and a currency code', () => {
    const d = filled()
    d.company = ' '
    d.offer.currency = 'pounds'
    const errors = validateDraft(d, GB)
    expect(Object.keys(errors).sort()).toEqual(['company', 'offer.currency'])
  })

  it('turns a single figure into a band of one and keeps only the conditions that apply', () => {
    const entry = entryFromDraft(filled(), base, GB)
    expect(entry.offer.terms.pay).toEqual({
      min: 4_200_000,
      max: 4_200_000,
      currency: 'GBP',
      period: 'year',
    })
    expect(entry.advert?.pay).toEqual({
      min: 4_500_000,
      max: 5_500_000,
      currency: 'GBP',
      period: 'year',
    })
    expect(entry.offer.conditions).toEqual([{ kind: 'references', status: 'outstanding' }])
    expect(entry.offer.terms.arrangement).toBe('hybrid')
  })

  it('shows a saved entry back in the form unchanged', () => {
    const entry = entryFromDraft(filled(), base, GB)
    expect(entryFromDraft(draftFromEntry(entry, GB), base, GB)).toEqual(entry)
  })

  it('names each impossible part of the total pay and saves nothing until it reads', () => {
    const d = filled()
    d.offer.payMin = '0'
    d.offer.comp.pension = '120'
    d.offer.comp.equityGrant = '40,000'
    d.offer.comp.vesting = 'custom'
    d.offer.comp.vestingMonths = '36'
    d.offer.comp.cliffMonths = '48'
    d.advert.comp.likelihood = 'most'
    const errors = validateDraft(d, GB)
    expect(errors).toEqual({
      'offer.payMin': 'Base pay: pay of nothing cannot be compared.',
      'offer.pension': 'Employer pension: a percentage from 0 to 100.',
      'offer.cliffMonths': 'Cliff: 48 months is longer than the 36 months the grant vests over.',
      'advert.likelihood': 'How likely: a percentage from 0 to 100.',
    })
  })

  it('keeps the total pay of offer and advert in one shape, and shows it back unchanged', () => {
    const d = filled()
    d.offer.comp = {
      ...d.offer.comp,
      guaranteedBonus: '2,500',
      targetBonus: '6,000',
      likelihood: '50',
      pension: '8',
      pensionYouPay: '4',
      equityGrant: '40k',
      vesting: 'four-years-cliff-monthly',
      days: '4',
      commuteMinutes: '70',
    }
    d.advert.comp = { ...d.advert.comp, pension: '6' }
    const entry = entryFromDraft(d, base, GB)
    expect(entry.offer.terms.comp).toMatchObject({
      guaranteedBonus: { amount: 250_000, currency: 'GBP' },
      pension: { employerPercent: 8, youPayPercent: 4 },
      equity: { grant: { amount: 4_000_000, currency: 'GBP' }, vestingMonths: 48, cliffMonths: 12 },
      daysPerWeek: 4,
    })
    expect(entry.advert?.comp?.pension).toEqual({ employerPercent: 6, youPayPercent: null })
    expect(entryFromDraft(draftFromEntry(entry, GB), base, GB)).toEqual(entry)
    // Terms with nothing beyond the base are saved as records before compensation were.
    expect(entryFromDraft(filled(), base, GB).offer.terms).not.toHaveProperty('comp')
  })
})
