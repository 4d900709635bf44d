/**
 * The one reader of an advert's text: pasted, the visible text of a saved page, or the text of a
 * PDF. It proposes what it can find (pay band and period, hours, holiday, location and remote
 * working, benefits, closing date), each with the line it came from, and leaves out what it cannot;
 * the user checks every proposal, so a term it misses costs a field to fill in, never a wrong save.
 * Figures go through the money module and dates through the date module, tried first in the
 * user's way of writing them.
 */
import type { CurrencyCode, PayPeriod } from '../domain/money'
import { isCurrencyCode, parseMoney, payRate } from '../domain/money'
import type { LocaleTag } from '../domain/locale'
import { readWrittenDate } from '../domain/dateText'
import type { WorkArrangement } from '../domain/opportunity'
import { readPeriod, periodByAmount } from './periods'
import type { ProposedTerm, ReadingContext, TermSource } from './terms'

/** Symbols written before or after a figure, longest first so "US$" wins over "$". */
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
]
const esc = (s: string) => s.replace(/[$]/g, '\\$')
const SYM = `${SYMBOLS.map(([s]) => esc(s)).join('|')}|[A-Z]{3}`
const NUM = `\\d{1,3}(?:[,.\\s’']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?`
const AMOUNT = new RegExp(
  `(?:(${SYM})\\s?)?(${NUM})(\\s?[kK](?![\\p{L}]))?(?:\\s?(${SYM})(?![\\p{L}]))?`,
  'gu',
)
const RANGE_JOIN = /^\s*(?:-|–|—|to|bis|à)\s*$/i

const currencyOf = (token: string | undefined): CurrencyCode | null => {
  if (!token) return null
  const symbol = SYMBOLS.find(([s]) => s === token)
  if (symbol) return symbol[1] as CurrencyCode
  return isCurrencyCode(token) && Intl.supportedValuesOf('currency').includes(token) ? token : null
}

interface Figure {
  start: number
  end: number
  currency: CurrencyCode | null
  number: string
}

function figuresIn(text: string): Figure[] {
  const out: Figure[] = []
  for (const m of text.matchAll(AMOUNT)) {
    const before = currencyOf(m[1])
    const after = currencyOf(m[4])
    // "THE 45": a capitalised word that is no currency code is not part of the figure.
    const lead = m[1] && !before ? m[0].indexOf(m[2]!, m[1].length) : 0
    out.push({
      start: m.index + lead,
      end: m.index + m[0].length - (m[4] && !after ? m[4].length : 0),
      currency: before ?? after,
      number: m[2]!.trim() + (m[3] ? 'k' : ''),
    })
  }
  return out
}

/** The locales a figure is tried in: the user's, then the common ways adverts write numbers. */
const localesFor = (locale: LocaleTag): LocaleTag[] =>
  [...new Set([locale, 'en-GB', 'de-DE', 'fr-FR'])] as LocaleTag[]

function amountOf(number: string, currency: CurrencyCode, locale: LocaleTag): number | null {
  for (const loc of localesFor(locale)) {
    const reading = parseMoney(number, { currency, locale: loc, field: '' })
    if (reading.ok && reading.amount > 0) return reading.amount
  }
  return null
}

/** The line around `start`..`end`, cut to about 120 characters, for the user to check. */
export function quoteAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const lineEnd = text.indexOf('\n', end)
  let from = lineStart
  let to = lineEnd === -1 ? text.length : lineEnd
  if (to - from > 120) {
    from = Math.max(from, start - 40)
    to = Math.min(to, Math.max(end + 40, from + 120))
  }
  const quote = text.slice(from, to).replace(/\s+/g, ' ').trim()
  return `${from > lineStart ? '…' : ''}${quote}${to < (lineEnd === -1 ? text.length : lineEnd) ? '…' : ''}`
}

const source = (text: string, start: number, end: number): TermSource => ({
  kind: 'text',
  start,
  end,
  quote: quoteAround(text, start, end),
})

const NOT_PAY =
  /\b(?:allowance|bonus|budget|relocation|sign-?on|equity|shares|pension)\b[^.\n;:]{0,15}$/i

