/**
 * The locale that numbers, money and dates are written and read in. It decides separators
 * ("85.000,00" in de-DE, "85,000.00" in en-GB) and the order of day and month; the app's language
 * stays English whatever it is.
 */

import * as v from 'valibot'
import { pickChoice, type Choice } from './choice'

/** A BCP 47 locale tag such as `en-GB`, `de-DE` or `ja-JP`. */
export type LocaleTag = string & { readonly __brand: 'LocaleTag' }

/** The formats the app has always used until the user or the OS says otherwise: British English. */
export const DEFAULT_LOCALE = 'en-GB' as LocaleTag

/** True when `value` is a locale tag that this platform's Intl can format with. */
export function isLocaleTag(value: unknown): value is LocaleTag {
  if (typeof value !== 'string' || value === '') return false
  try {
    return Intl.getCanonicalLocales(value).length === 1
  } catch {
    return false
  }
}

/**
 * `candidate` as a canonical tag ("en-us" becomes "en-US") when Intl can both write dates and
 * numbers in it, else null. A bare language such as "de" is kept: Intl gives it the language's
 * usual formats. A POSIX name as Linux writes it ("de_DE.UTF-8") is read as its tag.
 */
export function usableLocale(candidate: unknown): LocaleTag | null {
  if (typeof candidate !== 'string') return null
  const written = candidate
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-')
  if (!isLocaleTag(written)) return null
  const [tag] = Intl.getCanonicalLocales(written)
  if (tag === undefined || tag === 'und') return null
  const dates = Intl.DateTimeFormat.supportedLocalesOf(tag)
  const numbers = Intl.NumberFormat.supportedLocalesOf(tag)
  return dates.length === 1 && numbers.length === 1 ? (tag as LocaleTag) : null
}

/**
 * The first of `candidates` (the OS's regional format, then its preferred languages) that Intl can
 * format in (see `usableLocale`); British English when none can.
 */
export function supportedLocale(candidates: readonly unknown[]): LocaleTag {
  for (const candidate of candidates) {
    const tag = usableLocale(candidate)
    if (tag !== null) return tag
  }
  return DEFAULT_LOCALE
}

/** A saved locale setting: a tag Intl can format in. */
export const localeTagSchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check((tag) => usableLocale(tag) === tag, 'not a supported locale'),
  v.transform((tag) => tag as LocaleTag),
)

// The formats offered by name in Settings: the regions most people write from. Any other tag
// Intl supports can still be typed as a code ("es-CL").
const OFFERED = (
  'en-GB en-US en-AU en-CA en-IE en-IN en-NZ en-SG en-ZA de-DE de-AT de-CH fr-FR fr-BE fr-CA ' +
  'fr-CH es-ES es-MX es-AR es-CO es-US it-IT it-CH nl-NL nl-BE pt-PT pt-BR sv-SE da-DK nb-NO ' +
  'fi-FI is-IS pl-PL cs-CZ sk-SK hu-HU ro-RO bg-BG hr-HR sl-SI sr-RS el-GR et-EE lv-LV lt-LT ' +
  'uk-UA ru-RU tr-TR he-IL ar-AE ar-SA hi-IN ja-JP ko-KR zh-CN zh-TW zh-HK th-TH vi-VN id-ID ' +
  'ms-MY fil-PH'
).split(' ')

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/** A locale's name in English, as the pick lists write places: "German, Austria". */
export function localeName(tag: LocaleTag): string {
  const { language, region } = new Intl.Locale(tag)
  const languageName = languageNames.of(language) ?? language
  const regionName = region === undefined ? undefined : regionNames.of(region)
  return regionName === undefined ? languageName : `${languageName}, ${regionName}`
}

let offeredList: readonly Choice[] | null = null

/** The formats offered by name in Settings, sorted by name; the same list on every call. */
export function localeChoices(): readonly Choice[] {
  if (offeredList) return offeredList
  const list = OFFERED.filter((tag) => usableLocale(tag) === tag).map((tag): Choice => ({
    code: tag,
    name: localeName(tag as LocaleTag),
  }))
  list.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  offeredList = list
  return list
}

/**
 * The locale a person typed in Settings: a name from `localeChoices` or any tag Intl supports
 * ("es-CL", "en_au"). Null when it is neither, so the form refuses it rather than guessing.
 */
export function readLocaleChoice(text: string): LocaleTag | null {
  const picked = pickChoice(text, localeChoices())
  if (picked !== null) return picked as LocaleTag
  return usableLocale(text)
}
