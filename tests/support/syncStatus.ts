/**
 * A sync session's status as the status panel and the attachment list read it, for renderer
 * tests: this computer alone, last synced at `at`, nothing waiting. Production code never
 * imports this file.
 */
import type { Instant } from '@shared/domain/time'
import type { SyncSessionStatus } from '../../src-renderer/sync/sessionStatus'

/** A status of device `device` last synced at `at`, with `over` changed. */
export function sessionStatus(
  device: string,
  at: Instant,
  over: Partial<SyncSessionStatus> = {},
): SyncSessionStatus {
  return {
    device,
    name: null,
    folder: null,
    lastPullAt: at,
    lastPublishAt: at,
    devices: [],
    waiting: [],
    failed: [],
    changesWaitingForEarlierOnes: false,
    renamedFrom: null,
    removedBy: null,
    filesKeptFor: [],
    onlineOnly: 0,
    rejected: [],
    unsaved: [],
    conflicts: [],
    lastPassAt: at,
    header: null,
    earlierKey: [],
    attachmentsWaiting: [],
    attachmentsArrived: 0,
    ...over,
  }
}
