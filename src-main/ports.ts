/**
 * The ports main's handlers are built from. Electron provides the real ones
 * (src-main/electron/index.ts); the end-to-end tests provide test ones (a temp data folder, a
 * recording notifier, scripted dialogs). Handlers never reach for Electron or the clock themselves.
 */
import type { AboutInfo, HostEvent, HostEvents } from '@shared/ipc/contract'
import type { LockReason } from '@shared/ipc/launchNotice'
import type { LockPlace } from '@shared/ipc/lockPlace'
import type { AppLog } from './diagnostics/log'
import type { UserGestures } from './security/userGesture'

/** Facts about the host: exactly what the About panel shows. */
export type HostInfoPort = AboutInfo

/** Current time, injected so that schedules can be tested. */
export interface ClockPort {
  now(): number
  /** The machine's IANA time zone, for quiet hours; Intl's own when absent. */
  timeZone?(): string
}

/** One-shot timers, injected so that tests move time instead of waiting. */
export interface TimerPort {
  set(callback: () => void, delayMs: number): unknown
  clear(handle: unknown): void
}

/** The operating system's notifications (Electron's Notification). */
export interface NotifierPort {
  /** Shows one notification; `onClick` runs when the user clicks it. */
  show(text: { title: string; body: string }, onClick: () => void): void
}

/** The count on the dock or taskbar icon. */
export interface BadgePort {
  setCount(count: number): void
}

/** The app window, as far as reminders and the lock need it. */
export interface WindowPort {
  /** Brings the window forward, creating or restoring it as needed. */
  show(): void
  /**
   * Loads the app afresh on its lock screen, which says `reason` (the page just locked); after
   * unlocking, the page goes back to `place`.
   */
  reloadLocked(reason: LockReason, place: LockPlace | null): void
}

/** Pushes events to the renderer (Electron's webContents.send). */
export interface EventsPort {
  send<E extends HostEvent>(event: E, payload: HostEvents[E]): void
}

/** Starting the app when the user logs in. */
export interface LoginItemPort {
  /** Settles once the operating system has been told; rejects when it could not be. */
  setOpenAtLogin(open: boolean): void | Promise<void>
}

/** A file-type filter of a dialog, e.g. `{ name: 'Backups', extensions: ['afterview-backup'] }`. */
export interface DialogFilter {
  name: string
  extensions: string[]
}

/**
 * Native open and save dialogs. Each answers the chosen absolute path, or null when the user
 * cancels. Electron's dialog module in the app; a scripted answer in tests.
 */
export interface DialogPort {
  showOpen(options: { title: string; filters?: DialogFilter[] }): Promise<string | null>
  /** Asks for a folder (the user may make a new one there). */
  showOpenFolder(options: { title: string }): Promise<string | null>
  showSave(options: {
    title: string
    defaultPath: string
    filters?: DialogFilter[]
  }): Promise<string | null>
}

/** The operating system's opener for links and mail drafts (Electron's `shell`). */
export interface ShellPort {
  /** Opens a URL already checked by `parseExternalUrl`; never called with anything else. */
  openExternal(url: string): Promise<void>
}

/**
 * The operating system's keychain encryption (Electron safeStorage), for main's own small files.
 * A test keychain in the tests.
 */
export interface KeychainPort {
  /**
   * True when strings can be sealed under a key the OS keeps for this user. False where there is
   * no keychain, and on Linux where safeStorage would only use its fixed, public password.
   */
  available(): boolean
  /** Seals `text`; rejects when the keychain refuses. */
  seal(text: string): Promise<Uint8Array>
  /** Opens what `seal` made; rejects when it cannot (another user, a lost keychain). */
  open(sealed: Uint8Array): Promise<string>
}

/**
 * The update check of a packaged build (electron-updater's autoUpdater in the app, a scripted fake
 * in tests). Only src-main/updates calls it, and only while the user allows checking.
 */
export interface UpdaterPort {
  /** False when this build has no update address (it was packaged without one, or not packaged). */
  readonly configured: boolean
  /** Asks the update address for a newer version: its version, or null when this one is newest. */
  check(): Promise<{ version: string } | null>
  /** Downloads the version the last check found; settles when it is ready to install. */
  download(): Promise<void>
  /** Quits Afterview and installs the downloaded version. */
  install(): void
}

/** Everything a handler table is built from. */
export interface Ports {
  host: HostInfoPort
  /**
   * The OS's regional format, then its preferred languages, as the OS names them (Electron's
   * `app.getSystemLocale()` and `app.getPreferredSystemLanguages()`), read once after `ready`.
   */
  systemLocales: readonly string[]
  clock: ClockPort
  shell: ShellPort
  timer: TimerPort
  notifier: NotifierPort
  badge: BadgePort
  window: WindowPort
  events: EventsPort
  loginItem: LoginItemPort
  keychain: KeychainPort
  /** The user's recent clicks and keys in the window (security/userGesture.ts). */
  gestures: Pick<UserGestures, 'recent'>
  /** The folder that holds the user's encrypted files. Paths never come from the renderer. */
  dataDir: string
  /** The user's documents folder: where save dialogs start (backups, recovery code). */
  documentsDir: string
  dialog: DialogPort
  updater: UpdaterPort
  /** Main's log in the data folder (diagnostics/log.ts): errors without personal data. */
  log: AppLog
  /** Largest attachment accepted, in bytes (default 50 MB). */
  attachmentLimitBytes?: number
}
