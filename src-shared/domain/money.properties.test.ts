import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LocaleTag } from './locale'
import {
  amountInputText,
  currencyCode,
  formatMoney,
  minorUnits,
  parseMoney,
  type CurrencyCode,
} from './money'

const LOCALES = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'ja-JP'] as LocaleTag[]
const CURRENCIES = ['GBP', 'EUR', 'USD', 'JPY', 'BHD'].map(currencyCode)

const amounts = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  fc.constantFrom(0, 1, 999, 1000, 100_000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
)

function read(text: string, currency: CurrencyCode, locale: LocaleTag) {
  return parseMoney(text, { currency, locale, field: 'Amount', allowNegative: true })
}

describe('reading back what the app writes', () => {
  for (const locale of LOCALES)
    for (const currency of CURRENCIES) {
      it(`reads every formatted ${currency} amount back exactly in ${locale}`, () => {
        fc.assert(
          fc.property(amounts, (n) => {
            const amount = minorUnits(n)
            const shown = formatMoney({ amount, currency }, locale)
            expect(read(shown, currency, locale)).toEqual({ ok: true, amount })
          }),
        )
      })
      it(`reads every ${currency} amount shown for editing back exactly in ${locale}`, () => {
        fc.assert(
          fc.property(amounts, (n) => {
            const amount = minorUnits(n)
            const text = amountInputText(amount, currency, locale)
            expect(read(text, currency, locale)).toEqual({ ok: true, amount })
          }),
        )
      })
    }
})
