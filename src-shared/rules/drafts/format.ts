/** Shared pieces of the drafts: greetings, sign-offs, dates and lists in British English. */
import type { LocaleTag } from '../../domain/locale'
import type { IsoDate } from '../../domain/time'
import { requireDate } from '../errors'

/** A message the user can edit and send. */
export interface Draft {
  subject: string
  body: string
  /** Things the UI should point out before the draft is sent. */
  flags: DraftFlag[]
}

/**
 * `needs-personal-detail`: nothing specific was noted, the draft holds a bracketed prompt to fill;
 * `near-duplicate`: too close to another draft for the same interview;
 * `includes-clarification`: it adds to an answer the user wanted to clarify;
 * `shortened`: parts were left out to fit a length limit.
 */
export type DraftFlag =
  'needs-personal-detail' | 'near-duplicate' | 'includes-clarification' | 'shortened'

/** Who writes and to which employer: common to every draft. */
export interface DraftBase {
  /** The user's name, as they sign. */
  sender: string
  company: string
  role: string
  /** Locale for dates and money. Default `en-GB`. */
  locale?: LocaleTag
}

const TITLES = /^(dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame)\.?$/i

/** How to greet someone: their first name, or the full name when it starts with a title. */
export function greetingName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return ''
  return TITLES.test(words[0]!) ? words.join(' ') : words[0]!
}

/** `Dear Jane,` or, with no name, `Hello,`. */
export function greeting(name: string, warm = false): string {
  const n = greetingName(name)
  if (!n) return 'Hello,'
  return warm ? `Hi ${n},` : `Dear ${n},`
}

/** The closing lines: `Kind regards,` and the sender's name. */
export function signOff(sender: string, words = 'Kind regards,'): string {
  return `${words}\n${sender.trim()}`
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
const dateTexts = new Map<string, string>()

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = dateFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
    dateFormats.set(key, f)
  }
  return f
}

/** Formats a date once per locale and style; drafts repeat the same few dates. */
function cachedDate(date: IsoDate, locale: string, style: string, make: () => string): string {
  const key = `${date}|${locale}|${style}`
  let text = dateTexts.get(key)
  if (text === undefined) {
    requireDate(date, 'date')
    text = make()
    if (dateTexts.size >= 20_000) dateTexts.clear()
    dateTexts.set(key, text)
  }
  return text
}

/** A date for a letter, e.g. `Friday 6 March` (with the year when asked). Time-zone free. */
export function longDate(date: IsoDate, locale = 'en-GB', withYear = false): string {
  return cachedDate(date, locale, withYear ? 'long-year' : 'long', () => {
    const f = dateFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    })
    const at = new Date(`${date}T00:00:00Z`)
    if (!/^en-GB/i.test(locale)) return f.format(at)
    // British style has no comma after the weekday: "Monday 6 April 2026".
    const parts = f.formatToParts(at)
    const part = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
    return [part('weekday'), part('day'), part('month'), withYear ? part('year') : '']
      .filter(Boolean)
      .join(' ')
  })
}

/** The weekday of a date, e.g. `Friday`. */
export function weekdayName(date: IsoDate, locale = 'en-GB'): string {
  return cachedDate(date, locale, 'weekday', () =>
    dateFormat(locale, { weekday: 'long' }).format(new Date(`${date}T00:00:00Z`)),
  )
}

/** `March 2026`, for "when we met". */
export function monthYear(date: IsoDate, locale = 'en-GB'): string {
  return cachedDate(date, locale, 'month-year', () =>
    dateFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`)),
  )
}

/** `a, b and c`. */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** A user's note made to fit mid-sentence: trimmed, no trailing full stop, first letter lower. */
export function asClause(text: string): string {
  const t = text.trim().replace(/[.!\s]+$/, '')
  if (/^[A-Z][a-z]/.test(t)) return t[0]!.toLowerCase() + t.slice(1)
  return t
}

/** Joins paragraphs with blank lines, leaving out empty ones. */
export function paragraphs(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n')
}

/** The length of `text` in characters as people count them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length
}
