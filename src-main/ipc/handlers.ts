import type { Channel, RequestOf, ResponseOf } from '@shared/ipc/contract'
import { HostError } from '@shared/ipc/errors'
import { parseExternalUrl } from '@shared/ipc/urls'
import type { Ports } from '../ports'
import { notifyHandlers } from '../notify/handlers'
import { createNotifyServices, type NotifyServices } from '../notify/services'
import { saveDocx } from '../export/saveDocx'
import { buildVaultHandlers } from '../vault/handlers'

/** A handler for one channel: a plain async function of its validated request. */
export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>>

/** One handler per channel of the contract; the compiler checks none is missing. */
export type HandlerTable = { [C in Channel]: Handler<C> }

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
    'app/about': async () => ({
      appName: ports.host.appName,
      appVersion: ports.host.appVersion,
      electronVersion: ports.host.electronVersion,
      chromeVersion: ports.host.chromeVersion,
      nodeVersion: ports.host.nodeVersion,
      platform: ports.host.platform,
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
