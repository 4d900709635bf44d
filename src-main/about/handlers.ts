/**
 * The about channel: what the About panel and Copy diagnostics show, from the host port and the
 * log, and the formats the operating system asks for.
 */
import { supportedLocale } from '@shared/domain/locale'
import type { AboutInfo, aboutRequestSchemas } from '@shared/ipc/about'
import type { HandlersOf } from '../ipc/handlers'
import type { Ports } from '../ports'

/** The handler of the about channel. */
export function aboutHandlers(
  ports: Pick<Ports, 'host' | 'log' | 'systemLocales'>,
): HandlersOf<typeof aboutRequestSchemas> {
  // Copied field by field so nothing else on the port reaches the renderer.
  const about = (): AboutInfo => ({
    appName: ports.host.appName,
    appVersion: ports.host.appVersion,
    electronVersion: ports.host.electronVersion,
    chromeVersion: ports.host.chromeVersion,
    nodeVersion: ports.host.nodeVersion,
    platform: ports.host.platform,
  })
  return {
    'app/about': async () => about(),
    'app/diagnostics': async () => ({ about: about(), recentErrors: ports.log.recentErrors() }),
    'app/system-locale': async () => ({ locale: supportedLocale(ports.systemLocales) }),
  }
}
