/**
 * Findings of the offer check for pay beyond the base: the advert's bonus, pension, equity and
 * allowances against the offer's, and which benefit lines a figure already covers (so an advert's
 * "Pension 6%" is not reported missing when the offer's pension was entered as a figure).
 */
import { noCompensation, type Compensation } from '../domain/compensation'
import type { LocaleTag } from '../domain/locale'
import type { Money } from '../domain/money'
import { formatMoney, money } from '../domain/money'
import type { Terms } from '../domain/opportunity'
import type { OfferFinding } from './offerTypes'

/** Benefit lines naming each part of the compensation, matched case-insensitively. */
const NAMES: [RegExp, (c: Compensation) => boolean][] = [
  [/pension|401\s*\(?k\)?|retirement/i, (c) => c.pension !== null],
  [/bonus/i, (c) => c.guaranteedBonus !== null || c.targetBonus !== null],
  [/equity|shares?\b|stock|options?\b|rsus?\b/i, (c) => c.equity !== null],
  [/learning|training|education/i, (c) => c.learningAllowance !== null],
  [/remote|home.?working|working from home|wfh/i, (c) => c.remoteAllowance !== null],
]

/** True when `benefit` names a part of the pay that `terms` states as a figure. */
export function coveredByFigure(benefit: string, terms: Terms): boolean {
  const comp = terms.comp
  return comp ? NAMES.some(([name, stated]) => name.test(benefit) && stated(comp)) : false
}

type AmountPart = 'guaranteedBonus' | 'targetBonus' | 'remoteAllowance' | 'learningAllowance'

const AMOUNT_PARTS: [AmountPart, string][] = [
  ['guaranteedBonus', 'guaranteed bonus'],
  ['targetBonus', 'target bonus'],
  ['remoteAllowance', 'remote-working allowance'],
  ['learningAllowance', 'learning allowance'],
]

function finding(
  kind: OfferFinding['kind'],
  effect: OfferFinding['effect'],
  benefit: string,
  explanation: string,
  figures: OfferFinding['figures'] = {},
): OfferFinding {
  return {
    kind,
    term: 'compensation',
    effect,
    against: 'advert',
    figures: { benefit, ...figures },
    explanation,
  }
}

function compareAmount(
  label: string,
  advert: Money | null,
  offer: Money | null,
  locale: LocaleTag,
  per = ' a year',
): OfferFinding[] {
  const fmt = (m: Money) => formatMoney(m, locale)
  const a = /^[aeiou]/.test(label) ? 'an' : 'a'
  if (advert && !offer)
    return [
      finding(
        'comp-missing',
        'worse',
        label,
        `The advert gave ${a} ${label} of ${fmt(advert)}${per}; the offer names none.`,
      ),
    ]
  if (!advert && offer)
    return [
      finding(
        'comp-added',
        'better',
        label,
        `The offer adds ${a} ${label} of ${fmt(offer)}${per}, which the advert did not mention.`,
      ),
    ]
  if (!advert || !offer || advert.currency !== offer.currency || advert.amount === offer.amount)
    return []
  const lower = offer.amount < advert.amount
  const difference = money(Math.abs(offer.amount - advert.amount), offer.currency)
  return [
    finding(
      lower ? 'comp-lower' : 'comp-higher',
      lower ? 'worse' : 'better',
      label,
      `The ${label} is ${fmt(offer)}${per}, ${fmt(difference)} ${lower ? 'less' : 'more'} than the ${fmt(advert)} advertised.`,
      { period: 'year', offer, advertMin: advert, difference },
    ),
  ]
}

function comparePension(advert: Compensation, offer: Compensation): OfferFinding[] {
  const a = advert.pension
  const o = offer.pension
  const label = 'employer pension'
  if (a && !o)
    return [
      finding(
        'comp-missing',
        'worse',
        label,
        `The advert gave an employer pension of ${a.employerPercent}%; the offer names none.`,
      ),
    ]
  if (!a && o)
    return [
      finding(
        'comp-added',
        'better',
        label,
        `The offer adds an employer pension of ${o.employerPercent}%, which the advert did not mention.`,
      ),
    ]
  if (!a || !o || a.employerPercent === o.employerPercent) return []
  const lower = o.employerPercent < a.employerPercent
  return [
    finding(
      lower ? 'comp-lower' : 'comp-higher',
      lower ? 'worse' : 'better',
      label,
      `The employer pension is ${o.employerPercent}% of pay against ${a.employerPercent}% in the advert.`,
      { percent: Math.abs(o.employerPercent - a.employerPercent) },
    ),
  ]
}

/**
 * The offer's bonus, pension, equity and allowances against the advert's, each as missing, lower,
 * higher or added. Amounts in different currencies are left to the totals, which name them.
 */
export function compFindings(advert: Terms, offer: Terms, locale: LocaleTag): OfferFinding[] {
  if (!advert.comp && !offer.comp) return []
  const empty = noCompensation()
  const a = advert.comp ?? empty
  const o = offer.comp ?? empty
  const out = comparePension(a, o)
  for (const [part, label] of AMOUNT_PARTS)
    out.push(...compareAmount(label, a[part], o[part], locale))
  const grant = (c: Compensation) => c.equity?.grant ?? null
  out.push(...compareAmount('equity grant', grant(a), grant(o), locale, ' in all'))
  return out
}
