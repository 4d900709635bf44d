import { describe, expect, it } from 'vitest'
import { amountText, formatMoney, isCurrencyCode, parseAmount } from './moneyInput'

describe('reading typed amounts', () => {
  it('reads thousands separators and a currency symbol into pence', () => {
    expect(parseAmount('£45,000', 'GBP')).toBe(4_500_000)
  })
  it('reads pence after the decimal point without floating-point error', () => {
    expect(parseAmount('310.29', 'GBP')).toBe(31_029)
  })
  it('reads a trailing k as thousands', () => {
    expect(parseAmount('52.5k', 'GBP')).toBe(5_250_000)
    expect(parseAmount('60k', 'USD')).toBe(6_000_000)
  })
  it('refuses more decimals than the currency has', () => {
    expect(parseAmount('10.5', 'JPY')).toBeNull()
    expect(parseAmount('1000', 'JPY')).toBe(1000)
  })
  it('refuses words and negative amounts', () => {
    expect(parseAmount('about forty', 'GBP')).toBeNull()
    expect(parseAmount('-5', 'GBP')).toBeNull()
  })
  it('shows minor units back for editing and reading', () => {
    expect(amountText(4_500_000, 'GBP')).toBe('45000')
    expect(amountText(31_029, 'GBP')).toBe('310.29')
    expect(formatMoney(4_500_000, 'GBP')).toBe('£45,000')
  })
  it('knows a currency code from a typo', () => {
    expect(isCurrencyCode('EUR')).toBe(true)
    expect(isCurrencyCode('EU')).toBe(false)
  })
})
