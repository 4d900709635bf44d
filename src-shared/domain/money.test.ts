import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, type LocaleTag } from './locale'
import {
  amountInputText,
  currencyCode,
  formatMoney,
  minorDigits,
  minorUnits,
  money,
  parseMoney,
  readCurrencyCode,
  readMoneyField,
} from './money'

const GB = DEFAULT_LOCALE
const DE = 'de-DE' as LocaleTag
const FR = 'fr-FR' as LocaleTag
const US = 'en-US' as LocaleTag

function read(text: string, currency: string, locale = GB, allowNegative = false) {
  return parseMoney(text, {
    currency: currencyCode(currency),
    locale,
    field: 'Lowest pay',
    allowNegative,
  })
}

function refusal(text: string, currency: string, locale = GB) {
  const reading = read(text, currency, locale)
  if (reading.ok) throw new Error(`${text} was read as ${reading.amount}`)
  return reading.error
}

describe('reading typed amounts', () => {
  it('reads "52k" and "52.5k" as thousands', () => {
    expect(read('52k', 'GBP')).toEqual({ ok: true, amount: 5_200_000 })
    expect(read('£52.5k', 'GBP')).toEqual({ ok: true, amount: 5_250_000 })
    expect(read('52,5k', 'EUR', DE)).toEqual({ ok: true, amount: 5_250_000 })
    expect(read('60K', 'JPY')).toEqual({ ok: true, amount: 60_000 })
  })

  it('reads pence after the decimal mark without floating-point error', () => {
    expect(read('310.29', 'GBP')).toEqual({ ok: true, amount: 31_029 })
    expect(read('0.29', 'GBP')).toEqual({ ok: true, amount: 29 })
    expect(read('1.005', 'BHD')).toEqual({ ok: true, amount: 1_005 })
  })

  it('reads "85.000" as eighty-five thousand euros where the point groups thousands', () => {
    expect(read('85.000', 'EUR', DE)).toEqual({ ok: true, amount: 8_500_000 })
    expect(read('85.000,50 €', 'EUR', DE)).toEqual({ ok: true, amount: 8_500_050 })
  })

  it('refuses "85.000" for euros in en-GB, saying how it was read and what to type', () => {
    const error = refusal('85.000', 'EUR')
    expect(error.kind).toBe('too-many-decimals')
    expect(error.message).toBe(
      'Lowest pay: "85.000" reads as 85.000, with 3 decimal places, and EUR has 2. If you meant €85,000, type 85,000 or 85k.',
    )
  })

  it('reads "85.000" as 85 dinars, since BHD has three decimals', () => {
    expect(read('85.000', 'BHD')).toEqual({ ok: true, amount: 85_000 })
  })

  it('refuses "85,000" for euros in de-DE, where the comma marks decimals', () => {
    const error = refusal('85,000', 'EUR', DE)
    expect(error.kind).toBe('too-many-decimals')
    expect(error.message).toContain('reads as 85,000, with 3 decimal places')
    expect(error.message).toContain('If you meant 85.000\u00a0€, type 85.000 or 85k.')
  })

  it('reads fr-FR groups typed with any kind of space', () => {
    expect(read('85\u202f000,50', 'EUR', FR)).toEqual({ ok: true, amount: 8_500_050 })
    expect(read('85 000', 'EUR', FR)).toEqual({ ok: true, amount: 8_500_000 })
    expect(read('85\u00a0000 €', 'EUR', FR)).toEqual({ ok: true, amount: 8_500_000 })
  })

  it('accepts the currency as its symbol, its local symbol or its code, before or after', () => {
    expect(read('US$100,000', 'USD')).toEqual({ ok: true, amount: 10_000_000 })
    expect(read('$100,000', 'USD')).toEqual({ ok: true, amount: 10_000_000 })
    expect(read('100,000 usd', 'USD', US)).toEqual({ ok: true, amount: 10_000_000 })
  })

  it('refuses the currency written twice', () => {
    expect(refusal('££5', 'GBP').kind).toBe('other-currency')
    expect(refusal('5 USD USD', 'USD').kind).toBe('not-a-number')
  })

  it('refuses a symbol of another currency', () => {
    expect(refusal('$5', 'GBP')).toMatchObject({
      kind: 'other-currency',
      message: 'Lowest pay: "$5" is written in another currency; this figure is in GBP.',
    })
  })

  it('refuses group separators out of place', () => {
    expect(refusal('85,00', 'GBP').kind).toBe('misplaced-separator')
    expect(refusal('1,0000', 'GBP').kind).toBe('misplaced-separator')
    expect(refusal('1.000,5', 'GBP').kind).toBe('misplaced-separator')
    expect(refusal('1.2.3', 'GBP').kind).toBe('misplaced-separator')
  })

  it('refuses more decimals than the currency has', () => {
    expect(refusal('10.5', 'JPY').message).toBe(
      'Lowest pay: "10.5" reads as 10.5, with 1 decimal place, and JPY has none.',
    )
    expect(read('1000', 'JPY')).toEqual({ ok: true, amount: 1000 })
    expect(read('52.5555k', 'GBP')).toEqual({ ok: true, amount: 5_255_550 })
    expect(refusal('52.555555k', 'GBP').kind).toBe('too-many-decimals')
  })

  it('refuses negative amounts unless the field allows them', () => {
    expect(refusal('-5', 'GBP')).toMatchObject({
      kind: 'negative',
      message: 'Lowest pay: "-5" reads as -£5, and it cannot be below zero.',
    })
    expect(refusal('£-5', 'GBP').kind).toBe('negative')
    expect(read('-5,50 €', 'EUR', DE, true)).toEqual({ ok: true, amount: -550 })
    expect(read('-0', 'GBP')).toEqual({ ok: true, amount: 0 })
  })

  it('refuses amounts beyond what a number holds exactly', () => {
    expect(read('90071992547409.91', 'GBP')).toEqual({ ok: true, amount: Number.MAX_SAFE_INTEGER })
    const error = refusal('90071992547409.92', 'GBP')
    expect(error.kind).toBe('too-large')
    expect(error.message).toContain('reads as 90071992547409.92')
    expect(refusal('9007199254740993', 'JPY').kind).toBe('too-large')
  })

  it('tells empty text apart from text that is not a number', () => {
    expect(refusal('  ', 'GBP')).toMatchObject({
      kind: 'empty',
      message: 'Lowest pay: type an amount, like 52,000 or 52k.',
    })
    expect(refusal('about forty', 'GBP')).toMatchObject({
      kind: 'not-a-number',
      message: 'Lowest pay: "about forty" is not an amount; type a number, like 52,000 or 52k.',
    })
    expect(refusal('k', 'GBP').kind).toBe('not-a-number')
  })
})

