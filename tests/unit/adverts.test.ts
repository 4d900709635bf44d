/**
 * The advert readers on the real-looking adverts kept in tests/fixtures/adverts: a pasted UK
 * advert read as text, and a saved German job page read from its schema.org JobPosting data
 * (the end-to-end spec drops the same page, and the PDF made from york-payroll.txt).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LocaleTag } from '@shared/domain/locale'
import { readAdvertText } from '@shared/adverts/textReader'
import { jobPostingsIn, readJobPosting } from '@shared/adverts/jsonLd'
import { mergeProposals, termFields } from '@shared/adverts/proposal'
import type { ProposedTerm, TermKey } from '@shared/adverts/terms'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/adverts', name), 'utf8')
const ctx = { locale: 'en-GB' as LocaleTag, readOn: '2027-01-20' }
const byKey = (terms: ProposedTerm[]) =>
  new Map(terms.map((t) => [t.key, t] as [TermKey, ProposedTerm]))

/** The JSON of every JSON-LD script in a page (the renderer finds them with DOMParser). */
function jsonLdOf(html: string): unknown[] {
  const scripts = html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)
  return [...scripts].map((m) => JSON.parse(m[1]!) as unknown)
}

describe('a pasted UK advert', () => {
  const text = fixture('leeds-analyst.txt')
  const terms = byKey(readAdvertText(text, ctx))

  it('reads the pay band, its period and currency, and not the car allowance or the bonus', () => {
    expect(terms.get('pay')).toMatchObject({
      pay: { min: 4_500_000, max: 5_200_000, currency: 'GBP', period: 'year' },
      from: { kind: 'text', quote: 'Salary: £45,000 - £52,000 per annum, plus a 10% bonus' },
    })
  })

  it('reads hours, holiday, location, hybrid working and the closing date', () => {
    expect(terms.get('hours')).toMatchObject({ count: 37.5 })
    expect(terms.get('holiday')).toMatchObject({ count: 25 })
    expect(terms.get('location')).toMatchObject({ text: 'Leeds' })
    expect(terms.get('arrangement')).toMatchObject({
      arrangement: 'hybrid',
      from: { quote: 'Working pattern: hybrid (2 days in Leeds, the rest from home)' },
    })
    expect(terms.get('closingDate')).toMatchObject({ date: '2027-03-31' })
  })

  it('lists each benefit under the Benefits heading', () => {
    expect(terms.get('benefits')).toMatchObject({
      benefits: [
        'Pension: we double your contributions up to 8%',
        'Private medical insurance through Bupa',
        'Car allowance of £3,000 a year for field days',
        'Cycle to work scheme',
        'Two volunteering days a year',
      ],
    })
  })

  it('points each term at the characters it was read from', () => {
    const pay = terms.get('pay')!
    if (pay.from.kind !== 'text') throw new Error('read from the text')
    expect(text.slice(pay.from.start, pay.from.end)).toBe('£45,000 - £52,000 per annum')
  })

  it('fills the form fields in the user’s way of writing numbers', () => {
    expect(termFields(terms.get('pay')!, 'de-DE' as LocaleTag)).toEqual({
      payMin: '45000',
      payMax: '52000',
      currency: 'Britisches Pfund',
      period: 'year',
    })
  })
})

describe('the text of a PDF advert', () => {
  const terms = byKey(readAdvertText(fixture('york-payroll.txt'), ctx))

  it('reads an hourly rate, part-time hours, on-site work and a dashed list of benefits', () => {
    expect(terms.get('pay')).toMatchObject({ pay: { min: 1680, max: 1680, period: 'hour' } })
    expect(terms.get('hours')).toMatchObject({ count: 22.5 })
    expect(terms.get('holiday')).toMatchObject({ count: 15 })
    expect(terms.get('location')).toMatchObject({ text: 'York' })
    expect(terms.get('arrangement')).toMatchObject({ arrangement: 'on-site' })
    expect(terms.get('benefits')).toMatchObject({
      benefits: [
        'Employer pension contributions of 5%',
        'Free parking',
        'Employee assistance programme',
      ],
    })
    expect(terms.get('closingDate')).toMatchObject({ date: '2027-05-14' })
  })
})

describe('a saved German job page with schema.org JobPosting data', () => {
  const postings = jobPostingsIn(jsonLdOf(fixture('munich-engineer.html')))

  it('finds the JobPosting inside the @graph, past the site and breadcrumb nodes', () => {
    expect(postings).toHaveLength(1)
  })

  const { terms, descriptionHtml } = readJobPosting(postings[0]!)
  const found = byKey(terms)

  it('reads the accented company, the role and the euro band with its cents', () => {
    expect(found.get('company')).toMatchObject({
      text: 'Müller & Söhne Präzisionstechnik GmbH',
      from: { kind: 'page-data', field: 'hiringOrganization' },
    })
    expect(found.get('role')).toMatchObject({ text: 'Senior Embedded Software Engineer (m/w/d)' })
    expect(found.get('pay')).toMatchObject({
      pay: { min: 6_800_000, max: 7_950_050, currency: 'EUR', period: 'year' },
      from: { field: 'baseSalary' },
    })
  })

  it('reads hours, town, benefits and the last day to apply as the employer dated it', () => {
    expect(found.get('hours')).toMatchObject({ count: 40 })
    expect(found.get('location')).toMatchObject({ text: 'München' })
    expect(found.get('benefits')).toMatchObject({
      benefits: ['Betriebliche Altersvorsorge', 'Jobrad', 'Deutschlandticket'],
    })
    expect(found.get('closingDate')).toMatchObject({ date: '2027-02-28' })
    expect(descriptionHtml).toContain('30 Tage Urlaub')
  })

  it('lets the page data win and the text fill in the holiday it leaves out', () => {
    const fromText = readAdvertText('30 Tage Urlaub\nGehalt: 50.000 € pro Jahr', ctx)
    const merged = byKey(mergeProposals(terms, fromText))
    expect(merged.get('pay')).toMatchObject({ pay: { min: 6_800_000 } })
    expect(merged.get('holiday')).toMatchObject({ count: 30, from: { kind: 'text' } })
  })
})
