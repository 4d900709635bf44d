import { describe, expect, it } from 'vitest'
import type { LocaleTag } from '../domain/locale'
import { readAdvertText, readPay } from './textReader'

const gb = { locale: 'en-GB' as LocaleTag, readOn: '2027-01-20' }
const us = { locale: 'en-US' as LocaleTag, readOn: '2027-01-20' }

describe('readPay', () => {
  it('reads a US band written in thousands', () => {
    expect(readPay('Compensation: $120k–$145k a year + equity', us)).toMatchObject({
      pay: { min: 12_000_000, max: 14_500_000, currency: 'USD', period: 'year' },
    })
  })

  it('reads a German figure with the currency after it', () => {
    expect(readPay('Gehalt: 58.000 – 64.000 € brutto jährlich', gb)).toMatchObject({
      pay: { min: 5_800_000, max: 6_400_000, currency: 'EUR', period: 'year' },
    })
  })

  it('reads a day rate named before the figure, and a code instead of a symbol', () => {
    expect(readPay('Day rate: CHF 950 outside IR35', gb)).toMatchObject({
      pay: { min: 95_000, currency: 'CHF', period: 'day' },
    })
  })

  it('passes over an allowance or a bonus and figures without a currency', () => {
    expect(readPay('Car allowance £4,800. Team of 12, 250 staff.', gb)).toBeNull()
    expect(readPay('Bonus up to £5,000; salary £38,500 per annum', gb)).toMatchObject({
      pay: { min: 3_850_000, max: 3_850_000 },
    })
  })

  it('refuses a band that runs backwards rather than guess', () => {
    expect(readPay('£52,000 - £45,000', gb)).toBeNull()
  })
})

describe('readAdvertText', () => {
  it('proposes nothing for text that states no terms', () => {
    expect(readAdvertText('', gb)).toEqual([])
    expect(readAdvertText('We are a friendly team who love what we do.', gb)).toEqual([])
  })

  it('reads a closing date without a year as the next such day', () => {
    const terms = readAdvertText('Applications close on Friday, 5 March.', gb)
    expect(terms).toMatchObject([{ key: 'closingDate', date: '2027-03-05' }])
  })

  it('reads a numeric closing date month first for a US reader and day first for a UK one', () => {
    expect(readAdvertText('Apply by 03/04/2027', us)).toMatchObject([{ date: '2027-03-04' }])
    expect(readAdvertText('Apply by 03/04/2027', gb)).toMatchObject([{ date: '2027-04-03' }])
  })

  it('reads fully remote work and weekly hours written after a dash', () => {
    const terms = readAdvertText('This is a fully remote role on a 35-hour week.', gb)
    expect(terms).toMatchObject([
      { key: 'hours', count: 35 },
      { key: 'arrangement', arrangement: 'remote' },
    ])
  })

  it('reads a benefits list with blank lines between its items, and stops at the next heading', () => {
    const text = 'What we offer:\n\n- Pension\n\n- Free parking\n\nRequirements\n- SQL'
    expect(readAdvertText(text, gb)).toMatchObject([
      { key: 'benefits', benefits: ['Pension', 'Free parking'] },
    ])
  })
})