describe('reading a form field', () => {
  const field = { key: 'bonus', field: 'Bonus', currency: currencyCode('GBP'), locale: GB }

  it('leaves an empty optional field without a reason, and puts other reasons under its key', () => {
    const errors: Record<string, string> = {}
    expect(readMoneyField(' ', field, errors)).toBeNull()
    expect(errors).toEqual({})
    expect(readMoneyField('lots', field, errors)).toBeNull()
    expect(errors).toEqual({
      bonus: 'Bonus: "lots" is not an amount; type a number, like 52,000 or 52k.',
    })
  })

  it('asks for a required field left empty', () => {
    const errors: Record<string, string> = {}
    expect(readMoneyField('', { ...field, required: true }, errors)).toBeNull()
    expect(errors).toEqual({ bonus: 'Bonus: type an amount, like 52,000 or 52k.' })
    expect(readMoneyField('£1.5k', field, errors)).toBe(150_000)
  })
})

describe('writing amounts', () => {
  it('writes whole amounts without decimals and others with all of them', () => {
    expect(formatMoney(money(4_500_000, 'GBP'), GB)).toBe('£45,000')
    expect(formatMoney(money(1850, 'GBP'), GB)).toBe('£18.50')
    expect(formatMoney(money(1_005, 'BHD'), GB)).toBe('BHD\u00a01.005')
    expect(formatMoney(money(500_000, 'JPY'), GB)).toBe('JP¥500,000')
  })

  it('never writes two dollar currencies the same way', () => {
    for (const locale of [GB, US, DE, FR, 'ja-JP' as LocaleTag]) {
      const shown = ['USD', 'CAD', 'AUD'].map((c) => formatMoney(money(10_000_000, c), locale))
      expect(new Set(shown).size).toBe(3)
    }
    expect(formatMoney(money(10_000_000, 'USD'), GB)).toBe('US$100,000')
  })

  it('writes in the locale given', () => {
    expect(formatMoney(money(8_500_050, 'EUR'), DE)).toBe('85.000,50\u00a0€')
    expect(formatMoney(money(12_345, 'USD'), US)).toBe('$123.45')
  })

  it('writes amounts beyond a float’s exact decimals exactly', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'GBP'), GB)).toBe('£90,071,992,547,409.91')
  })

  it('shows amounts for editing without symbol or grouping', () => {
    expect(amountInputText(minorUnits(4_500_000), currencyCode('GBP'), GB)).toBe('45000')
    expect(amountInputText(minorUnits(31_050), currencyCode('EUR'), DE)).toBe('310,50')
  })
})

describe('checked brands', () => {
  it('refuses fractions and unsafe integers as minor units', () => {
    expect(() => minorUnits(1.5)).toThrow(RangeError)
    expect(() => minorUnits(2 ** 53)).toThrow(RangeError)
    expect(minorUnits(-3)).toBe(-3)
  })

  it('knows a currency code from a typo', () => {
    expect(readCurrencyCode(' eur ')).toBe('EUR')
    expect(readCurrencyCode('EU')).toBeNull()
    expect(() => currencyCode('gbp')).toThrow(RangeError)
  })

  it('knows the decimals of each currency', () => {
    expect([minorDigits(currencyCode('GBP')), minorDigits(currencyCode('JPY'))]).toEqual([2, 0])
    expect(minorDigits(currencyCode('BHD'))).toBe(3)
  })
})
