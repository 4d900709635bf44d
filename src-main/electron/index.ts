/**
 * Electron wiring: with the other files of src-main/electron, the only code that touches Electron.
 * Everything it calls is tested without Electron through the end-to-end transport.
 */
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  protocol,
  powerMonitor,
  shell,
  type Tray,
} from 'electron'
import { join } from 'node:path'
import { EVENT_CHANNEL, type HostEvents } from '@shared/ipc/contract'
import { lockedPageAddress } from '@shared/ipc/lockPlace'
import { HostError } from '@shared/ipc/errors'
import { buildHandlers } from '../ipc/handlers'
import type { Ports, ShellPort } from '../ports'
import { createNotifyServices } from '../reminders/services'
import { electronBadge, electronLoginItem, electronNotifier } from './notifications'
import { createTray } from './tray'
import { userGestures } from '../security/userGesture'
import { linkOpener } from '../shell/links'
import { electronKeychain } from './keychain'
import { registerIpc } from '../ipc/register'
import { serveAppRequest } from '../security/protocol'
import { appUrl, createMainWindow } from './window'
import { applyPermissionPolicy, guardAllWebContents } from './guards'
import { buildAppMenu } from './menu'
import { electronDialogs } from './dialogs'
import { applySpellCheckPolicy, attachContextMenu } from './contextMenu'
import { spellCheckPolicy } from './spellCheck'
import { windowPlacement, type WindowPlacement } from './windowPlacement'
import { refusedDebugSwitch, startsHidden } from './launch'
import { aboutPanelOptions } from './aboutPanel'
import { createLog } from '../diagnostics/log'
import { reloadAfterCrash } from './crash'
import { electronUpdater } from './updater'
import { createUpdateService } from '../updates/service'

// A packaged app started with a debugger switch quits before it opens anything: a debugger could
// script the lock screen, or read the keys while unlocked (docs/SECURITY.md, launch flags).
const debugSwitch = refusedDebugSwitch({
  packaged: app.isPackaged,
  argv: process.argv,
  hasSwitch: (name) => app.commandLine.hasSwitch(name),
})
if (debugSwitch !== null) {
  process.stderr.write(`Afterview does not start with --${debugSwitch}.\n`)
  app.exit(1)
}

// Every renderer is sandboxed, whatever a window's preferences say.
app.enableSandbox()

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

// End-to-end runs under real Electron keep their data in a temp folder.
const testUserData = app.isPackaged ? undefined : process.env['AFTERVIEW_USER_DATA']
if (testUserData) app.setPath('userData', testUserData)

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

/** Main's rotated log in the data folder; it records no personal data (diagnostics/log.ts). */
const log = createLog({ dataDir: app.getPath('userData'), now: () => Date.now() })
process.on('uncaughtExceptionMonitor', (error) => log.error('main', error))
let mainWindow: BrowserWindow | null = null

/** The OS's opener; links reach it only through the link opener made once the app is ready. */
const shellPort: ShellPort = { openExternal: (url) => shell.openExternal(url) }
/** The user's clicks and keys in the window, as Electron delivers them (not as the page says). */
const gestures = userGestures({ now: () => Date.now() })
// The window-open guard and the IPC channel share one link opener (gesture, rate limit).
let openLink: (url: string) => void = () => {}
guardAllWebContents((url) => openLink(url))
app.on('web-contents-created', (_event, contents) => attachContextMenu(contents))
const spelling = spellCheckPolicy(process.platform)
const windowOptions = { devTools: !app.isPackaged, spellCheck: spelling.enabled }
let tray: Tray | null = null

function send<E extends keyof HostEvents>(event: E, payload: HostEvents[E]): void {
  mainWindow?.webContents.send(EVENT_CHANNEL, event, payload)
}

