/**
 * Everything the app runs beside the lock screen once it has painted: the sessions that load
 * each feature's records on unlock, and the reminders. App.vue imports this module lazily, so
 * the rules, holiday data, charts, pdf.js and docx it reaches are not parsed before the lock
 * screen can show; the vault's own code (libsodium, IndexedDB) is all the lock screen needs.
 */
import { followVault } from './session/lifecycle'
import { startReminders } from './reminders/startReminders'
import { followFormats } from './settings/followFormats'
import { useSyncStore } from './sync/syncStore'
import { preloadHolidayParser } from '@shared/rules/holidayData'

/** Starts every feature; returns the function that stops them. */
export function startFeatures(): () => void {
  // The public holidays' parser is the largest part of them and the same for every region: it
  // loads while the passphrase is typed, not after the records (a failure is said on unlock).
  preloadHolidayParser().catch(() => undefined)
  const stops = [
    followVault(),
    // Reminders follow the board: synced to main while it is loaded, locked in main when it is not.
    startReminders(),
    followFormats(),
    // Sync through a folder, while the vault is unlocked and a folder is chosen.
    useSyncStore().follow(),
  ]
  return () => stops.forEach((stop) => stop())
}
