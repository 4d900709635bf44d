/**
 * The long-lived notification services of main: the preferences and the reminder scheduler, built
 * from ports. Main's Electron wiring and the end-to-end fixture both build them through here.
 */
import type { Ports } from '../ports'
import { preferenceStore, type PreferenceStore } from './preferences'
import { reminderFile } from './reminderFile'
import { ReminderScheduler } from './scheduler'

/** What main's handlers and its Electron wiring share about notifications. */
export interface NotifyServices {
  preferences: PreferenceStore
  scheduler: ReminderScheduler
  /** Resolves once both have read their files and the catch-up summary (if any) is shown. */
  ready: Promise<void>
}

/** Builds and starts the services over `ports`. */
export function createNotifyServices(ports: Ports): NotifyServices {
  const preferences = preferenceStore(ports.dataDir, ports.loginItem)
  const scheduler = new ReminderScheduler({
    ...ports,
    file: reminderFile(ports.dataDir),
    preferences: () => preferences.get(),
  })
  const ready = preferences.ready.then(() => scheduler.start())
  return { preferences, scheduler, ready }
}
