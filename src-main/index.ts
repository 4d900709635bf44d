/**
 * Electron wiring: the only file (with app/*.ts and the preload) that touches Electron. Everything
 * it calls is tested without Electron through the end-to-end transport.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, powerMonitor, shell } from 'electron'
import { join } from 'node:path'
import { EVENT_CHANNEL, type HostEvents } from '@shared/ipc/contract'
import { buildHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register'
import { serveAppRequest } from './app/protocol'
import { createMainWindow } from './app/window'
import { denyAllPermissions, guardAllWebContents } from './app/guards'
import { buildAppMenu } from './app/menu'
import { electronDialogs } from './app/dialogs'
import type { ShellPort } from './ports'

// Every renderer is sandboxed, whatever a window's preferences say.
app.enableSandbox()

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

// End-to-end runs under real Electron keep their data in a temp folder.
const testUserData = app.isPackaged ? undefined : process.env['AFTERVIEW_USER_DATA']
if (testUserData) app.setPath('userData', testUserData)

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
let mainWindow: BrowserWindow | null = null

/** The one way out to the OS for links, used by the IPC channel and by the window-open guard. */
const shellPort: ShellPort = { openExternal: (url) => shell.openExternal(url) }
guardAllWebContents(shellPort, devServerUrl)
const windowOptions = { devTools: !app.isPackaged }

function send<E extends keyof HostEvents>(event: E, payload: HostEvents[E]): void {
  mainWindow?.webContents.send(EVENT_CHANNEL, event, payload)
}

function showWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', showWindow)

  void app.whenReady().then(() => {
    const rendererDir = join(__dirname, '../renderer')
    protocol.handle('app', (request) => serveAppRequest(rendererDir, request.url, request.method))
    denyAllPermissions()

    const table = buildHandlers({
      host: {
        appName: app.getName(),
        appVersion: app.getVersion(),
        electronVersion: process.versions.electron ?? null,
        chromeVersion: process.versions.chrome ?? null,
        nodeVersion: process.versions.node,
        platform: process.platform,
      },
      clock: { now: () => Date.now() },
      shell: shellPort,
      dataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      dialog: electronDialogs(),
    })
    registerIpc(ipcMain, table, {
      devServerUrl,
      onInternalError: (channel, error) => console.error(`[ipc] ${channel}`, error),
    })

    Menu.setApplicationMenu(
      buildAppMenu({
        lock: () => send('vault/lock-requested', { reason: 'menu' }),
        showAbout: () => {
          showWindow()
          app.showAboutPanel()
        },
      }),
    )
    powerMonitor.on('suspend', () => send('vault/lock-requested', { reason: 'suspend' }))
    powerMonitor.on('lock-screen', () => send('vault/lock-requested', { reason: 'lock-screen' }))

    mainWindow = createMainWindow(devServerUrl, windowOptions)
    mainWindow.on('closed', () => (mainWindow = null))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        mainWindow = createMainWindow(devServerUrl, windowOptions)
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
