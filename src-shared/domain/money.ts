/**
 * Money is an integer number of minor units (pence, cents) with its ISO 4217 currency code beside
 * it. Never a float, never an amount without a currency. This file is the only place that reads
 * typed amounts, writes amounts for people and knows how many decimals a currency has; everything
 * else asks it. Arithmetic on typed text is done on digit strings and BigInt, so "0.29" is 29
 * pence and not 28.999….
 */
import type { LocaleTag } from './locale'
import type { Choice } from './choice'
import { pickChoice } from './choice'

/** An integer count of a currency's minor units (e.g. pence for GBP), within ±2^53. */
export type MinorUnits = number & { readonly __brand: 'MinorUnits' }

/** An ISO 4217 currency code such as `GBP`, `EUR`, `USD`: three capital letters. */
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' }

/** An amount of money. */
export interface Money {
  amount: MinorUnits
  currency: CurrencyCode
}

/** The period a rate of pay is quoted per. */
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year'

/**
 * Pay as advertised or offered: a single figure (`min === max`) or a band, per a period.
 * Amounts are minor units of `currency`.
 */
export interface PayRate {
  min: MinorUnits
  max: MinorUnits
  currency: CurrencyCode
  period: PayPeriod
}

/** True for a whole number of minor units that a JavaScript number holds exactly. */
export function isMinorUnits(value: unknown): value is MinorUnits {
  return Number.isSafeInteger(value)
}

/**
 * Brands `value` as minor units. Throws a RangeError for a fraction or an unsafe integer: that is
 * a bug in the caller (typed text goes through {@link parseMoney}, which returns errors instead).
 */
export function minorUnits(value: number): MinorUnits {
  if (!isMinorUnits(value)) throw new RangeError(`${value} is not a whole number of minor units`)
  return value
}

/** True for three capital letters, the shape of every ISO 4217 code Intl can format. */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value)
}

/** Brands `code` as a currency code; throws a RangeError (a caller's bug) when it is not one. */
export function currencyCode(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw new RangeError(`${JSON.stringify(code)} is not a currency code`)
  return code
}

/** The currency code in what the user typed ("gbp ", "EUR"), or null when it is not one. */
export function readCurrencyCode(text: string): CurrencyCode | null {
  const code = text.trim().toUpperCase()
  return isCurrencyCode(code) ? code : null
}

const currencyLists = new Map<string, readonly Choice[]>()

/**
 * Every currency the platform knows as pick-list entries named in `locale`: "Euro" keeps `EUR`,
 * "British Pound" keeps `GBP`. A name two codes share (old and new issues of a currency) gets its
 * code added so each entry stays unique. Built once per locale.
 */
export function currencyChoices(locale: LocaleTag): readonly Choice[] {
  const cached = currencyLists.get(locale)
  if (cached) return cached
  const names = new Intl.DisplayNames([locale], { type: 'currency' })
  const list = Intl.supportedValuesOf('currency').map((code) => ({
    code,
    name: names.of(code) ?? code,
  }))
  const seen = new Map<string, number>()
  for (const c of list) seen.set(c.name, (seen.get(c.name) ?? 0) + 1)
  for (const c of list) if (seen.get(c.name)! > 1) c.name = `${c.name} (${c.code})`
  list.sort((a, b) => a.name.localeCompare(b.name, locale))
  currencyLists.set(locale, list)
  return list
}

/** The currency `text` names ("Euro", "eur"), or null when it names none of `currencyChoices`. */
export function readCurrencyChoice(text: string, locale: LocaleTag): CurrencyCode | null {
  const code = pickChoice(text, currencyChoices(locale))
  return code !== null && isCurrencyCode(code) ? code : null
}

/** Builds a Money value, checking both parts (see {@link minorUnits} and {@link currencyCode}). */
export function money(amount: number, currency: string): Money {
  return { amount: minorUnits(amount), currency: currencyCode(currency) }
}

