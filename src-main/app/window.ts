import { BrowserWindow, nativeTheme, session, shell } from 'electron'
import { join } from 'node:path'
import { isAllowedExternalUrl } from '@shared/ipc/urls'
import { APP_ORIGIN } from '../ipc/sender'

/** Creates the one app window with the secure defaults of docs/SECURITY.md. */
export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Afterview',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171c' : '#f6f7f9',
    autoHideMenuBar: false,
    webPreferences: {
      preload: join(__dirname, '../preload/preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  })

  win.once('ready-to-show', () => win.show())

  // New windows are never opened; allowed links go to the user's browser or mail client.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.on('will-redirect', (event) => event.preventDefault())
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}

/** Denies every permission a page could ask for (camera, geolocation, notifications, …). */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
}
