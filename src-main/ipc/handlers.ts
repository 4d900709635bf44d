import type { Channel, RequestOf, ResponseOf } from '@shared/ipc/contract'
import type { Ports } from '../ports'
import { aboutHandlers } from '../about/handlers'
import { attachmentHandlers } from '../attachments/handlers'
import { dataHandlers } from '../data/handlers'
import { exportHandlers } from '../export/handlers'
import { reminderHandlers } from '../reminders/handlers'
import { createNotifyServices, type NotifyServices } from '../reminders/services'
import { shellHandlers } from '../shell/handlers'
import { linkOpener, type LinkOpener } from '../shell/links'
import { syncFolderService } from '../sync/folderService'
import { syncHandlers } from '../sync/handlers'
import { updateHandlers } from '../updates/handlers'
import { createUpdateService, type UpdateService } from '../updates/service'
import { vaultHandlers } from '../vault/handlers'
import { restoreGate } from '../vault/restoreGate'

/** A handler for one channel: a plain async function of its validated request. */
export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>>

/** One handler per channel of the contract; the compiler checks none is missing. */
export type HandlerTable = { [C in Channel]: Handler<C> }

/**
 * One concern's handlers, for the channels of its part of the contract (src-shared/ipc/part.ts):
 * each concern's `handlers.ts` builds one of these from the ports it needs.
 */
export type HandlersOf<Schemas> = { [C in keyof Schemas & Channel]: Handler<C> }

/**
 * Builds the table of handlers from injected ports, one concern at a time, the same way the
 * contract is assembled from its parts. Both transports use this same table. The notification
 * services are long-lived; main's wiring passes its own so it can reach the scheduler, and its
 * link opener, which the window-open guard shares, and the update service, whose timer it stops.
 */
export function buildHandlers(
  ports: Ports,
  notify: NotifyServices = createNotifyServices(ports),
  links: LinkOpener = linkOpener(ports),
  updates: UpdateService = createUpdateService(ports),
): HandlerTable {
  // Shared by backup/open, which starts a restore, and the attachment writes inside it.
  const restore = restoreGate(ports.clock)
  return {
    ...aboutHandlers(ports),
    ...exportHandlers(ports),
    ...dataHandlers(ports),
    ...attachmentHandlers(ports, restore),
    ...vaultHandlers(ports, restore),
    ...shellHandlers(links),
    ...reminderHandlers(ports, notify),
    ...syncHandlers(syncFolderService(ports), ports.dataDir),
    ...updateHandlers(ports, updates),
  }
}
