/**
 * A value the user picks from a long list by name ("Scotland", "London", "Euro") while the app
 * keeps the code underneath (`GB-SCT`, `Europe/London`, `EUR`). The lists themselves live with
 * their concept (regions in rules/calendar, zones in zoned, currencies in money); this file only
 * reads what was typed back to a code, the same way for all of them.
 */
import { foldText as fold } from './names'

/** One entry of a pick list. */
export interface Choice {
  /** What is stored: a region, zone or currency code. */
  code: string
  /** The full name shown in the list, unique within it: "Scotland, United Kingdom". */
  name: string
  /** A shorter name a person types, when it picks one entry alone: "Scotland", "London". */
  short?: string
}

/**
 * The code of the entry `text` names: its full name, its code, or a short name that only one
 * entry has, ignoring case and accents ("baden-wurttemberg" finds Baden-Württemberg). Null when nothing or several match,
 * so the caller refuses the entry rather than guessing.
 */
export function pickChoice(text: string, choices: readonly Choice[]): string | null {
  const wanted = fold(text)
  if (wanted === '') return null
  const exact = choices.find((c) => fold(c.name) === wanted || fold(c.code) === wanted)
  if (exact) return exact.code
  const byShort = choices.filter((c) => c.short !== undefined && fold(c.short) === wanted)
  return byShort.length === 1 ? byShort[0]!.code : null
}

/** The full name of `code` in `choices`, or the code itself when the list does not have it. */
export function choiceName(code: string, choices: readonly Choice[]): string {
  return choices.find((c) => c.code === code)?.name ?? code
}
