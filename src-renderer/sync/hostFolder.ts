/**
 * The sync core's folder port (src-shared/sync/folder.ts) over the bridge: main lists, reads,
 * writes and deletes inside the folder the user chose; the renderer names only files inside it. A folder
 * failure main reports comes back as the port's own error, so the engine files it under its kind.
 */
import type { HostBridge } from '@shared/ipc/bridge'
import { FOLDER_PROBLEMS, SyncFolderError, type SyncFolder } from '@shared/sync/folder'
import { fromBase64, toBase64 } from '@shared/vault/bytes'
import { kindOf } from '../errors/sentences'

const problems: ReadonlySet<string> = new Set(FOLDER_PROBLEMS)

/**
 * A host failure as the folder port reports it: a folder problem keeps its kind. Read by kind,
 * not by class: the bridge (preload, test transport) is bundled apart from the page.
 */
function asFolderError(error: unknown): SyncFolderError {
  if (error instanceof SyncFolderError) return error
  const kind = kindOf(error)
  const message = String((error as Error)?.message ?? error)
  if (kind !== null && problems.has(kind)) {
    return new SyncFolderError(kind as SyncFolderError['kind'], message)
  }
  // No folder chosen any more (not-found) counts as a folder that is gone.
  if (kind === 'not-found') return new SyncFolderError('folder-missing', message)
  return new SyncFolderError('folder-error', message)
}

/** The folder port over `bridge` (the app's `host()`). */
export function hostSyncFolder(bridge: HostBridge): SyncFolder {
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      throw asFolderError(error)
    }
  }
  return {
    list: () => call(async () => (await bridge.call('sync/list', {})).entries),
    read: (name) =>
      call(async () => {
        const { dataB64 } = await bridge.call('sync/read', { name })
        return dataB64 === null ? null : fromBase64(dataB64)
      }),
    write: (name, bytes) =>
      call(async () => {
        await bridge.call('sync/write', { name, dataB64: toBase64(bytes) })
      }),
    remove: (name) =>
      call(async () => {
        await bridge.call('sync/remove', { name })
      }),
  }
}
