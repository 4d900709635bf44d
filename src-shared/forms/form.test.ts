import { describe, expect, it } from 'vitest'
import { newOpportunity } from '../domain/factory'
import { readForm, toForm, type OpportunityForm } from './form'
import { acme, countingIds } from '../domain/testData'
import { DEFAULT_LOCALE, type LocaleTag } from '../domain/locale'

const now = Date.UTC(2026, 2, 3, 12)

function blankForm(): { form: OpportunityForm; base: ReturnType<typeof newOpportunity> } {
  const ids = countingIds()
  const base = newOpportunity(ids, now)
  return { form: toForm(base, ids, '2026-03-03', DEFAULT_LOCALE), base }
}

describe('the interview form', () => {
  it('starts a new interview with one round dated today and one interviewer row', () => {
    const { form } = blankForm()
    expect(form.rounds).toHaveLength(1)
    expect(form.rounds[0]!.date).toBe('2026-03-03')
    expect(form.rounds[0]!.interviewers).toHaveLength(1)
  })

  it('names every missing required field and keeps what was typed', () => {
    const { form, base } = blankForm()
    form.role = 'Analyst'
    form.rounds[0]!.interviewers[0]!.email = 'priya@'
    const result = readForm(form, base, now, DEFAULT_LOCALE)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors['company']).toMatch(/company/)
    expect(result.errors['rounds.0.interviewers.0.name']).toMatch(/name/)
    expect(result.errors['rounds.0.interviewers.0.email']).toMatch(/email/)
    expect(form.role).toBe('Analyst')
  })

  it('reads a pay band with its currency and period into minor units', () => {
    const { form, base } = blankForm()
    Object.assign(form, { company: 'Acme', role: 'Analyst', payMin: '40,000', payMax: '50k' })
    form.rounds[0]!.interviewers = []
    const result = readForm(form, base, now, DEFAULT_LOCALE)
    expect(result.ok && result.value.advert?.terms.pay).toEqual({
      min: 4_000_000,
      max: 5_000_000,
      currency: 'GBP',
      period: 'year',
    })
  })

  it('reads the band in the currency and locale given, and says how it read a refusal', () => {
    const { form, base } = blankForm()
    Object.assign(form, { company: 'Acme', role: 'Analyst', currency: 'eur', payMin: '85.000' })
    form.rounds[0]!.interviewers = []
    const british = readForm(form, base, now, DEFAULT_LOCALE)
    expect(!british.ok && british.errors['payMin']).toBe(
      'Pay, or the bottom of the band: "85.000" reads as 85.000, with 3 decimal places, and EUR has 2. If you meant €85,000, type 85,000 or 85k.',
    )
    const german = readForm(form, base, now, 'de-DE' as LocaleTag)
    expect(german.ok && german.value.advert?.terms.pay?.min).toBe(8_500_000)
  })

  it('asks for the car allowance in a currency it knows', () => {
    const { form, base } = blankForm()
    Object.assign(form, { company: 'Acme', role: 'Analyst', car: 'allowance', currency: 'X' })
    const result = readForm(form, base, now, DEFAULT_LOCALE)
    expect(!result.ok && result.errors).toMatchObject({
      currency: /^Currency: pick one from the list/,
    })
  })

  it('shows the currency by name and reads a typed name back to its code', () => {
    const { form, base } = blankForm()
    expect(form.currency).toBe('British Pound')
    Object.assign(form, { company: 'Société Générale', role: 'Analyste', currency: 'Euro' })
    Object.assign(form, { payMin: '52,500' })
    form.rounds[0]!.interviewers = []
    const result = readForm(form, base, now, DEFAULT_LOCALE)
    expect(result.ok && result.value.advert?.terms.pay?.currency).toBe('EUR')
  })

  it('refuses a band whose top is below its bottom', () => {
    const { form, base } = blankForm()
    Object.assign(form, { company: 'Acme', role: 'Analyst', payMin: '50000', payMax: '40000' })
    const result = readForm(form, base, now, DEFAULT_LOCALE)
    expect(!result.ok && result.errors['payMax']).toMatch(/lower/)
  })

  it('drops interviewer rows left entirely empty instead of complaining', () => {
    const { form, base } = blankForm()
    Object.assign(form, { company: 'Acme', role: 'Analyst' })
    const result = readForm(form, base, now, DEFAULT_LOCALE)
    expect(result.ok && result.value.rounds[0]!.interviewers).toEqual([])
  })

  it('round-trips a saved opportunity through the form unchanged', () => {
    const saved = acme()
    const form = toForm(saved, countingIds('x'), '2026-03-03', DEFAULT_LOCALE)
    const result = readForm(form, saved, saved.updatedAt, DEFAULT_LOCALE)
    expect(result).toEqual({ ok: true, value: saved })
  })

  it('asks for the agency name when the interview came through an agency', () => {
    const { form, base } = blankForm()
    Object.assign(form, { company: 'Acme', role: 'Analyst', hasAgency: true })
    const result = readForm(form, base, now, DEFAULT_LOCALE)
    expect(!result.ok && result.errors['agency.name']).toMatch(/agency/)
  })
})
