/**
 * The notification preferences main keeps in its own small file, because they must apply while
 * the vault is locked and after a restart: quiet hours, details, the tray and start at login. None
 * of them says anything about the job search.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import {
  defaultNotifyPreferences,
  notifyPreferencesPatchSchema,
  type NotifyPreferences,
} from '@shared/ipc/reminders'
import type { LoginItemPort } from '../ports'
import { writeFileAtomic } from '../files/atomicWrite'

const encoder = new TextEncoder()

/** The file's name inside the data folder. */
export const PREFERENCES_FILE = 'notify-preferences.json'

/** The current preferences, and the one way to change them. */
export interface PreferenceStore {
  /** Resolves once the file has been read. */
  ready: Promise<void>
  get(): NotifyPreferences
  /** Applies a change, saves it and tells the OS about start at login. */
  update(patch: Partial<NotifyPreferences>): Promise<NotifyPreferences>
  /** Runs `listener` after every change (main's wiring updates the tray). */
  onChange(listener: (next: NotifyPreferences) => void): void
}

/** Reads the preferences from `dataDir` (defaults when missing or damaged). */
export function preferenceStore(dataDir: string, loginItem: LoginItemPort): PreferenceStore {
  const path = join(dataDir, PREFERENCES_FILE)
  let current: NotifyPreferences = { ...defaultNotifyPreferences }
  let saving: Promise<void> = Promise.resolve()
  const listeners: ((next: NotifyPreferences) => void)[] = []

  const ready = (async () => {
    try {
      const parsed = v.safeParse(
        notifyPreferencesPatchSchema,
        JSON.parse(await readFile(path, 'utf8')),
      )
      if (parsed.success) current = { ...current, ...parsed.output }
    } catch {
      // No file yet, or a damaged one: the defaults stand.
    }
  })()

  return {
    ready,
    get: () => current,
    onChange: (listener) => void listeners.push(listener),
    async update(patch) {
      await ready
      const next = { ...current, ...patch }
      if (patch.startAtLogin !== undefined && patch.startAtLogin !== current.startAtLogin) {
        await loginItem.setOpenAtLogin(patch.startAtLogin)
      }
      current = next
      saving = saving
        .catch(() => {})
        .then(() => writeFileAtomic(path, encoder.encode(JSON.stringify(next))))
      await saving
      for (const listener of listeners) listener(next)
      return next
    },
  }
}