/** Brings the window forward, opening a new one when it was closed to the tray. */
function showWindow(): void {
  if (!app.isReady()) return
  if (!mainWindow) {
    openWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

let onWindowClosed = () => {}
let placement: WindowPlacement | null = null

function openWindow(): void {
  const win = createMainWindow(devServerUrl, {
    ...windowOptions,
    placement: placement?.next() ?? null,
  })
  mainWindow = win
  win.webContents.on('input-event', (_event, input) => gestures.noteInput(input.type))
  placement?.track(win)
  reloadAfterCrash(win, appUrl(devServerUrl), {
    log,
    now: () => Date.now(),
    onGone: () => onWindowClosed(),
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
    onWindowClosed()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', showWindow)

  void app.whenReady().then(() => {
    const rendererDir = join(__dirname, '../renderer')
    protocol.handle('app', (request) => serveAppRequest(rendererDir, request.url, request.method))
    applyPermissionPolicy(devServerUrl)
    applySpellCheckPolicy(spelling)

    const ports: Ports = {
      host: {
        appName: app.getName(),
        appVersion: app.getVersion(),
        electronVersion: process.versions.electron ?? null,
        chromeVersion: process.versions.chrome ?? null,
        nodeVersion: process.versions.node,
        platform: process.platform,
      },
      systemLocales: [app.getSystemLocale(), ...app.getPreferredSystemLanguages()],
      clock: { now: () => Date.now() },
      shell: shellPort,
      timer: {
        set: (callback, delayMs) => setTimeout(callback, delayMs),
        clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
      notifier: electronNotifier(),
      badge: electronBadge(),
      window: {
        show: showWindow,
        // A fresh page: the old one's heap (keys, plaintext, libsodium's memory) goes with it.
        reloadLocked: (reason, place) =>
          void mainWindow?.webContents
            .loadURL(lockedPageAddress(appUrl(devServerUrl), reason, place))
            .catch((error: unknown) => log.error('window', error)),
      },
      events: { send },
      loginItem: electronLoginItem(),
      keychain: electronKeychain(),
      gestures,
      dataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      dialog: electronDialogs(),
      updater: electronUpdater(log),
      log,
    }
    app.setAboutPanelOptions(aboutPanelOptions(ports.host))
    const notify = createNotifyServices(ports)
    notify.scheduler.onError = (error) => log.error('reminders', error)
    const links = linkOpener(ports)
    openLink = (url) =>
      void links
        .open(url)
        .catch((error: unknown) =>
          log.note('links', error instanceof HostError ? error.kind : 'failed'),
        )
    // Checks only while the user allows them (Settings › Updates); off on a fresh install.
    const updates = createUpdateService(ports)
    const table = buildHandlers(ports, notify, links, updates)
    registerIpc(ipcMain, table, {
      devServerUrl,
      onInternalError: (channel, error) => log.error(`ipc ${channel}`, error),
    })

    // Main asks the renderer to lock, and forgets every reminder detail at once, not on its answer.
    const lock = (reason: HostEvents['vault/lock-requested']['reason']) => {
      notify.scheduler.lock()
      send('vault/lock-requested', { reason })
    }
    Menu.setApplicationMenu(
      buildAppMenu({
        lock: () => lock('menu'),
        showAbout: () => {
          showWindow()
          app.showAboutPanel()
        },
        openSettings: () => {
          showWindow()
          send('app/open-settings', {})
        },
      }),
    )
    powerMonitor.on('suspend', () => lock('suspend'))
    powerMonitor.on('lock-screen', () => lock('lock-screen'))
    powerMonitor.on('resume', () => void notify.scheduler.resume())

    // Closing the window ends the renderer and its unlocked state; reminders keep their ids only.
    onWindowClosed = () => notify.scheduler.lock()
    const syncTray = () => {
      const wanted = notify.preferences.get().keepRunningInTray
      if (wanted && !tray) {
        tray = createTray({ open: showWindow, lock: () => lock('tray'), quit: () => app.quit() })
      } else if (!wanted && tray) {
        tray.destroy()
        tray = null
      }
    }
    notify.preferences.onChange(syncTray)
    placement = windowPlacement(ports.dataDir, (error) => log.error('window', error))
    void Promise.all([notify.ready, placement.ready]).then(() => {
      syncTray()
      const hidden = startsHidden({
        argv: process.argv,
        openedAtLogin: process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
        keepRunningInTray: notify.preferences.get().keepRunningInTray,
      })
      if (!hidden && !mainWindow) openWindow()
    })
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
    app.on('window-all-closed', () => {
      // With the tray on, Afterview stays running so reminders still come.
      if (!notify.preferences.get().keepRunningInTray && process.platform !== 'darwin') app.quit()
    })
    app.on('before-quit', () => {
      notify.scheduler.stop()
      updates.stop()
    })
  })
}
