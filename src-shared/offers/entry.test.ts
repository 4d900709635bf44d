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
    const german = { ...d, advert: { ...d.advert, payMin: '45.000', payMax: '55.000' } }
    expect(validateDraft(german, de)).toEqual({})
    expect(entryFromDraft(german, base, de).offer.terms.pay?.min).toBe(8_500_000)
  })

  it('checks the advert band and the bonus in their own currency, not in pounds', () => {
    const d = filled()
    d.advert = { ...d.advert, currency: 'JPY', payMin: '4500000.5', payMax: '5500000' }
    d.offer = { ...d.offer, currency: 'BHD', payMin: '1.005' }
    d.bonus = '100.250'
    const errors = validateDraft(d, GB)
    expect(Object.keys(errors)).toEqual(['advert.payMin'])
    expect(errors['advert.payMin']).toMatch(/^Pay from: .* JPY has none\.$/)
    d.advert.payMin = '4500000'
    const entry = entryFromDraft(d, base, GB)
    expect(entry.offer.terms.pay?.min).toBe(1005)
    expect(entry.offer.bonus).toEqual({ amount: 100_250, currency: 'BHD' })
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
})
