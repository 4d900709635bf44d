/**
 * Free tags on applications ("remote", "fintech", "dream job"): short labels the user types, kept
 * as typed but compared without regard to case, accents or spacing, so "Fintech" and "fintech"
 * are one tag and a filter by either finds both.
 */
import { foldText } from './names'

/** The longest tag, in characters: a tag is a label on a card, not a note. */
export const MAX_TAG_LENGTH = 32

/** Why a typed tag was refused, in words for the user. */
export type TagProblem = 'empty' | 'too-long'

/**
 * The tag the user typed, tidied: spaces at the ends dropped, runs of spaces made one, a leading
 * `#` taken off (people type tags as hashtags). Refused when nothing is left or it is too long.
 */
export function readTag(
  text: string,
): { ok: true; tag: string } | { ok: false; problem: TagProblem } {
  const tag = text.normalize('NFC').trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim()
  if (tag === '') return { ok: false, problem: 'empty' }
  if ([...tag].length > MAX_TAG_LENGTH) return { ok: false, problem: 'too-long' }
  return { ok: true, tag }
}

/** The form two tags are compared in: "Dream  Job", "dream job" and "dréam job" are one. */
export function tagKey(tag: string): string {
  return foldText(tag)
}

/** `tags` with `tag` added at the end, unless the same tag is already there (in any case). */
export function withTag(tags: readonly string[], tag: string): string[] {
  const key = tagKey(tag)
  return tags.some((t) => tagKey(t) === key) ? [...tags] : [...tags, tag]
}

/** `tags` without `tag` (in any case). */
export function withoutTag(tags: readonly string[], tag: string): string[] {
  const key = tagKey(tag)
  return tags.filter((t) => tagKey(t) !== key)
}

/** True when `tags` holds `tag` (in any case). */
export function hasTag(tags: readonly string[] | undefined, tag: string): boolean {
  const key = tagKey(tag)
  return (tags ?? []).some((t) => tagKey(t) === key)
}

/**
 * Every tag in use across `lists`, once each, in alphabetical order; where one tag was written two
 * ways the first one met is shown.
 */
export function allTags(lists: Iterable<readonly string[] | undefined>): string[] {
  const byKey = new Map<string, string>()
  for (const tags of lists)
    for (const tag of tags ?? []) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag)
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }))
}