/** Builds a PayRate, checking its parts like {@link money}; `min === max` for a single figure. */
export function payRate(min: number, max: number, currency: string, period: PayPeriod): PayRate {
  return { min: minorUnits(min), max: minorUnits(max), currency: currencyCode(currency), period }
}

const formats = new Map<string, Intl.NumberFormat>()

/** Intl formats are slow to build and boards show thousands of amounts: build each once. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    formats.set(key, format)
  }
  return format
}

/** Decimal places of a currency's minor unit (GBP 2, JPY 0, BHD 3), from the platform's Intl. */
export function minorDigits(currency: CurrencyCode): number {
  return (
    numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  )
}

/** The exact decimal text of `amount` in major units, e.g. "-310.50"; no grouping, "." point. */
function decimalText(amount: MinorUnits, currency: CurrencyCode): string {
  const digits = minorDigits(currency)
  const units = String(Math.abs(amount)).padStart(digits + 1, '0')
  const sign = amount < 0 ? '-' : ''
  if (digits === 0) return sign + units
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`
}

function isWhole(amount: MinorUnits, currency: CurrencyCode): boolean {
  return amount % 10 ** minorDigits(currency) === 0
}

/**
 * Money for people to read, the one display rule of screens, exports, drafts and the calendar:
 * the currency's symbol as `locale` writes it, so dollars are never ambiguous (en-GB writes
 * "US$100,000", "CA$100,000", "A$100,000"), and decimals only when the amount has any
 * ("£52,000", "£18.50"). A code Intl cannot format is written after the figure, so one bad
 * record never stops a screen or an export.
 */
export function formatMoney(value: Money, locale: LocaleTag): string {
  const { amount, currency } = value
  const digits = isWhole(amount, currency) ? 0 : minorDigits(currency)
  const exact = decimalText(amount, currency) as Intl.StringNumericLiteral
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(exact)
  } catch {
    return `${exact} ${currency}`
  }
}

/**
 * An amount as a form field shows it for editing, without symbol or grouping, in the locale's
 * decimal mark: "45000", "310.50" (en-GB), "310,50" (de-DE). {@link parseMoney} reads it back.
 */
export function amountInputText(
  amount: MinorUnits,
  currency: CurrencyCode,
  locale: LocaleTag,
): string {
  const text = decimalText(amount, currency)
  const whole = isWhole(amount, currency)
  return (whole ? text.replace(/\.\d+$/, '') : text).replace('.', separators(locale).decimal)
}

/** How `locale` writes numbers, compared after NFKC (so fr-FR's narrow no-break space is " "). */
interface Separators {
  group: string
  decimal: string
  /** Digits in the group nearest the decimal mark (3), and in the groups before it (3; 2 in en-IN). */
  primary: number
  secondary: number
}

const separatorCache = new Map<string, Separators>()

function separators(locale: LocaleTag): Separators {
  let found = separatorCache.get(locale)
  if (!found) {
    const parts = numberFormat(locale, {}).formatToParts(123456789012.5)
    const part = (type: string) =>
      (parts.find((p) => p.type === type)?.value ?? '').normalize('NFKC')
    const groups = parts.filter((p) => p.type === 'integer').map((p) => p.value.length)
    found = {
      group: part('group') || ',',
      decimal: part('decimal') || '.',
      primary: groups.at(-1) ?? 3,
      secondary: groups.length > 2 ? groups.at(-2)! : (groups.at(-1) ?? 3),
    }
    separatorCache.set(locale, found)
  }
  return found
}

/** Why typed text is not an amount of money. */
export type MoneyInputErrorKind =
  | 'empty'
  | 'not-a-number'
  | 'other-currency'
  | 'misplaced-separator'
  | 'too-many-decimals'
  | 'negative'
  | 'too-large'

/** Typed text that is not an amount, with a sentence naming the field and how it was read. */
export interface MoneyInputError {
  kind: MoneyInputErrorKind
  /** The field's label as the form shows it, e.g. "Lowest pay". */
  field: string
  /** The text as typed. */
  input: string
  /** The sentence to show under the field. */
  message: string
}

/** The outcome of reading typed text as money: the amount, or why not. */
export type MoneyReading = { ok: true; amount: MinorUnits } | { ok: false; error: MoneyInputError }

/** What {@link parseMoney} needs besides the text. */
export interface ReadMoneyOptions {
  /** The record's currency: it decides the decimals allowed and the symbol accepted. */
  currency: CurrencyCode
  /** How the user writes numbers: which mark groups thousands and which marks decimals. */
  locale: LocaleTag
  /** The field's label, named in the error sentence. */
  field: string
  /** Whether a figure below zero is meaningful here; pay, bonuses and targets are not. */
  allowNegative?: boolean
}

/** The ways the currency may be written around a figure: "US$", "$", "USD" for USD in en-GB. */
function currencyTokens(currency: CurrencyCode, locale: LocaleTag): string[] {
  const tokens = new Set<string>([currency])
  for (const loc of [locale, 'en'])
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const parts = numberFormat(loc, { style: 'currency', currency, currencyDisplay })
      const symbol = parts.formatToParts(1).find((p) => p.type === 'currency')?.value
      if (symbol) tokens.add(symbol.normalize('NFKC'))
    }
  return [...tokens].sort((a, b) => b.length - a.length)
}

const MINUS = /^[-−]/
const MAX_MINOR = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * Peels the currency and a minus sign off both ends, each at most once: "-£5", "£-5" and
 * "-5,00 €" all read as minus 5, while "££5" keeps a "£" and is refused.
 */
function unwrap(text: string, tokens: string[]): { body: string; negative: boolean } {
  let body = text.trim()
  let negative = false
  let currency = false
  for (;;) {
    if (!negative && MINUS.test(body)) {
      negative = true
      body = body.slice(1).trim()
      continue
    }
    const upper = body.toUpperCase()
    const prefix = currency ? undefined : tokens.find((t) => upper.startsWith(t.toUpperCase()))
    const suffix =
      currency || prefix ? undefined : tokens.find((t) => upper.endsWith(t.toUpperCase()))
    if (!prefix && !suffix) return { body, negative }
    currency = true
    body = (prefix ? body.slice(prefix.length) : body.slice(0, -suffix!.length)).trim()
  }
}

/**
 * Reads an amount the user typed in `locale`'s way of writing numbers ("85.000,50" in de-DE,
 * "85,000.50" in en-GB, "85 000,50" in fr-FR), with or without the currency's symbol, and
 * the shorthand "52k" / "52.5k" for thousands. It refuses rather than guesses: more decimals than
 * the currency has ("85.000" for EUR in en-GB), a group separator out of place ("85,00" in
 * en-GB), another currency's symbol, a negative figure unless allowed, and anything beyond
 * Number.MAX_SAFE_INTEGER minor units. Never throws.
 */
export function parseMoney(text: string, options: ReadMoneyOptions): MoneyReading {
  const { currency, locale, field } = options
  const sep = separators(locale)
  const digits = minorDigits(currency)
  const fail = (kind: MoneyInputErrorKind, why: string): MoneyReading => ({
    ok: false,
    error: { kind, field, input: text, message: `${field}: ${why}` },
  })
  const quoted = JSON.stringify(text.trim())
  const example = `${numberFormat(locale, {}).format(52000)} or 52k`

  const unwrapped = unwrap(text.normalize('NFKC'), currencyTokens(currency, locale))
  const { negative } = unwrapped
  if (unwrapped.body === '' && !negative) return fail('empty', `type an amount, like ${example}.`)
  const thousands = /\s*k$/i.test(unwrapped.body)
  let body = unwrapped.body.replace(/\s*k$/i, '')
  // A locale that groups with a space is typed with any space; de-CH's ’ is typed as '.
  if (sep.group === ' ') body = body.replace(/\s/g, ' ')
  if (sep.group === '’') body = body.replaceAll("'", '’')
  const stray = [...body].filter((c) => !/\d/.test(c) && c !== sep.group && c !== sep.decimal)
  if (stray.length || body === '')
    return stray.some((c) => /\p{Sc}/u.test(c))
      ? fail(
          'other-currency',
          `${quoted} is written in another currency; this figure is in ${currency}.`,
        )
      : fail('not-a-number', `${quoted} is not an amount; type a number, like ${example}.`)

  const [whole = '', fraction = '', ...more] = body.split(sep.decimal)
  if (more.length)
    return fail(
      'misplaced-separator',
      `${quoted} has "${sep.decimal}" twice, and it marks the decimals in ${locale}.`,
    )
  const groups = whole.split(sep.group)
  const wellGrouped =
    groups.length === 1 ||
    (groups[0]!.length >= 1 &&
      groups[0]!.length <= Math.max(sep.primary, sep.secondary) &&
      groups.slice(1, -1).every((g) => g.length === sep.secondary) &&
      groups.at(-1)!.length === sep.primary)
  if (!wellGrouped || fraction.includes(sep.group))
    return fail(
      'misplaced-separator',
      `${quoted} has "${sep.group}" out of place: in ${locale} it separates thousands, in groups of ${sep.primary}, and "${sep.decimal}" marks the decimals.`,
    )
  let units = groups.join('') || '0'
  let decimals = fraction
  if (thousands) {
    units += decimals.padEnd(3, '0').slice(0, 3)
    decimals = decimals.slice(3)
  }
  const read = `${units.replace(/^0+(?=\d)/, '')}${decimals ? `${sep.decimal}${decimals}` : ''}`
  if (decimals.length > digits) {
    const places = digits === 0 ? 'none' : String(digits)
    // "85.000" typed by someone who groups thousands with a point: say what it would have meant.
    const grouped = BigInt(units + fraction) * 10n ** BigInt(digits)
    const meant =
      !thousands && groups.length === 1 && fraction.length === 3 && grouped <= MAX_MINOR
        ? ` If you meant ${formatMoney({ amount: minorUnits(Number(grouped)), currency }, locale)}, type ${units}${sep.group}${fraction} or ${units}k.`
        : ''
    return fail(
      'too-many-decimals',
      `${quoted} reads as ${read}, with ${decimals.length} decimal place${decimals.length === 1 ? '' : 's'}, and ${currency} has ${places}.${meant}`,
    )
  }
  const minor = BigInt(units) * 10n ** BigInt(digits) + BigInt(decimals.padEnd(digits, '0') || '0')
  if (minor > MAX_MINOR)
    return fail('too-large', `${quoted} reads as ${read}, too large to keep exactly.`)
  const amount = minorUnits(negative && minor > 0n ? -Number(minor) : Number(minor))
  if (amount < 0 && !options.allowNegative) {
    const shown = formatMoney({ amount, currency }, locale)
    return fail('negative', `${quoted} reads as ${shown}, and it cannot be below zero.`)
  }
  return { ok: true, amount }
}

/** A form's amount field: how to read it, its key in the form's errors, and whether it may be empty. */
export interface MoneyField extends ReadMoneyOptions {
  /** The field's key in the form's errors, e.g. `offer.payMin`. */
  key: string
  /** True when leaving the field empty is a mistake; otherwise empty reads as no amount. */
  required?: boolean
}

/**
 * Reads a form's amount field: the amount, or null with the reason under `errors[field.key]`.
 * An empty optional field is null with no reason.
 */
export function readMoneyField(
  text: string,
  field: MoneyField,
  errors: Record<string, string>,
): MinorUnits | null {
  const reading = parseMoney(text, field)
  if (reading.ok) return reading.amount
  if (field.required || reading.error.kind !== 'empty') errors[field.key] = reading.error.message
  return null
}