/** The advertised pay: the first figure or band with a currency that is not an allowance. */
export function readPay(text: string, ctx: ReadingContext): ProposedTerm | null {
  const figures = figuresIn(text)
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!
    const next = figures[i + 1]
    const band = next && RANGE_JOIN.test(text.slice(first.end, next.start)) ? next : null
    const currency = first.currency ?? band?.currency ?? null
    if (!currency) continue
    if (NOT_PAY.test(text.slice(Math.max(0, first.start - 40), first.start))) continue
    const min = amountOf(first.number, currency, ctx.locale)
    const max = band ? amountOf(band.number, currency, ctx.locale) : min
    // A band that runs backwards is refused whole: neither end is a safe guess.
    if (band) i++
    if (min === null || max === null || max < min) continue
    const end = (band ?? first).end
    const found = readPeriod(text, first.start, end)
    const period: PayPeriod = found?.period ?? periodByAmount(min, currency)
    const to = Math.max(end, found?.end ?? end)
    return {
      key: 'pay',
      pay: payRate(min, max, currency, period),
      from: source(text, first.start, to),
    }
  }
  return null
}

const HOURS =
  /(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:-\s*)?(?:hours?|hrs?|h|Stunden|Std\.?)(?![\p{L}])(?!\s*(?:a|per|each)\s+day)/giu
const WEEK_AFTER = /^[^.\n]{0,25}(?:week|wk|Woche)/i

/** Hours a week: one said to be weekly first, else the first plausible "37.5 hours". */
export function readHours(text: string): ProposedTerm | null {
  const found = [...text.matchAll(HOURS)]
    .map((m) => ({ m, n: Number(m[1]!.replace(',', '.')) }))
    .filter(({ n }) => n >= 8 && n <= 60)
  const pick = found.find(({ m }) => WEEK_AFTER.test(text.slice(m.index + m[0].length))) ?? found[0]
  if (!pick) return null
  const { m, n } = pick
  return { key: 'hours', count: n, from: source(text, m.index, m.index + m[0].length) }
}

