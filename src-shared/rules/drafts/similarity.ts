/**
 * Near-identical drafts: interviewers compare notes, so thank-yous for one interview must not read
 * as copies. Similarity is the Jaccard index of the drafts' word 3-shingles (0 = nothing shared,
 * 1 = the same words in the same order).
 */

/** The score at or above which two drafts count as near-identical. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5

function shingles(text: string, size: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []
  const out = new Set<string>()
  if (words.length < size) {
    if (words.length) out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

function jaccard(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  if (sa.size === 0 && sb.size === 0) return 1
  let shared = 0
  for (const s of sa) if (sb.has(s)) shared++
  return shared / (sa.size + sb.size - shared)
}

/** Jaccard similarity of the word shingles of `a` and `b`, from 0 to 1 (two empty texts: 1). */
export function draftSimilarity(a: string, b: string, size = 3): number {
  return jaccard(shingles(a, size), shingles(b, size))
}

/** A pair of drafts that read too much alike. */
export interface SimilarPair {
  a: string
  b: string
  /** Rounded to two decimal places. */
  score: number
}

/**
 * Every pair of the given drafts whose similarity reaches `threshold`, highest first. When both
 * drafts of a pair give `personal` (the part meant to be specific to the reader, such as what was
 * discussed with them), the score is the higher of the whole texts' and the personal parts'
 * similarity (word pairs), so varied wording around the same detail is still caught.
 */
export function findNearDuplicates(
  drafts: { id: string; text: string; personal?: string }[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): SimilarPair[] {
  // Shingle each text once, not once per pair: the board plans every visible card with this.
  const texts = drafts.map((d) => shingles(d.text, 3))
  const personal = drafts.map((d) => (d.personal != null ? shingles(d.personal, 2) : null))
  const out: SimilarPair[] = []
  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      let score = jaccard(texts[i]!, texts[j]!)
      const pa = personal[i]
      const pb = personal[j]
      if (pa && pb) score = Math.max(score, jaccard(pa, pb))
      if (score >= threshold) {
        out.push({ a: drafts[i]!.id, b: drafts[j]!.id, score: Math.round(score * 100) / 100 })
      }
    }
  }
  return out.sort((x, y) => y.score - x.score)
}
