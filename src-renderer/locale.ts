/**
 * The locale the renderer reads and writes numbers and money in, passed to everything in
 * src-shared that needs one. One place, so that a locale setting (a later issue) changes every
 * screen, form and export at once.
 */
import { DEFAULT_LOCALE, type LocaleTag } from '@shared/domain/locale'

/** The user's locale: British English until the app has a setting for it. */
export const userLocale: LocaleTag = DEFAULT_LOCALE
