import { describe, expect, it } from 'vitest'
import { draftFromEntry, emptyNotes, entryFromDraft, newDraft } from './draft'
import { parseAmount, validateDraft, type OfferDraft } from './entry'

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
  it('reads typed amounts in major units as minor units', () => {
    expect(parseAmount('£52,000', 'GBP')).toBe(5_200_000)
    expect(parseAmount('18.50', 'GBP')).toBe(1850)
    expect(parseAmount('', 'GBP')).toBeNull()
    expect(parseAmount('lots', 'GBP')).toBeNaN()
  })

  it('accepts a complete form', () => {
    expect(validateDraft(filled())).toEqual({})
  })

  it('explains a negative salary, a band upside down and an impossible date', () => {
    const d = filled()
    d.offer.payMin = '-42000'
    d.advert.payMin = '60000'
    d.proposedStart = '2027-02-30'
    const errors = validateDraft(d)
    expect(errors['offer.payMin']).toBe('Pay cannot be negative.')
    expect(errors['advert.payMax']).toMatch(/below the bottom/)
    expect(errors['proposedStart']).toMatch(/does not exist/)
  })

  it('asks for the company, the role and a currency code', () => {
    const d = filled()
    d.company = ' '
    d.offer.currency = 'pounds'
    const errors = validateDraft(d)
    expect(Object.keys(errors).sort()).toEqual(['company', 'offer.currency'])
  })

  it('turns a single figure into a band of one and keeps only the conditions that apply', () => {
    const entry = entryFromDraft(filled(), base)
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
    const entry = entryFromDraft(filled(), base)
    expect(entryFromDraft(draftFromEntry(entry), base)).toEqual(entry)
  })
})
