/**
 * Settings › Formats applies as soon as the settings are read after an unlock, and when it is
 * saved; while the vault is locked the settings are the defaults, so the computer's formats apply.
 */
import { watch } from 'vue'
import { useBoardStore } from '../interviews/store'
import { chooseLocale } from '../locale'

/** Follows the saved Formats setting; returns the function that stops following it. */
export function followFormats(): () => void {
  const board = useBoardStore()
  return watch(() => board.settings.formatLocale, chooseLocale, { immediate: true })
}
