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

/** Jaccard similarity of the word shingles of `a` and `b`, from 0 to 1 (two empty texts: 1). */
export function draftSimilarity(a: string, b: string, size = 3): number {
  const sa = shingles(a, size)
  const sb = shingles(b, size)
  if (sa.size === 0 && sb.size === 0) return 1
  let shared = 0
  for (const s of sa) if (sb.has(s)) shared++
  return shared / (sa.size + sb.size - shared)
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
  const out: SimilarPair[] = []
  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      const a = drafts[i]!
      const b = drafts[j]!
      let score = draftSimilarity(a.text, b.text)
      if (a.personal != null && b.personal != null) {
        score = Math.max(score, draftSimilarity(a.personal, b.personal, 2))
      }
      if (score >= threshold) out.push({ a: a.id, b: b.id, score: Math.round(score * 100) / 100 })
    }
  }
  return out.sort((x, y) => y.score - x.score)
}
