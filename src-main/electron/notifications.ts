import { Notification, app } from 'electron'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { xdgAutostart } from '../reminders/autostart'
import { AT_LOGIN_FLAG } from '../reminders/autostart'
import type { BadgePort, LoginItemPort, NotifierPort } from '../ports'

/**
 * OS notifications through Electron. Each shown notification is kept until it is clicked or
 * closed: Electron drops the click handler of a notification the garbage collector took.
 */
export function electronNotifier(): NotifierPort {
  const live = new Set<Notification>()
  return {
    show(text, onClick) {
      if (!Notification.isSupported()) return
      const note = new Notification({ title: text.title, body: text.body, silent: false })
      live.add(note)
      note.on('click', () => {
        live.delete(note)
        onClick()
      })
      note.on('close', () => live.delete(note))
      note.show()
    },
  }
}

/** The dock (macOS) or launcher (Unity) badge; Windows has no count badge for desktop apps. */
export function electronBadge(): BadgePort {
  return { setCount: (count) => void app.setBadgeCount(count) }
}

/**
 * Start at login: Electron's login item on macOS and Windows; on Linux an autostart desktop entry
 * that starts the AppImage when running from one (its path is in APPIMAGE), else the executable.
 */
export function electronLoginItem(): LoginItemPort {
  if (process.platform === 'linux') {
    return xdgAutostart({
      configHome: process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config'),
      executable: process.env['APPIMAGE'] || app.getPath('exe'),
    })
  }
  // Windows starts the command with the flag; macOS ignores args and reports wasOpenedAtLogin.
  return {
    setOpenAtLogin: (openAtLogin) =>
      app.setLoginItemSettings({ openAtLogin, args: [AT_LOGIN_FLAG] }),
  }
}
