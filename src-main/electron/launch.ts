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
