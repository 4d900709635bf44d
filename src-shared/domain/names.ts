/**
 * Comparing what people type: names, companies and tags are matched without regard to case,
 * accents or spacing, so "Renée  Côté" typed once and "renee cote" typed months later are seen as
 * the same words. Only for comparing: what the user typed is always kept and shown as typed.
 */

/** Letters that carry no separable accent in Unicode, written the way an English keyboard would. */
const FOLDS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/**
 * `text` lower-cased, without accents, with punctuation-free runs of spaces made one and the ends
 * trimmed: "  Zoë   O'Brien-Łukasz " gives "zoe o'brien-lukasz".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLDS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim()
}
