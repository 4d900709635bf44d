import type { BrowserWindow } from 'electron'
import { withLaunchNotice } from '@shared/ipc/launchNotice'
import type { AppLog } from '../diagnostics/log'
import { rendererGoneAction } from './rendererGone'

/**
 * Watches the window's page process. When it ends unasked (a crash, the system killing it), the
 * unlocked state is gone with it: `onGone` locks main's side, and the app is loaded again at
 * `appUrl` with a notice the lock screen shows, instead of leaving a blank window.
 */
export function reloadAfterCrash(
  win: BrowserWindow,
  appUrl: string,
  deps: { log: AppLog; now(): number; onGone(): void },
): void {
  const reloads: number[] = []
  win.webContents.on('render-process-gone', (_event, details) => {
    deps.log.note('window', `renderer gone: ${details.reason} exit ${details.exitCode}`)
    const action = rendererGoneAction(details.reason, reloads, deps.now())
    if (action === 'ignore') return
    deps.onGone()
    if (action === 'give-up') return
    reloads.push(deps.now())
    void win.loadURL(withLaunchNotice(appUrl, 'renderer-gone'))
  })
}
