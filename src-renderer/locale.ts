/**
 * The locale the renderer reads and writes numbers, money and dates in, passed to everything in
 * src-shared that needs one. One place: the user's choice in Settings › Formats when there is
 * one, else the computer's regional format, which main reads from the OS before the app mounts.
 *
 * `userLocale` is a live binding: importers always see the current value. Screens read it when
 * they are drawn, so each screen of the shell is keyed on `localeRevision` and redrawn when it changes.
 */
import { ref } from 'vue'
import { DEFAULT_LOCALE, type LocaleTag } from '@shared/domain/locale'
import { host } from './host'

/** The user's locale: the Formats setting, else the computer's. */
export let userLocale: LocaleTag = DEFAULT_LOCALE

let computerLocale: LocaleTag = DEFAULT_LOCALE
let chosenLocale: LocaleTag | null = null

/** Counts changes of `userLocale`; what is keyed on it is drawn again in the new formats. */
export const localeRevision = ref(0)

function apply(): void {
  const next = chosenLocale ?? computerLocale
  if (next === userLocale) return
  userLocale = next
  localeRevision.value += 1
}

/** The computer's regional format, as main read it (British English until it has answered). */
export function systemLocale(): LocaleTag {
  return computerLocale
}

/**
 * Asks main for the computer's regional format; called once before the app mounts. When main
 * cannot answer, the app keeps British English rather than failing to start.
 */
export async function loadSystemLocale(): Promise<void> {
  try {
    computerLocale = (await host().call('app/system-locale', {})).locale
  } catch (error) {
    console.error('The computer’s regional format could not be read; using British English.', error)
  }
  apply()
}

/** Follows the Formats setting: a locale, or null for the computer's. */
export function chooseLocale(locale: LocaleTag | null): void {
  chosenLocale = locale
  apply()
}
