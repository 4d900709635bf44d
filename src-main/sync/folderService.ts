/**
 * The folder the user chose to sync through, as main keeps it: in its own small file in the data
 * folder (`sync-folder.json`), so it survives a restart and is known while the vault is locked.
 * The path never leaves main; the renderer sees only the folder's own name. While a folder is
 * chosen, main watches it and tells the renderer when anything there changes.
 */
import { readFile, rm } from 'node:fs/promises'
import { basename, isAbsolute, join } from 'node:path'
import * as v from 'valibot'
import { HostError } from '@shared/ipc/errors'
import type { SyncFolderInfo, SyncResponses } from '@shared/ipc/sync'
import { SyncFolderError } from '@shared/sync/folder'
import { standingOfFolder, type SyncIdentity } from '@shared/sync/movedFolder'
import { writeFileAtomic } from '../files/atomicWrite'
import type { Ports } from '../ports'
import { diskSyncFolder, type DiskSyncFolder } from './syncFolder'

/** The file's name inside the data folder. */
export const SYNC_FOLDER_FILE = 'sync-folder.json'

const settingSchema = v.strictObject({
  path: v.pipe(v.string(), v.minLength(1), v.maxLength(4096), v.check(isAbsolute)),
})

/** The chosen folder and the one way to change it. */
export interface SyncFolderService {
  info(): Promise<SyncFolderInfo>
  /** Asks for a folder with main's dialog; keeps the old one when the user cancels. */
  choose(): Promise<SyncFolderInfo & { cancelled: boolean }>
  /**
   * The folder moved: asks where it is now, and takes the picked folder only when it is the
   * same synced folder (movedFolder.ts). A folder refused, or a cancel, changes nothing, and
   * nothing is ever written into a refused folder. Throws `not-found` when none is chosen.
   */
  chooseAgain(identity: SyncIdentity): Promise<SyncResponses['sync/choose-folder-again']>
  /** Forgets the folder (its files stay where they are) and stops watching it. */
  forget(): Promise<SyncFolderInfo>
  /** The folder port over the chosen folder; throws `not-found` when none is chosen. */
  folder(): Promise<DiskSyncFolder>
  /**
   * The folder could not be found: stop watching it (a watcher follows the folder that was
   * there, not one put back under its name); the next use watches it again.
   */
  lost(): void
}

/** Main's record of the synced folder, in `ports.dataDir`. */
export function syncFolderService(ports: Ports): SyncFolderService {
  const settingPath = join(ports.dataDir, SYNC_FOLDER_FILE)
  let chosen: { path: string; folder: DiskSyncFolder } | null = null
  let stopWatching: (() => void) | null = null

  const use = (path: string | null) => {
    stopWatching?.()
    stopWatching = null
    chosen = path === null ? null : { path, folder: diskSyncFolder(path) }
  }

  const ready = (async () => {
    try {
      const parsed = v.safeParse(settingSchema, JSON.parse(await readFile(settingPath, 'utf8')))
      if (parsed.success) use(parsed.output.path)
    } catch {
      // No file yet, or a damaged one: no folder is chosen.
    }
  })()

  /** Watches the chosen folder unless already watching; a folder that is gone is tried again later. */
  const watch = () => {
    if (!chosen || stopWatching) return
    try {
      const stop = chosen.folder.watch(
        () => ports.events.send('sync/changed', {}),
        // Watched again on the next listing, once the folder is back.
        () => {
          if (stopWatching === stop) stopWatching = null
        },
      )
      stopWatching = stop
    } catch {
      stopWatching = null // the folder is missing now: the next listing reports it and retries
    }
  }

  /** Remembers `path` (atomically, so a crash keeps the old choice or the new) and watches it. */
  const adopt = async (path: string) => {
    await writeFileAtomic(settingPath, new TextEncoder().encode(JSON.stringify({ path })))
    use(path)
    watch()
  }

  const info = (): SyncFolderInfo =>
    chosen ? { chosen: true, label: basename(chosen.path) } : { chosen: false, label: null }

  return {
    async info() {
      await ready
      return info()
    },
    async choose() {
      await ready
      const path = await ports.dialog.showOpenFolder({ title: 'Choose a folder to sync through' })
      if (path === null) return { ...info(), cancelled: true }
      await adopt(path)
      return { ...info(), cancelled: false }
    },
    async chooseAgain(identity) {
      await ready
      if (!chosen) throw new HostError('not-found', 'no folder is chosen for sync')
      const path = await ports.dialog.showOpenFolder({
        title: 'Find the folder Afterview syncs through',
      })
      if (path === null) return { ...info(), outcome: 'cancelled', picked: null }
      let outcome
      try {
        outcome = await standingOfFolder(diskSyncFolder(path), identity)
      } catch (error) {
        throw asHostError(error) // the picked folder's problem, not the chosen one's
      }
      if (outcome === 'same-folder') await adopt(path)
      return { ...info(), outcome, picked: basename(path) }
    },
    async forget() {
      await ready
      await rm(settingPath, { force: true })
      use(null)
      return info()
    },
    async folder() {
      await ready
      if (!chosen) throw new HostError('not-found', 'no folder is chosen for sync')
      watch()
      return chosen.folder
    },
    lost() {
      stopWatching?.()
      stopWatching = null
    },
  }
}

/** A folder failure as the bridge carries it; anything else is passed on as it is. */
export function asHostError(error: unknown): unknown {
  return error instanceof SyncFolderError ? new HostError(error.kind, error.message) : error
}
