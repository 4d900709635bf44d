import { Notification, app, dialog, type BrowserWindow } from 'electron'
import type { BadgePort, LoginItemPort, NotifierPort, SaveDialogPort } from '../ports'

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

/** Start at login (macOS and Windows; Linux desktops have no API Electron can use). */
export function electronLoginItem(): LoginItemPort {
  return { setOpenAtLogin: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }) }
}

/** The native save dialog, attached to the app window when there is one. */
export function electronSaveDialog(window: () => BrowserWindow | null): SaveDialogPort {
  return {
    async chooseSavePath(options) {
      const parent = window()
      const settings = {
        title: options.title,
        defaultPath: options.defaultName,
        filters: options.filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      }
      const answer = parent
        ? await dialog.showSaveDialog(parent, settings)
        : await dialog.showSaveDialog(settings)
      return answer.canceled || !answer.filePath ? null : answer.filePath
    },
  }
}
