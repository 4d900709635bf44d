/**
 * The options of the system's About panel. Without them Linux shows an empty panel and Windows
 * none; macOS would show only the bundle's name and version. The same facts as Settings › About.
 */
import type { AboutPanelOptionsOptions } from 'electron'
import { COPYRIGHT } from '../about/copyright'
import type { HostInfoPort } from '../ports'

/** What the panel says about the app and the runtime under it. */
export function aboutPanelOptions(host: HostInfoPort): AboutPanelOptionsOptions {
  const runtime = [
    host.electronVersion && `Electron ${host.electronVersion}`,
    host.chromeVersion && `Chromium ${host.chromeVersion}`,
    `Node.js ${host.nodeVersion}`,
  ]
    .filter(Boolean)
    .join(', ')
  return {
    applicationName: host.appName,
    applicationVersion: host.appVersion,
    // macOS shows `version` in brackets after the version: the runtime is more useful than a
    // build number repeating it.
    version: runtime,
    copyright: COPYRIGHT,
    credits: `Private follow-ups, offers and start plans after a job interview. ${runtime}.`,
    authors: ['The Afterview authors'],
  }
}
