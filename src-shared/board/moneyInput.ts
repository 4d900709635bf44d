/**
 * Reading amounts the user types ("45,000", "£52k", "310.50") into integer minor units, and
 * showing minor units back. Floats never reach storage: the text is split at the decimal point.
 */
import type { CurrencyCode, MinorUnits } from '../domain/money'

/** Decimal places of a currency's minor unit (GBP 2, JPY 0), from the platform's Intl data. */
export function minorDigits(currency: CurrencyCode): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/** True for a three-letter code Intl knows as a currency. */
export function isCurrencyCode(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: value })
    return true
  } catch {
    return false
  }
}

/**
 * Parses a typed amount into minor units of `currency`; null when it is not a plain positive
 * amount. Accepts thousands separators, a leading currency symbol and a trailing `k`.
 */
export function parseAmount(text: string, currency: CurrencyCode): MinorUnits | null {
  let s = text
    .trim()
    .replace(/^[£$€¥]|\s/g, '')
    .replaceAll(',', '')
  let thousands = false
  if (/k$/i.test(s)) {
    thousands = true
    s = s.slice(0, -1)
  }
  const m = /^(\d{1,12})(?:\.(\d+))?$/.exec(s)
  if (!m) return null
  const digits = minorDigits(currency)
  const whole = BigInt(m[1]!)
  const frac = m[2] ?? ''
  if (thousands) {
    // "52.5k" is 52,500: shift three places before looking at minor units.
    const scaled = m[1]! + frac.padEnd(3, '0').slice(0, 3) + '.' + frac.slice(3)
    return parseAmount(scaled.replace(/\.$/, ''), currency)
  }
  if (frac.length > digits) return null
  const minor = whole * 10n ** BigInt(digits) + BigInt(frac.padEnd(digits, '0') || '0')
  return Number(minor)
}

/** Shows minor units as a plain amount without symbol ("45000", "310.50"), for editing. */
export function amountText(amount: MinorUnits, currency: CurrencyCode): string {
  const digits = minorDigits(currency)
  if (digits === 0) return String(amount)
  const s = String(Math.abs(amount)).padStart(digits + 1, '0')
  const whole = s.slice(0, -digits)
  const frac = s.slice(-digits)
  return (amount < 0 ? '-' : '') + (/^0+$/.test(frac) ? whole : `${whole}.${frac}`)
}

/** Shows money for reading, e.g. "£45,000" (no pence when whole). */
export function formatMoney(amount: MinorUnits, currency: CurrencyCode): string {
  const digits = minorDigits(currency)
  const value = amount / 10 ** digits
  const whole = amount % 10 ** digits === 0
  try {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(value)
  } catch {
    return `${amountText(amount, currency)} ${currency}`
  }
}
