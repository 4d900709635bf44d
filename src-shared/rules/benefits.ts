/**
 * Whether two benefits are the same one written differently: the advert's "Health insurance
 * (VHI)" and the offer's "Health insurance (VHI) for you and your family" are one benefit, not one
 * missing and one added. The offer check and the negotiation notes both pair benefits here.
 */

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
  paired: { advert: string; offer: string }[]
  /** In the advert, not in the offer. */
  missing: string[]
  /** In the offer, not in the advert. */
  added: string[]
}

/**
 * Pairs each advertised benefit with the first offered one that is the same benefit (exact
 * matches first, so "Pension" does not take the place of "Pension" where two are close).
 * Blank entries are ignored and every text is trimmed.
 */
export function pairBenefits(advert: readonly string[], offer: readonly string[]): BenefitPairs {
  const left = offer.map((b) => b.trim()).filter(Boolean)
  const wanted = advert.map((b) => b.trim()).filter(Boolean)
  const paired: BenefitPairs['paired'] = []
  const missing: string[] = []
  const same = (x: string, y: string) => words(x).join(' ') === words(y).join(' ')
  for (const exact of [true, false]) {
    for (const benefit of [...wanted]) {
      const i = left.findIndex((o) => (exact ? same(benefit, o) : sameBenefit(benefit, o)))
      if (i < 0) continue
      paired.push({ advert: benefit, offer: left[i]! })
      left.splice(i, 1)
      wanted.splice(wanted.indexOf(benefit), 1)
    }
  }
  missing.push(...wanted)
  return { paired, missing, added: left }
}
