/**
 * The counter-offer form as typed, read into the domain's CounterOffer with each mistake named
 * under its field, and the counter-offer as the offer screen shows it: the weighing and the two
 * letters.
 */
import type { CounterOffer, CurrencyCode, LocaleTag, Profile } from '../domain'
import { amountInputText, readMoneyField } from '../domain'
import { weighCounterOffer, type CounterOfferWeighing } from '../rules/counterOffer'
import { declineCounterOfferDraft, declineOfferToStayDraft } from '../rules/drafts/counterOffer'
import type { Draft } from '../rules/drafts/format'
import { RuleInputError } from '../rules/errors'
import { parseNumber } from './compDraft'
import type { OfferEntry } from './entry'

/** The counter-offer as typed. */
export interface CounterOfferDraft {
  pay: string
  pension: string
  note: string
  choice: CounterOffer['choice']
}

/** The form showing `counter`, or an empty one. */
export function counterOfferDraft(
  counter: CounterOffer | null,
  locale: LocaleTag,
): CounterOfferDraft {
  return {
    pay: counter ? amountInputText(counter.pay.amount, counter.pay.currency, locale) : '',
    pension: counter?.pensionPercent == null ? '' : String(counter.pensionPercent),
    note: counter?.note ?? '',
    choice: counter?.choice ?? 'weighing',
  }
}

/**
 * Reads the form in the offer's `currency`: the counter-offer, or the mistakes by field
 * (`counterPay`, `counterPension`), so nothing wrong is saved.
 */
export function readCounterOffer(
  d: CounterOfferDraft,
  currency: CurrencyCode,
  locale: LocaleTag,
): { ok: true; value: CounterOffer } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const field = 'Their counter-offer'
  const pay = readMoneyField(
    d.pay,
    { key: 'counterPay', field, currency, locale, required: true },
    errors,
  )
  if (pay === 0) errors['counterPay'] = `${field}: pay of nothing cannot be weighed.`
  const pension = parseNumber(d.pension)
  if (pension !== null && (Number.isNaN(pension) || pension > 100))
    errors['counterPension'] = 'Their pension: a percentage from 0 to 100.'
  if (Object.keys(errors).length || pay === null) return { ok: false, errors }
  return {
    ok: true,
    value: {
      pay: { amount: pay, currency },
      pensionPercent: pension,
      note: d.note.trim(),
      choice: d.choice,
    },
  }
}

/** What the offer screen shows for a recorded counter-offer. */
export interface CounterOfferView {
  weighing: CounterOfferWeighing | null
  /** To the current employer, turning the counter-offer down. */
  leave: Draft
  /** To the new employer, turning their offer down to stay. */
  stay: Draft
}

/** The weighing and both letters for `entry`'s counter-offer, signed by `profile`. */
export function counterOfferView(
  entry: OfferEntry,
  counter: CounterOffer,
  profile: Pick<Profile, 'name' | 'currentJob'>,
  locale: LocaleTag,
): CounterOfferView {
  let weighing: CounterOfferWeighing | null = null
  try {
    weighing = weighCounterOffer(entry.offer.terms, counter, locale)
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error
  }
  const base = {
    sender: profile.name,
    company: entry.company,
    role: entry.role,
    locale,
    currentEmployer: profile.currentJob?.employer ?? '',
    recipientName: '',
  }
  return { weighing, leave: declineCounterOfferDraft(base), stay: declineOfferToStayDraft(base) }
}
