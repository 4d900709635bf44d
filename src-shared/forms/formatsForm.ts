/**
 * Settings › Formats: the computer's formats, or a locale picked by name (or typed as a tag). The
 * field holds a name; the setting holds a tag, or null for the computer's.
 */
import type { Choice } from '../domain/choice'
import { pickChoice } from '../domain/choice'
import { localeChoices, localeName, readLocaleChoice, type LocaleTag } from '../domain/locale'

/** The code of the "follow my computer" entry: no tag. */
const FOLLOW = ''

/** What the field lists: following the computer first, then the offered locales and the saved one. */
export function formatChoices(computer: LocaleTag, saved: LocaleTag | null): readonly Choice[] {
  const offered = localeChoices()
  const extra =
    saved !== null && !offered.some((c) => c.code === saved)
      ? [{ code: saved, name: localeName(saved) }]
      : []
  return [
    { code: FOLLOW, name: `Follow my computer (${localeName(computer)})` },
    ...extra,
    ...offered,
  ]
}

/** The field's text for a saved setting. */
export function formatText(computer: LocaleTag, saved: LocaleTag | null): string {
  const code = saved ?? FOLLOW
  return formatChoices(computer, saved).find((c) => c.code === code)!.name
}

/** The setting the field's text names: a locale, null to follow the computer, or a message. */
export function readFormatText(
  text: string,
  computer: LocaleTag,
  saved: LocaleTag | null,
): { ok: true; value: LocaleTag | null } | { ok: false; error: string } {
  const picked = pickChoice(text, formatChoices(computer, saved))
  if (picked === FOLLOW) return { ok: true, value: null }
  const locale = (picked as LocaleTag | null) ?? readLocaleChoice(text)
  if (locale !== null) return { ok: true, value: locale }
  return {
    ok: false,
    error: 'Formats: pick a language and country from the list, like English, United Kingdom.',
  }
}
