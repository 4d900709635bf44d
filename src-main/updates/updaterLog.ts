/**
 * What electron-updater may write to main's log. Its own lines name the update address, the
 * download folder under the user's home and file sizes; the log keeps none of that. Errors keep
 * their class and stack frames only (diagnostics/log.ts), warnings a fixed line, the rest nothing.
 */
import type { AppLog } from '../diagnostics/log'

/** electron-updater's logger shape: `{ info, warn, error, debug? }`. */
export interface UpdaterLogger {
  info(message?: unknown): void
  warn(message?: unknown): void
  error(message?: unknown): void
  debug(message: string): void
}

/** A logger for electron-updater that writes to `log` without personal data. */
export function updaterLogger(log: Pick<AppLog, 'error' | 'note'>): UpdaterLogger {
  return {
    info: () => {},
    debug: () => {},
    warn: () => log.note('updater', 'warning, details left out'),
    error: (message) =>
      message instanceof Error
        ? log.error('updater', message)
        : log.note('updater', 'error, details left out'),
  }
}
