/**
 * The ports main's handlers are built from. Electron provides the real ones (src-main/index.ts);
 * the end-to-end tests provide test ones (a temp data folder, a recording notifier, scripted
 * dialogs). Handlers never reach for Electron or the clock themselves.
 */

/** Facts about the host, for the About panel. */
export interface HostInfoPort {
  appName: string
  appVersion: string
  electronVersion: string | null
  chromeVersion: string | null
  nodeVersion: string
  platform: string
}

/** Current time, injected so that schedules can be tested. */
export interface ClockPort {
  now(): number
}

/** The operating system's opener for links and mail drafts (Electron's `shell`). */
export interface ShellPort {
  /** Opens a URL already checked by `parseExternalUrl`; never called with anything else. */
  openExternal(url: string): Promise<void>
}

/** Everything a handler table is built from. */
export interface Ports {
  host: HostInfoPort
  clock: ClockPort
  shell: ShellPort
  /** The folder that holds the user's encrypted files. Paths never come from the renderer. */
  dataDir: string
}
