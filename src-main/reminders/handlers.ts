/**
 * Handlers of the reminder and notification channels. Every path comes from the save dialog, never
 * from the renderer.
 */
import { join } from 'node:path'
import { HostError } from '@shared/ipc/errors'
import type { reminderRequestSchemas } from '@shared/ipc/reminders'
import { writeFileAtomic } from '../files/atomicWrite'
import type { HandlersOf } from '../ipc/handlers'
import type { Ports } from '../ports'
import { RATE_LIMITS, rateLimiter } from '../security/rateLimit'
import { buildCalendar } from './calendar'
import type { NotifyServices } from './services'

const encoder = new TextEncoder()

/** The handlers of the reminder and notification channels, over ports and the running services. */
export function reminderHandlers(
  ports: Ports,
  services: NotifyServices,
): HandlersOf<typeof reminderRequestSchemas> {
  const { scheduler, preferences, ready } = services
  const loginChanges = rateLimiter(ports.clock, RATE_LIMITS.startAtLogin)
  return {
    'reminders/sync': async ({ reminders }) => {
      await ready
      return scheduler.sync(reminders)
    },
    'reminders/lock-state': async ({ locked }) => {
      await ready
      if (locked) scheduler.lock()
      else scheduler.unlock()
      return null
    },
    'reminders/export-ics': async ({ items }) => {
      const text = buildCalendar(items, ports.clock.now())
      const path = await ports.dialog.showSave({
        title: 'Save your follow-ups as a calendar',
        defaultPath: join(ports.documentsDir, 'afterview-follow-ups.ics'),
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
      })
      if (path === null) return { saved: false }
      try {
        await writeFileAtomic(path, encoder.encode(text))
      } catch {
        throw new HostError('io', 'The calendar file could not be written there')
      }
      return { saved: true }
    },
    'notify/get-preferences': async () => {
      await ready
      return preferences.get()
    },
    'notify/set-preferences': async (patch) => {
      await ready
      const changesLogin =
        patch.startAtLogin !== undefined && patch.startAtLogin !== preferences.get().startAtLogin
      if (changesLogin && !ports.gestures.recent()) {
        throw new HostError('no-user-gesture', 'start at login changes only on a click or a key')
      }
      if (changesLogin && !loginChanges.tryTake()) {
        throw new HostError('rate-limited', 'start at login changed too often')
      }
      const next = await preferences.update(patch)
      // Quiet hours may have changed: what waited may be due now, or the other way round.
      await scheduler.check()
      return next
    },
  }
}
