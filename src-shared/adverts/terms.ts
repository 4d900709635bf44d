/**
 * The terms the app proposes after reading an advert, each with where it was read, so the user can
 * check it against the advert before accepting it. Nothing here is saved: a proposal becomes part
 * of the record only through the interview form, once the user has accepted it.
 */
import type { LocaleTag } from '../domain/locale'
import type { PayRate } from '../domain/money'
import type { WorkArrangement } from '../domain/opportunity'
import type { IsoDate } from '../domain/time'

/** Where a proposed term was read. */
export type TermSource =
  /** The page's schema.org JobPosting data; `field` is its property, like `baseSalary`. */
  | { kind: 'page-data'; field: string }
  /** The advert's text: the characters `start` to `end`, and the line around them. */
  | { kind: 'text'; start: number; end: number; quote: string }

/** One term's value, by term. */
export type ProposedValue =
  | { key: 'company' | 'role' | 'location'; text: string }
  | { key: 'pay'; pay: PayRate }
  | { key: 'hours' | 'holiday'; count: number }
  | { key: 'arrangement'; arrangement: WorkArrangement }
  | { key: 'benefits'; benefits: string[] }
  | { key: 'closingDate'; date: IsoDate }

/** Which term a proposal is about. */
export type TermKey = ProposedValue['key']

/** A term read from an advert, with where it was read. */
export type ProposedTerm = ProposedValue & { from: TermSource }

/** The order in which proposals are shown, as the interview form orders its fields. */
export const TERM_ORDER: readonly TermKey[] = [
  'company',
  'role',
  'pay',
  'hours',
  'holiday',
  'location',
  'arrangement',
  'benefits',
  'closingDate',
]

/** What a reader needs besides the advert. */
export interface ReadingContext {
  /** How the user writes numbers and dates; tried first for figures in the advert. */
  locale: LocaleTag
  /** Today in the user's zone: a closing date without a year is the next such day. */
  readOn: IsoDate
}
