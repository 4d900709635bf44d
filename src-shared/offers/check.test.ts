import { describe, expect, it } from 'vitest'
import { bandBar, comparisonRows, nextSteps, notesExport, runCheck, verdictHeadline } from './check'
import { compareOffers } from './compare'
import { emptyNotes, entryFromDraft, newDraft } from './draft'
import type { OfferEntry } from './entry'
import { payRate, money } from '../domain/money'
import { noCompensation } from '../domain/compensation'
import type { LocaleTag } from '../domain/locale'
import { DEFAULT_LOCALE } from '../domain/locale'

function belowBand(): OfferEntry {
  const d = newDraft('2026-12-14')
  d.company = 'Northwind Logistics'
  d.role = 'Senior Data Analyst'
  d.advert = { ...d.advert, payMin: '45000', payMax: '55000', holiday: '28', hours: '37.5' }
  d.offer = { ...d.offer, payMin: '42000', holiday: '25', hours: '37.5' }
  d.conditions.references = 'outstanding'
  const entry = entryFromDraft(
    d,
    {
      id: 'o1',
      opportunityId: 'p1',
      negotiation: emptyNotes(),
      letter: null,
      decision: 'pending',
    },
    DEFAULT_LOCALE,
  )
  entry.offer.negotiation.target = money(5_000_000, 'GBP')
  return entry
}

const ENGLAND = { region: 'GB-ENG' }

function check(entry: OfferEntry, settings = ENGLAND) {
  const result = runCheck(entry, settings, DEFAULT_LOCALE)
  if (!result.ok) throw new Error(result.message)
  return result.check
}

describe('offer check for the screens', () => {
  it('says an offer below the band falls short and puts the shortfall beside the pay', () => {
    const entry = belowBand()
    const c = check(entry)
    expect(c.verdict).toBe('falls-short')
    const pay = comparisonRows(entry, c, DEFAULT_LOCALE).find((r) => r.key === 'pay')!
    expect(pay.concern).toBe(true)
    expect(pay.finding).toContain('£3,000')
    expect(comparisonRows(entry, c, DEFAULT_LOCALE).find((r) => r.key === 'holiday')!.concern).toBe(
      true,
    )
  })

  it('places the offer left of the band and the target inside it on the band bar', () => {
    const bar = bandBar(check(belowBand()))!
    expect(bar.offerAt).toBeLessThan(bar.bandFrom)
    expect(bar.targetAt).toBeGreaterThan(bar.bandFrom)
    expect(bar.targetAt).toBeLessThan(bar.bandTo)
  })

  it('lists the blockers and next steps: not in writing, one condition outstanding', () => {
    const entry = belowBand()
    const c = check(entry)
    expect(c.blockers.map((b) => b.kind)).toEqual(['not-in-writing', 'condition-outstanding'])
    const steps = nextSteps(entry, c)
    expect(steps.map((s) => s.text)).toContain('Clear the 1 outstanding condition')
    expect(steps.find((s) => s.text === 'Get the offer in writing')?.done).toBe(false)
  })

  it('hands the export the verdict, the reasons and the blockers', () => {
    const entry = belowBand()
    const input = notesExport(
      entry,
      runCheck(entry, ENGLAND, DEFAULT_LOCALE),
      'Alex Morgan',
      '2026-12-14',
      DEFAULT_LOCALE,
    )
    expect(input.verdict).toMatch(/falls short/)
    expect(input.reasons.join(' ')).toContain('£3,000')
    expect(input.blockers).toHaveLength(2)
  })

  it('explains figures it cannot compare instead of failing', () => {
    const entry = belowBand()
    entry.offer.terms.pay = payRate(-1, -1, 'GBP', 'year')
    expect(runCheck(entry, ENGLAND, DEFAULT_LOCALE)).toMatchObject({ ok: false })
  })
})

describe('benefits the user paired or unpaired', () => {
  function withBenefits(): OfferEntry {
    const entry = belowBand()
    entry.advert!.benefits = ['Health insurance (VHI)', 'Crèche vouchers']
    entry.offer.terms.benefits = [
      'Health insurance (VHI) for you and your family',
      'Childcare support',
    ]
    return entry
  }
  const benefitsRow = (entry: OfferEntry) =>
    comparisonRows(entry, check(entry), DEFAULT_LOCALE).find((r) => r.key === 'benefits')!

  it('change the check, the comparison and the notes alike', () => {
    const entry = withBenefits()
    expect(benefitsRow(entry).finding).toMatch(/mentioned Crèche vouchers.*adds Childcare support/)
    entry.offer.benefitOverrides = [
      { advert: 'Crèche vouchers', offer: 'Childcare support', same: true },
    ]
    expect(benefitsRow(entry)).toMatchObject({ finding: '', concern: false })
    expect(check(entry).findings.filter((f) => f.term === 'benefits')).toEqual([])
    entry.offer.benefitOverrides = [
      {
        advert: 'Health insurance (VHI)',
        offer: 'Health insurance (VHI) for you and your family',
        same: false,
      },
    ]
    const notes = notesExport(
      entry,
      runCheck(entry, ENGLAND, DEFAULT_LOCALE),
      'Zoë Ó Briain',
      '2026-12-14',
      DEFAULT_LOCALE,
    )
    expect(notes.rows.find((r) => r.label === 'Benefits')?.gap).toMatch(
      /^Missing: Health insurance \(VHI\)$/m,
    )
  })
})

