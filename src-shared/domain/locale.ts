/**
 * The locale that numbers, money and dates are written and read in. It decides separators
 * ("85.000,00" in de-DE, "85,000.00" in en-GB) and the order of day and month; the app's language
 * stays English whatever it is.
 */

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
 * The first of `candidates` (the OS's regional format, then its preferred languages) that Intl can
 * both write dates and numbers in, canonicalised ("en-us" becomes "en-US"); British English when
 * none can. A bare language such as "de" is kept: Intl gives it the language's usual formats. A
 * POSIX name as Linux writes it ("de_DE.UTF-8") is read as its tag.
 */
export function supportedLocale(candidates: readonly unknown[]): LocaleTag {
  for (const candidate of candidates) {
    const written =
      typeof candidate === 'string' ? candidate.replace(/[.@].*$/, '').replace(/_/g, '-') : null
    if (!isLocaleTag(written)) continue
    const [tag] = Intl.getCanonicalLocales(written)
    if (tag === undefined || tag === 'und') continue
    const dates = Intl.DateTimeFormat.supportedLocalesOf(tag)
    const numbers = Intl.NumberFormat.supportedLocalesOf(tag)
    if (dates.length === 1 && numbers.length === 1) return tag as LocaleTag
  }
  return DEFAULT_LOCALE
}
