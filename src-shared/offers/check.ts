/**
 * The offer check as the screens and the negotiation notes show it: the rules engine's findings
 * matched to the rows of the comparison, the verdict as a headline, the band bar's positions, and
 * the next steps. Pure: everything comes from `checkOffer` and the entry.
 */
import type { IsoDate, LocaleTag, Money, Settings } from '../domain'
import { termRows, type TermRow } from '../presenters/format'
import type { ComparisonRow, NegotiationNotesInput } from '../export/negotiationNotes'
import { checkOffer, targetFromNotes } from '../rules/offerCheck'
import type {
  OfferCheck,
  OfferFinding,
  OfferJudgedAgainst,
  OfferVerdict,
} from '../rules/offerTypes'
import { RuleInputError } from '../rules/errors'
import type { OfferEntry } from './entry'
import { gapFigure } from '../presenters/offerGap'

/** The check, or the reason it could not run (e.g. a band in one currency, the offer in another). */
export type CheckResult = { ok: true; check: OfferCheck } | { ok: false; message: string }

/**
 * Runs the rules engine's check on an entry, turning input errors into a sentence. The region of
 * `settings` decides the statutory holiday check and the public holidays counted towards it;
 * `locale` how the explanations write amounts.
 */
export function runCheck(
  entry: OfferEntry,
  settings: Pick<Settings, 'region'>,
  locale: LocaleTag,
): CheckResult {
  try {
    return {
      ok: true,
      check: checkOffer(entry.advert, entry.offer, targetFromNotes(entry.offer.negotiation), {
        region: settings.region,
        locale,
      }),
    }
  } catch (error) {
    if (error instanceof RuleInputError) {
      return {
        ok: false,
        message:
          'Some figures could not be compared. Check the amounts and currencies of the offer.',
      }
    }
    throw error
  }
}

const HEADLINES: Record<OfferJudgedAgainst, Record<OfferVerdict, string>> = {
  advert: {
    'falls-short': 'The offer falls short of the advert: raise it before you accept.',
    matches: 'The offer matches the advert: there is little room to negotiate.',
    better: 'The offer is better than the advert.',
  },
  target: {
    'falls-short': 'The offer falls short of your own target: raise it before you accept.',
    matches: 'The offer meets your own target.',
    better: 'The offer reaches your own target.',
  },
  nothing: {
    'falls-short': 'The offer falls short on the points below.',
    matches: 'Set your own target in the notes to judge this offer.',
    better: 'The offer is good on the points below.',
  },
}

/** The verdict as a headline, speaking of the advert, or of the user's target when there is none. */
export function verdictHeadline(check: Pick<OfferCheck, 'verdict' | 'judgedAgainst'>): string {
  return HEADLINES[check.judgedAgainst][check.verdict]
}

const ROW_OF: Record<OfferFinding['term'], TermRow['key']> = {
  pay: 'pay',
  benefits: 'benefits',
  car: 'car',
  hours: 'hours',
  holiday: 'holiday',
  location: 'location',
  arrangement: 'location',
  compensation: 'compensation',
}

/** A row of the comparison with its term's key, for the screens. */
export type CheckedRow = ComparisonRow & Pick<TermRow, 'key'>

/**
 * The comparison rows, amounts written in `locale`, with the findings against the advert (and the
 * law) beside each term.
 */
export function comparisonRows(
  entry: OfferEntry,
  check: OfferCheck | null,
  locale: LocaleTag,
): CheckedRow[] {
  return termRows(entry.advert, entry.offer.terms, locale).map((row) => {
    const found = (check?.findings ?? []).filter(
      (f) => ROW_OF[f.term] === row.key && f.against !== 'target',
    )
    return {
      ...row,
      finding: found.map((f) => f.explanation).join(' '),
      gap: gapFigure(found, locale),
      concern: found.some((f) => f.effect === 'worse'),
    }
  })
}

/** Where the offer and the target sit on the advertised band, 0-100 along a bar that pads the band. */
export interface BandBar {
  min: Money
  max: Money
  offer: Money
  target: Money | null
  /** Positions along the bar, in percent; the band itself spans `bandFrom` to `bandTo`. */
  bandFrom: number
  bandTo: number
  offerAt: number
  targetAt: number | null
  period: NonNullable<OfferFinding['figures']['period']>
}

/** The band bar, when the advert gave a band (or figure) to compare the pay with. */
export function bandBar(check: OfferCheck): BandBar | null {
  const pay = check.findings.find((f) => f.term === 'pay' && f.against === 'advert')
  const x = pay?.figures
  if (!x?.advertMin || !x.advertMax || !x.offer || !x.period) return null
  const targetFinding = check.findings.find((f) => f.against === 'target' && f.figures.target)
  const target =
    targetFinding?.figures.period === x.period &&
    targetFinding.figures.target?.currency === x.offer.currency
      ? targetFinding.figures.target
      : null
  const values = [
    x.advertMin.amount,
    x.advertMax.amount,
    x.offer.amount,
    ...(target ? [target.amount] : []),
  ]
  const spread = Math.max(x.advertMax.amount - x.advertMin.amount, x.advertMin.amount * 0.1, 1)
  const lo = Math.min(...values) - spread * 0.25
  const hi = Math.max(...values) + spread * 0.25
  const at = (v: number) => Math.round(((v - lo) / (hi - lo)) * 1000) / 10
  return {
    min: x.advertMin,
    max: x.advertMax,
    offer: x.offer,
    target,
    bandFrom: at(x.advertMin.amount),
    bandTo: at(x.advertMax.amount),
    offerAt: at(x.offer.amount),
    targetAt: target ? at(target.amount) : null,
    period: x.period,
  }
}

/** What to do next, in order, each ticked when done. */
export function nextSteps(entry: OfferEntry, check: OfferCheck): { text: string; done: boolean }[] {
  const { offer } = entry
  const outstanding = offer.conditions.filter((c) => c.status === 'outstanding').length
  const steps = [
    { text: 'Thank them for the offer and say you are pleased', done: offer.inWriting },
    { text: 'Get the offer in writing', done: offer.inWriting },
  ]
  if (check.verdict === 'falls-short') {
    steps.push({
      text: 'Raise the gaps with the figures, using your notes',
      done: offer.negotiation.lines.trim() !== '' && offer.decision !== 'pending',
    })
  }
  steps.push(
    {
      text: outstanding
        ? `Clear the ${outstanding} outstanding condition${outstanding === 1 ? '' : 's'}`
        : 'No conditions left to clear',
      done: outstanding === 0,
    },
    { text: 'Decide, then sign and return the contract', done: offer.contractSigned },
    { text: 'Only then hand in your notice', done: false },
  )
  return steps
}

/** Everything the negotiation notes export needs, from the entry and its check. */
export function notesExport(
  entry: OfferEntry,
  result: CheckResult,
  ownerName: string,
  preparedOn: IsoDate,
  locale: LocaleTag,
): NegotiationNotesInput {
  const check = result.ok ? result.check : null
  return {
    ownerName,
    company: entry.company,
    role: entry.role,
    preparedOn,
    verdict: check ? verdictHeadline(check) : null,
    reasons: check ? check.reasons.slice(1) : [],
    blockers: check ? check.blockers.map((b) => b.explanation) : [],
    rows: comparisonRows(entry, check, locale),
    ...entry.offer.negotiation,
    locale,
  }
}
