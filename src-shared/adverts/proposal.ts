/**
 * Proposals as the user reviews them: one per term, the page's structured data before its text,
 * each in words and as the interview form's own fields, so an accepted term is read and checked by
 * the form exactly as if the user had typed it.
 */
import type { LocaleTag } from '../domain/locale'
import type { DateReading } from '../domain/dateText'
import { formatDate } from '../domain/dateText'
import { amountInputText, currencyChoices } from '../domain/money'
import { choiceName } from '../domain/choice'
import type { OpportunityForm } from '../forms/form'
import { formatArrangement, formatPay } from '../presenters/format'
import type { ProposedTerm, TermKey } from './terms'
import { TERM_ORDER } from './terms'

/**
 * One proposal per term, in the form's order: a term the page's data states wins over the same
 * term read from its text, and the text fills in what the data leaves out.
 */
export function mergeProposals(
  structured: readonly ProposedTerm[],
  fromText: readonly ProposedTerm[],
): ProposedTerm[] {
  const byKey = new Map<TermKey, ProposedTerm>()
  for (const term of [...structured, ...fromText])
    if (!byKey.has(term.key)) byKey.set(term.key, term)
  return TERM_ORDER.flatMap((key) => byKey.get(key) ?? [])
}

const LABELS: Record<TermKey, string> = {
  company: 'Company',
  role: 'Role',
  pay: 'Pay',
  hours: 'Hours a week',
  holiday: 'Holiday days a year',
  location: 'Location',
  arrangement: 'Where the work is done',
  benefits: 'Benefits',
  closingDate: 'Applications close',
}

/** The name of a term, as the form labels it. */
export function termLabel(key: TermKey): string {
  return LABELS[key]
}

/** A proposed term in words: "£45,000 to £52,000 a year", "37.5", "Hybrid", "31 March 2027". */
export function termText(term: ProposedTerm, reading: DateReading): string {
  switch (term.key) {
    case 'company':
    case 'role':
    case 'location':
      return term.text
    case 'pay':
      return formatPay(term.pay, reading.locale)
    case 'hours':
    case 'holiday':
      return String(term.count)
    case 'arrangement':
      return formatArrangement(term.arrangement)
    case 'benefits':
      return term.benefits.join(', ')
    case 'closingDate':
      return formatDate(term.date, 'long', reading)
  }
}

/** The fields of the interview form that one term fills. */
export type TermFields = Partial<
  Pick<
    OpportunityForm,
    | 'company'
    | 'role'
    | 'payMin'
    | 'payMax'
    | 'currency'
    | 'period'
    | 'hours'
    | 'holiday'
    | 'location'
    | 'arrangement'
    | 'benefits'
    | 'advertClosesOn'
  >
>

/** A term as the form's fields hold it, amounts written the way `locale` writes numbers. */
export function termFields(term: ProposedTerm, locale: LocaleTag): TermFields {
  switch (term.key) {
    case 'company':
      return { company: term.text }
    case 'role':
      return { role: term.text }
    case 'location':
      return { location: term.text }
    case 'pay': {
      const { min, max, currency, period } = term.pay
      return {
        payMin: amountInputText(min, currency, locale),
        payMax: max === min ? '' : amountInputText(max, currency, locale),
        currency: choiceName(currency, currencyChoices(locale)),
        period,
      }
    }
    case 'hours':
      return { hours: String(term.count) }
    case 'holiday':
      return { holiday: String(term.count) }
    case 'arrangement':
      return { arrangement: term.arrangement }
    case 'benefits':
      return { benefits: term.benefits.join('\n') }
    case 'closingDate':
      return { advertClosesOn: term.date }
  }
}

/** Where a term was read, in words, for the user to check it against the advert. */
export function sourceText(term: ProposedTerm): string {
  return term.from.kind === 'text'
    ? `“${term.from.quote}”`
    : `The page’s job details (${term.from.field})`
}
