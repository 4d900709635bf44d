/**
 * The updater port over electron-updater's autoUpdater. It never downloads or installs on its own
 * (autoDownload and autoInstallOnAppQuit off): src-main/updates decides, and only while the user
 * allows updates. A build has an update address only when `npm run dist` was given one
 * (build/electron-builder.config.cjs writes app-update.yml into the app's resources).
 */
import { app } from 'electron'
import { autoUpdater } from 'electron-updater'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AppLog } from '../diagnostics/log'
import type { UpdaterPort } from '../ports'
import { updaterLogger } from '../updates/updaterLog'

/** The update file electron-builder writes when the build config has a `publish` entry. */
const UPDATE_CONFIG = 'app-update.yml'

/** The updater port of the packaged app. */
export function electronUpdater(log: AppLog): UpdaterPort {
  const configured = app.isPackaged && existsSync(join(process.resourcesPath, UPDATE_CONFIG))
  autoUpdater.autoDownload = false
  autoUpdater.autoInstallOnAppQuit = false
  autoUpdater.logger = updaterLogger(log)
  // Failures also reject the call that met them, where the update service reports them.
  autoUpdater.on('error', () => {})
  return {
    configured,
    async check() {
      const result = await autoUpdater.checkForUpdates()
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : null
    },
    async download() {
      await autoUpdater.downloadUpdate()
    },
    install() {
      // Not silent (Windows shows its installer), and Afterview opens again afterwards.
      autoUpdater.quitAndInstall(false, true)
    },
  }
}
