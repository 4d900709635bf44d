/**
 * The long-lived notification services of main: the preferences and the reminder scheduler, built
 * from ports. Main's Electron wiring and the end-to-end fixture both build them through here.
 */
import type { NotifierPort, Ports } from '../ports'
import { RATE_LIMITS, rateLimiter } from '../security/rateLimit'
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
    notifier: limitedNotifier(ports),
    file: reminderFile(ports.dataDir, ports.keychain),
    preferences: () => preferences.get(),
  })
  const ready = preferences.ready.then(() => scheduler.start())
  return { preferences, scheduler, ready }
}

/**
 * The notifier with a rate limit: past it, notifications are dropped with a log line (not
 * queued, so a flood cannot build a backlog that pops up later). Whatever the renderer sends to
 * the scheduler, the desktop sees a handful a minute at most.
 */
export function limitedNotifier(ports: Pick<Ports, 'notifier' | 'clock' | 'log'>): NotifierPort {
  const limiter = rateLimiter(ports.clock, RATE_LIMITS.notifications)
  return {
    show(text, onClick) {
      if (limiter.tryTake()) ports.notifier.show(text, onClick)
      else ports.log.note('notify', 'notification dropped: rate limit reached')
    },
  }
}
