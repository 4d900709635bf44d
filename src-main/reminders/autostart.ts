/**
 * Start at login on Linux. Electron's login-item API covers macOS and Windows only; Linux
 * desktops (GNOME, KDE, Xfce, Cinnamon …) follow the freedesktop.org autostart specification
 * instead: a desktop entry in `$XDG_CONFIG_HOME/autostart` is started when the user logs in.
 */
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { LoginItemPort } from '../ports'
import { writeFileAtomic } from '../files/atomicWrite'

/** The argument the login item and the Linux autostart entry add to the command. */
export const AT_LOGIN_FLAG = '--at-login'

/** The entry's file name; the app id keeps it apart from other apps' entries. */
export const AUTOSTART_FILE = 'afterview.desktop'

/** Where the autostart folder is and what it should start. */
export interface AutostartOptions {
  /** `$XDG_CONFIG_HOME`, or `~/.config` when unset. */
  configHome: string
  /** The program to start: the AppImage when running from one, else the executable. */
  executable: string
}

/**
 * Quotes one argument of a desktop entry's Exec key: inside double quotes, `"`, `` ` ``, `$`
 * and `\` are escaped with a backslash, and the key's own escaping doubles every backslash.
 */
export function quoteExecArgument(argument: string): string {
  const quoted = `"${argument.replace(/(["`$\\])/g, '\\$1')}"`
  return quoted.replace(/\\/g, '\\\\')
}

/** The desktop entry that starts Afterview at login, flagged so it can stay in the tray. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Afterview',
    'Comment=Reminders for the follow-ups after your interviews',
    `Exec=${quoteExecArgument(executable)} ${AT_LOGIN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** A login item that writes or removes the autostart desktop entry. */
export function xdgAutostart(options: AutostartOptions): LoginItemPort {
  const folder = join(options.configHome, 'autostart')
  const file = join(folder, AUTOSTART_FILE)
  return {
    async setOpenAtLogin(open) {
      if (!open) {
        await rm(file, { force: true })
        return
      }
      await mkdir(folder, { recursive: true })
      await writeFileAtomic(file, new TextEncoder().encode(autostartEntry(options.executable)))
    },
  }
}
