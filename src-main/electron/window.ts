import { BrowserWindow, nativeTheme } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN } from '../ipc/sender'
import { MIN_WINDOW, type SavedWindow } from './windowState'

/** The app's page: the dev server while developing, else the app:// scheme's index. */
export function appUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? `${APP_ORIGIN}/index.html`
}

/**
 * Creates the one app window with the secure defaults of docs/SECURITY.md. Navigation, new
 * windows and webviews are refused for every web contents by app/guards.ts. The preferences are
 * spelled out here, not spread from elsewhere, so electronegativity can read them.
 */
export function createMainWindow(
  devServerUrl: string | undefined,
  options: {
    devTools: boolean
    spellCheck: boolean
    /** Where it was last closed on this display (app/windowState.ts); null to centre it. */
    placement: SavedWindow | null
  },
): BrowserWindow {
  const bounds = options.placement?.bounds
  const win = new BrowserWindow({
    x: bounds?.x,
    y: bounds?.y,
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
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
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Someone at the screen of a locked app must not open DevTools to script the lock screen.
      devTools: options.devTools,
      // Off where it would download dictionaries (app/spellCheck.ts).
      spellcheck: options.spellCheck,
    },
  })

  win.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint as show() does.
    if (options.placement?.maximized) win.maximize()
    win.show()
  })
  void win.loadURL(appUrl(devServerUrl))
  return win
}
