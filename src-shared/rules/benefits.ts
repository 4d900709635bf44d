/**
 * Whether two benefits are the same one written differently: the advert's "Health insurance
 * (VHI)" and the offer's "Health insurance (VHI) for you and your family" are one benefit, not one
 * missing and one added. The offer check and the negotiation notes both pair benefits here.
 */

import type { BenefitOverride } from '../domain/offer'
import type { Terms } from '../domain/opportunity'
import { coveredByFigure } from './offerComp'

/** The words of a benefit, lower case, without punctuation (letters and digits of any script). */
function words(benefit: string): string[] {
  return benefit.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * True when `a` and `b` name the same benefit: equal apart from case and punctuation, or every
 * word of the shorter one appears in the longer one (which adds detail, such as who is covered).
 */
export function sameBenefit(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ]
  if (short.length === 0) return false
  const have = new Set(long)
  return short.every((w) => have.has(w))
}

/** The advert's and the offer's benefits paired one to one, and those left on either side. */
export interface BenefitPairs {
  /** `byUser` is true where the user said the two are the same, false where they matched. */
  paired: { advert: string; offer: string; byUser: boolean }[]
  /** In the advert, not in the offer. */
  missing: string[]
  /** In the offer, not in the advert. */
  added: string[]
}

const take = (list: string[], item: string): boolean => {
  const i = list.indexOf(item)
  if (i >= 0) list.splice(i, 1)
  return i >= 0
}

/**
 * Pairs each advertised benefit with an offered one that is the same benefit. The user's
 * `overrides` come first: a pair the user made holds, and two the user said are not the same are
 * never matched. An override whose text is no longer on both sides (the benefit was renamed or
 * removed since) is ignored. Then exact matches, so "Pension" does not take the place of "Pension"
 * where two are close, then `sameBenefit`. Blank entries are ignored and every text is trimmed.
 */
export function pairBenefits(
  advert: readonly string[],
  offer: readonly string[],
  overrides: readonly BenefitOverride[] = [],
): BenefitPairs {
  const left = offer.map((b) => b.trim()).filter(Boolean)
  const wanted = advert.map((b) => b.trim()).filter(Boolean)
  const paired: BenefitPairs['paired'] = []
  for (const o of overrides) {
    if (!o.same || !wanted.includes(o.advert.trim()) || !left.includes(o.offer.trim())) continue
    take(wanted, o.advert.trim())
    take(left, o.offer.trim())
    paired.push({ advert: o.advert.trim(), offer: o.offer.trim(), byUser: true })
  }
  const apart = (a: string, b: string) =>
    overrides.some((o) => !o.same && o.advert.trim() === a && o.offer.trim() === b)
  const same = (x: string, y: string) => words(x).join(' ') === words(y).join(' ')
  for (const exact of [true, false]) {
    for (const benefit of [...wanted]) {
      const i = left.findIndex(
        (o) => !apart(benefit, o) && (exact ? same(benefit, o) : sameBenefit(benefit, o)),
      )
      if (i < 0) continue
      paired.push({ advert: benefit, offer: left[i]!, byUser: false })
      left.splice(i, 1)
      take(wanted, benefit)
    }
  }
  return { paired, missing: wanted, added: left }
}

/**
 * `overrides` with the user's word on `advert` and `offer` recorded, replacing what they said
 * about the same two before (so pairing two the user once unpaired does not leave both choices).
 */
export function withBenefitOverride(
  overrides: readonly BenefitOverride[],
  override: BenefitOverride,
): BenefitOverride[] {
  return [
    ...overrides.filter((o) => o.advert !== override.advert || o.offer !== override.offer),
    override,
  ]
}

/**
 * The benefits of an advert's and an offer's terms paired as the offer check pairs them: with the
 * user's `overrides`, and leaving out of `missing` and `added` a line the other side states as a
 * figure (the advert's "Pension" against the offer's employer pension percentage is neither).
 */
export function pairTermsBenefits(
  advert: Terms,
  offer: Terms,
  overrides: readonly BenefitOverride[],
): BenefitPairs {
  const pairs = pairBenefits(advert.benefits, offer.benefits, overrides)
  return {
    paired: pairs.paired,
    missing: pairs.missing.filter((b) => !coveredByFigure(b, offer)),
    added: pairs.added.filter((b) => !coveredByFigure(b, advert)),
  }
}
