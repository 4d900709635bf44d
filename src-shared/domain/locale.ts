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
