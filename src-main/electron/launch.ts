/**
 * How this launch started, and what it opens. A start at login with the tray on stays in the tray
 * (reminders run, no window comes up over the desktop); any other start opens the window.
 *
 * Each system says "started at login" its own way: Windows and Linux start the command the app
 * registered, which carries `AT_LOGIN_FLAG`; macOS reports it through
 * `app.getLoginItemSettings().wasOpenedAtLogin` (its login items take no arguments).
 */

import { AT_LOGIN_FLAG } from '../reminders/autostart'

/** What the Electron wiring knows about this launch. */
export interface LaunchFacts {
  /** process.argv. */
  argv: readonly string[]
  /** macOS's wasOpenedAtLogin; false elsewhere. */
  openedAtLogin: boolean
  /** The user's "keep running in the tray" preference. */
  keepRunningInTray: boolean
}

/** True when this launch should stay in the tray without opening the window. */
export function startsHidden(facts: LaunchFacts): boolean {
  const atLogin = facts.openedAtLogin || facts.argv.includes(AT_LOGIN_FLAG)
  return atLogin && facts.keepRunningInTray
}

/**
 * Switches that open a debugger on the app: Chromium's DevTools protocol on the renderer (which
 * could script the lock screen or read an unlocked vault) and Node's inspector on main (which
 * holds the keys while unlocked). No Electron fuse covers the remote-debugging ones.
 */
export const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-brk-node',
  'inspect-publish-uid',
] as const

/** What the Electron wiring knows about a launch, for the debugging-switch check. */
export interface DebugLaunchFacts {
  /** app.isPackaged: development builds keep their debuggers. */
  packaged: boolean
  /** process.argv. */
  argv: readonly string[]
  /** app.commandLine.hasSwitch: Chromium's own reading of the command line. */
  hasSwitch(name: string): boolean
}

/**
 * The debugging switch a packaged app was started with, or null when it may start. Both
 * readings are checked: Chromium takes `-switch` as well as `--switch`, and on Windows in any
 * case, so argv is matched loosely as well as asked of Chromium.
 */
export function refusedDebugSwitch(facts: DebugLaunchFacts): string | null {
  if (!facts.packaged) return null
  for (const name of DEBUG_SWITCHES) {
    if (facts.hasSwitch(name)) return name
  }
  for (const argument of facts.argv.slice(1)) {
    const name = /^--?([a-z-]+)(?:=|$)/i.exec(argument)?.[1]?.toLowerCase()
    const found = DEBUG_SWITCHES.find((candidate) => candidate === name)
    if (found) return found
  }
  return null
}