const HOLIDAY_AFTER =
  /(\d{1,2}(?:[.,]5)?)\s*(?:working\s+|paid\s+|annual\s+)?(?:days?|Tage)[’']?\s*(?:of\s+)?(?:paid\s+|annual\s+)?(?:holidays?|leave|vacation|annual leave|PTO|Urlaub)/giu
const HOLIDAY_BEFORE =
  /(?:holidays?|annual leave|vacation|Urlaub)[^\n\d]{0,30}?(\d{1,2}(?:[.,]5)?)\s*(?:days|Tage)/giu

/** Paid holiday days a year: "25 days holiday", "Holiday: 25 days", "30 Tage Urlaub". */
export function readHoliday(text: string): ProposedTerm | null {
  const all = [...text.matchAll(HOLIDAY_AFTER), ...text.matchAll(HOLIDAY_BEFORE)]
    .map((m) => ({ m, n: Number(m[1]!.replace(',', '.')) }))
    .filter(({ n }) => n >= 5 && n <= 60)
    .sort((a, b) => a.m.index - b.m.index)
  const first = all[0]
  if (!first) return null
  const { m, n } = first
  return { key: 'holiday', count: n, from: source(text, m.index, m.index + m[0].length) }
}

const ARRANGEMENTS: [WorkArrangement, RegExp][] = [
  ['hybrid', /\bhybrid(?:es|e)?\b/i],
  ['remote', /\b(?:fully\s+)?remote\b|\bwork(?:ing)? from home\b|\bhome[- ]based\b/i],
  ['on-site', /\bon[- ]site\b|\boffice[- ]based\b|\bin the office (?:five|5) days\b/i],
]

/** On site, hybrid or remote: hybrid when an advert mentions both it and remote days. */
export function readArrangement(text: string): ProposedTerm | null {
  for (const [arrangement, pattern] of ARRANGEMENTS) {
    const m = pattern.exec(text)
    if (m)
      return { key: 'arrangement', arrangement, from: source(text, m.index, m.index + m[0].length) }
  }
  return null
}

const LOCATION_LABEL =
  /^[ \t]*(?:location|work location|place of work|based in|office|Standort|Arbeitsort)[ \t]*[:–-][ \t]*([^\n]+)$/gimu
const PLACE = `(\\p{Lu}[\\p{L}'’.-]+(?:[ -](?:upon[ -]|on[ -]|am[ -])?\\p{Lu}[\\p{L}'’.-]+)*)`
const LOCATION_IN = new RegExp(
  `\\b(?:days?(?: a| per)? week in|days? in|based in|office in|located in|offices in|in unserem Büro in)\\s+${PLACE}`,
  'gu',
)

/** Where the job is: a "Location:" line, else "2 days in Leeds", "based in Manchester". */
export function readLocation(text: string): ProposedTerm | null {
  const label = LOCATION_LABEL.exec(text)
  LOCATION_LABEL.lastIndex = 0
  if (label) {
    const value = label[1]!
      .split(/\s[|(]|;/)[0]!
      .trim()
      .replace(/[.,]$/, '')
    const start = label.index + label[0].indexOf(label[1]!)
    if (value)
      return { key: 'location', text: value, from: source(text, start, start + value.length) }
  }
  const m = LOCATION_IN.exec(text)
  LOCATION_IN.lastIndex = 0
  if (!m) return null
  const start = m.index + m[0].length - m[1]!.length
  return { key: 'location', text: m[1]!, from: source(text, start, start + m[1]!.length) }
}

const BENEFITS_HEADING =
  /^[ \t#]*(?:benefits|perks|what we offer|what you(?:'|’)ll get|we offer|in return|unser angebot|wir bieten|benefits include)\b[^\n]*$/gimu
const BULLET = /^[ \t]*(?:[•·▪◦*–-]|\d+[.)])\s+(.+)$/u
const splitList = (line: string) =>
  line
    .split(/\s*(?:[;,]|\band\b|\bund\b)\s*/u)
    .map((s) => s.replace(/[.!]$/, '').trim())
    .filter((s) => s.length > 1)

/** The benefits listed under a "Benefits" heading, or after "Benefits include:" in a sentence. */
export function readBenefits(text: string): ProposedTerm | null {
  const heading = BENEFITS_HEADING.exec(text)
  BENEFITS_HEADING.lastIndex = 0
  if (!heading) return null
  const inline = heading[0].split(/:\s*/).slice(1).join(': ').trim()
  const start = heading.index
  if (inline) {
    const items = splitList(inline).slice(0, 20)
    if (items.length)
      return {
        key: 'benefits',
        benefits: items,
        from: source(text, start, start + heading[0].length),
      }
  }
  const items: string[] = []
  let at = start + heading[0].length + 1
  let end = at
  for (const line of text.slice(at).split('\n')) {
    const bullet = BULLET.exec(line)
    if (bullet) {
      items.push(bullet[1]!.replace(/[.;,]$/, '').trim())
      end = at + line.length
    } else if (line.trim() !== '') break
    at += line.length + 1
    if (items.length >= 20) break
  }
  return items.length ? { key: 'benefits', benefits: items, from: source(text, start, end) } : null
}

const CLOSING =
  /(?:closing date|closes on|closes|apply by|applications? close(?:s)?(?: on)?|deadline(?: for applications)?|bewerbungsfrist|bewerbungsschluss)[ \t]*(?:is|:|-|–)?[ \t]*(?:on[ \t]+)?/giu

/** The closing date for applications: "Closing date: 31 March 2027", "Apply by 14/02/2027". */
export function readClosingDate(text: string, ctx: ReadingContext): ProposedTerm | null {
  for (const m of text.matchAll(CLOSING)) {
    const after = m.index + m[0].length
    const rest = text.slice(after, after + 40).split('\n')[0]!
    const date =
      readWrittenDate(rest, ctx) ?? readWrittenDate(rest.replace(/^[\p{L}]+,?\s+/u, ''), ctx)
    if (date) return { key: 'closingDate', date, from: source(text, m.index, after + rest.length) }
  }
  return null
}

/** Every term the text states, at most one of each, in the order the form shows them. */
export function readAdvertText(text: string, ctx: ReadingContext): ProposedTerm[] {
  return [
    readPay(text, ctx),
    readHours(text),
    readHoliday(text),
    readLocation(text),
    readArrangement(text),
    readBenefits(text),
    readClosingDate(text, ctx),
  ].filter((t): t is ProposedTerm => t !== null)
}
