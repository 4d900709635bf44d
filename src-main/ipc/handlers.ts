import type { Channel, RequestOf, ResponseOf } from '@shared/ipc/contract'
import { HostError } from '@shared/ipc/errors'
import { parseExternalUrl } from '@shared/ipc/urls'
import type { AboutInfo } from '@shared/ipc/contract'
import type { HostInfoPort, Ports } from '../ports'
import { notifyHandlers } from '../reminders/handlers'
import { createNotifyServices, type NotifyServices } from '../reminders/services'
import { saveDocx } from '../export/saveDocx'
import { buildVaultHandlers } from '../vault/handlers'

/** A handler for one channel: a plain async function of its validated request. */
export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>>

/** One handler per channel of the contract; the compiler checks none is missing. */
export type HandlerTable = { [C in Channel]: Handler<C> }

/** The About facts, copied field by field so nothing else on the port reaches the renderer. */
function aboutInfo(host: HostInfoPort): AboutInfo {
  return {
    appName: host.appName,
    appVersion: host.appVersion,
    electronVersion: host.electronVersion,
    chromeVersion: host.chromeVersion,
    nodeVersion: host.nodeVersion,
    platform: host.platform,
  }
}

/**
 * Builds the table of handlers from injected ports. Both transports use this same table. The
 * notification services are long-lived; main's wiring passes its own so it can reach the scheduler.
 */
export function buildHandlers(
  ports: Ports,
  notify: NotifyServices = createNotifyServices(ports),
): HandlerTable {
  return {
    ...notifyHandlers(ports, notify),
    'app/about': async () => aboutInfo(ports.host),
    'app/diagnostics': async () => ({
      about: aboutInfo(ports.host),
      recentErrors: ports.log.recentErrors(),
    }),
    'export/save-docx': saveDocx(ports),
    ...buildVaultHandlers(ports),
    'shell/open-external': async ({ url }) => {
      const checked = parseExternalUrl(url)
      if (checked === null) {
        throw new HostError('refused-url', 'Only https: pages and mailto: drafts can be opened')
      }
      await ports.shell.openExternal(checked)
      return null
    },
  }
}