describe('the offer check in the user’s region', () => {
  const statutory = (settings: { region: string }) => {
    const entry = belowBand()
    entry.offer.terms.holidayDays = 19
    return check(entry, settings).findings.filter((f) => f.kind === 'holiday-below-statutory')
  }

  it('counts the region’s own bank holidays towards the UK minimum of 28 days', () => {
    // 19 days and England's 8 weekday bank holidays of 2026 fall short; Scotland has 9.
    expect(statutory({ region: 'GB-ENG' })[0]?.explanation).toContain('27 days')
    expect(statutory({ region: 'GB-SCT' })).toEqual([])
  })

  it('applies the UK minimum to UK regions only', () => {
    expect(statutory({ region: 'US-NY' })).toEqual([])
  })
})

describe('the verdict headline', () => {
  it('speaks of the advert, or of the user’s own target when the advert is not ticked', () => {
    const entry = belowBand()
    expect(verdictHeadline(check(entry))).toBe(
      'The offer falls short of the advert: raise it before you accept.',
    )
    entry.advert = null
    expect(verdictHeadline(check(entry))).toBe(
      'The offer falls short of your own target: raise it before you accept.',
    )
    entry.offer.negotiation.target = money(4_000_000, 'GBP')
    expect(verdictHeadline(check(entry))).toBe('The offer meets your own target.')
  })
})

describe('several offers compared', () => {
  it('puts an hourly offer and a yearly one on the same yearly footing with pay per hour', () => {
    const yearly = belowBand()
    const hourly = belowBand()
    hourly.offer.id = 'o2'
    hourly.offer.terms.pay = payRate(2500, 2500, 'GBP', 'hour')
    hourly.offer.terms.hoursPerWeek = 40
    hourly.offer.terms.comp = { ...noCompensation(), guaranteedBonus: money(200_000, 'GBP') }
    const { columns, highestFirstYear } = compareOffers([yearly, hourly], DEFAULT_LOCALE)
    const [a, b] = columns.map((c) => c.totals!)
    expect(a!.firstYear).toEqual(money(4_200_000, 'GBP'))
    // 37.5 hours x (52 - 25/5 = 47 weeks) worked
    expect(a!.perHour.amount).toBe(Math.round(4_200_000 / (37.5 * 47)))
    expect(b!.base.amount).toBe(2500 * 40 * 52)
    expect(b!.firstYear.amount).toBe(2500 * 40 * 52 + 200_000)
    expect(highestFirstYear).toBe('o2')
  })

  it('judges a lower base with pension and equity above a higher plain base, and shows why', () => {
    const plain = belowBand()
    plain.offer.terms.pay = payRate(6_000_000, 6_000_000, 'GBP', 'year')
    const structured = belowBand()
    structured.offer.id = 'o2'
    structured.company = 'Société Générale de Logistique Européenne'
    structured.offer.terms.pay = payRate(5_500_000, 5_500_000, 'GBP', 'year')
    structured.offer.terms.comp = {
      ...noCompensation(),
      pension: { employerPercent: 8, youPayPercent: 4 },
      equity: {
        grant: money(4_000_000, 'GBP'),
        vestingMonths: 48,
        cliffMonths: 12,
        every: 'month',
      },
    }
    const c = compareOffers([plain, structured], 'en-GB' as LocaleTag)
    const line = (key: string) => c.lines.find((l) => l.key === key)!.cells
    expect(line('base')).toEqual(['£60,000', '£55,000'])
    expect(line('pension')).toEqual(['None stated', '£4,400'])
    // 55,000 + 4,400 + a quarter of 40,000 at the one-year cliff
    expect(line('firstYear')).toEqual(['£60,000', '£69,400'])
    expect(line('fourYears')).toEqual(['£240,000', '£277,600'])
    expect(c.highestFirstYear).toBe('o2')
  })

  it('says offers in two currencies cannot be totalled against each other', () => {
    const pounds = belowBand()
    const euros = belowBand()
    euros.offer.id = 'o2'
    euros.offer.terms.pay = payRate(5_200_000, 5_200_000, 'EUR', 'year')
    const c = compareOffers([pounds, euros], DEFAULT_LOCALE)
    expect(c.highestFirstYear).toBeNull()
    expect(c.notes[0]).toMatch(/GBP and EUR: the app does not convert currencies/)
  })
})
