/** Shared pieces of the drafts: greetings, sign-offs, dates and lists in British English. */
import type { DateReading } from '../../domain/dateText'
import { DEFAULT_LOCALE, type LocaleTag } from '../../domain/locale'
import type { IsoDate } from '../../domain/time'

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
  /** The day the draft is written and read: dates in another year show it. Default: unknown. */
  readOn?: IsoDate
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

/**
 * How a draft writes its dates: in its locale, read on the day it is written. Without that day
 * (a draft made outside the planner) every date carries its year.
 */
export function draftReading(base: Pick<DraftBase, 'locale' | 'readOn'>): DateReading {
  return { locale: base.locale ?? DEFAULT_LOCALE, readOn: base.readOn ?? null }
}

/** `a, b and c`. */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * A user's note made to fit mid-sentence: trimmed, no trailing full stop. The user's words keep
 * the case they were typed in, the first one too: a capital there may be a name ("The Hague",
 * "Kubernetes", "Ó Briain") that the app cannot tell from a sentence's first word.
 */
export function asClause(text: string): string {
  return text.trim().replace(/[.!\s]+$/, '')
}

/** The first bracketed prompt still in `text` ("[Add something you talked about]"), or null. */
export function bracketedGap(text: string): string | null {
  return /\[[^\]\n]+\]/.exec(text)?.[0] ?? null
}

/** Joins paragraphs with blank lines, leaving out empty ones. */
export function paragraphs(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n')
}

/** The length of `text` in characters as people count them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length
}
