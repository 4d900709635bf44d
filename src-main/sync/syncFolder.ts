/**
 * The synced folder on disk: main's side of the sync core's folder port (src-shared/sync/
 * folder.ts). The renderer never names a path; it names files relative to the folder, and this
 * module confines every name to the folder the user picked:
 *
 * - a name is `vault-header.json`, `devices/<device id>/<file>` or
 *   `attachments/<64 hex>.avattach`: no `..`, no `.`, no absolute name, no backslash, no empty
 *   part, nothing deeper;
 * - a symlink is never followed: listing skips anything that is not a plain folder or file, and
 *   reading or writing checks that the real path is still inside the folder;
 * - a file over the size limit is refused (`too-large`) from its size on disk, never read;
 * - only files under `devices/` are ever deleted by name (compaction, a removed device's files),
 *   and attachments only by digest (`removeAttachment`, once no record names them anywhere),
 *   never the header copy; a device's folder left empty goes with its last file;
 * - writes are atomic (writeFileAtomic), so another device never reads half of a file this one
 *   wrote; its temp names start with `.`, which readers skip;
 * - failures become the port's kinds (folder gone, disk full, access refused).
 */
import { watch as watchFs } from 'node:fs'
import { lstat, mkdir, readdir, realpath, rmdir, unlink } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { isDeviceId } from '@shared/sync/syncFile'
import { VAULT_HEADER_NAME } from '@shared/sync/names'
import {
  ATTACHMENTS_FOLDER,
  attachmentFolderName,
  digestOfFolderName,
} from '@shared/sync/attachmentNames'
import {
  SyncFolderError,
  type FolderEntry,
  type FolderProblem,
  type SyncFolder,
} from '@shared/sync/folder'
import { HostError } from '@shared/ipc/errors'
import { MAX_SYNC_FILE_BYTES } from '@shared/ipc/sync'
import { writeFileAtomic } from '../files/atomicWrite'
import { inBatches } from '../files/inBatches'
import { readFileIfPresent } from '../files/readIfPresent'

/** The folder port, plus watching for files other devices' sync services bring in. */
export interface DiskSyncFolder extends SyncFolder {
  /**
   * Calls `onChange` (at most every `DEBOUNCE_MS`) when anything in the folder changes. A folder
   * that disappears ends the watching: `onEnd` is called, and `onChange` once more.
   */
  watch(onChange: () => void, onEnd?: () => void): () => void
  /** The sealed attachments in `attachments/` (names as `read` takes them); none when absent. */
  listAttachments(): Promise<FolderEntry[]>
  /** Deletes the sealed attachment named by `digest`; one already gone is fine. */
  removeAttachment(digest: string): Promise<void>
}

/** Quiet time after a change before `watch` reports it: a sync service writes in bursts. */
export const DEBOUNCE_MS = 250

const FILE_NAME = /^[^/\\\0]{1,200}$/

/** The kind of a file-system error, as the port reports it. */
export function problemOf(error: unknown): FolderProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folder-missing'
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'denied'
  return 'folder-error'
}

function failure(error: unknown): SyncFolderError {
  if (error instanceof SyncFolderError) return error
  return new SyncFolderError(problemOf(error), String((error as Error)?.message ?? error))
}

/** The parts of `name` when it is a name inside the folder; throws `denied` otherwise. */
function partsOf(name: unknown): string[] {
  if (typeof name === 'string') {
    if (name === VAULT_HEADER_NAME) return [name]
    if (digestOfFolderName(name) !== null) return name.split('/')
    const parts = name.split('/')
    if (
      parts.length === 3 &&
      parts[0] === 'devices' &&
      isDeviceId(parts[1]!) &&
      FILE_NAME.test(parts[2]!) &&
      parts[2] !== '.' &&
      parts[2] !== '..'
    ) {
      return parts
    }
  }
  throw new SyncFolderError('denied', 'not a name inside the sync folder')
}

/** The folder port over `root`, a folder the user picked; files over `maxReadBytes` are refused. */
export function diskSyncFolder(root: string, maxReadBytes = MAX_SYNC_FILE_BYTES): DiskSyncFolder {
  const inside = async (path: string): Promise<void> => {
    const real = await realpath(path)
    const realRoot = await realpath(root)
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      throw new SyncFolderError('denied', 'leads outside the sync folder')
    }
  }

  const entriesOf = async (folder: string, prefix: string): Promise<FolderEntry[]> => {
    const files = (await readdir(folder, { withFileTypes: true })).filter((d) => d.isFile())
    const entries = await inBatches(files, async (dirent): Promise<FolderEntry | null> => {
      try {
        const stats = await lstat(join(folder, dirent.name))
        return { name: prefix + dirent.name, size: stats.size, modified: stats.mtimeMs }
      } catch (error) {
        if (problemOf(error) !== 'folder-missing') throw error // gone since listed: skip
        return null
      }
    })
    return entries.filter((e) => e !== null)
  }

  /** Deletes the plain file at `parts`, inside the folder; one already gone is fine. */
  const removeFile = async (parts: string[]): Promise<void> => {
    const path = join(root, ...parts)
    try {
      await inside(root)
      const stats = await lstat(path)
      if (!stats.isFile()) throw new SyncFolderError('denied', 'not a plain file')
      await inside(path)
      await unlink(path)
    } catch (error) {
      if (!(error instanceof SyncFolderError) && problemOf(error) === 'folder-missing') {
        // Gone already (another pass, or the sync service): fine, unless the folder is gone.
        await inside(root).catch((rootError: unknown) => {
          throw failure(rootError)
        })
        return
      }
      throw failure(error)
    }
  }

  return {
    async list() {
      try {
        await inside(root)
        const entries = (await entriesOf(root, '')).filter((e) => e.name === VAULT_HEADER_NAME)
        const devices = join(root, 'devices')
        let folders: string[] = []
        try {
          folders = (await readdir(devices, { withFileTypes: true }))
            .filter((d) => d.isDirectory() && isDeviceId(d.name))
            .map((d) => d.name)
        } catch (error) {
          if (problemOf(error) !== 'folder-missing') throw error
        }
        for (const device of folders) {
          try {
            entries.push(...(await entriesOf(join(devices, device), `devices/${device}/`)))
          } catch (error) {
            if (problemOf(error) !== 'folder-missing') throw error
          }
        }
        return entries
      } catch (error) {
        throw failure(error)
      }
    },

    async listAttachments() {
      try {
        await inside(root)
        const folder = join(root, ATTACHMENTS_FOLDER)
        await inside(folder) // not a link leading out
        const entries = await entriesOf(folder, `${ATTACHMENTS_FOLDER}/`)
        return entries.filter((e) => digestOfFolderName(e.name) !== null)
      } catch (error) {
        if (!(error instanceof SyncFolderError) && problemOf(error) === 'folder-missing') {
          await inside(root).catch((rootError: unknown) => {
            throw failure(rootError)
          })
          return []
        }
        throw failure(error)
      }
    },

    async read(name) {
      const path = join(root, ...partsOf(name))
      try {
        const stats = await lstat(path)
        if (!stats.isFile()) throw new SyncFolderError('denied', 'not a plain file')
        if (stats.size > maxReadBytes) {
          throw new HostError('too-large', 'a file in the sync folder is too large to read')
        }
        await inside(path)
        const bytes = await readFileIfPresent(path)
        return bytes && new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      } catch (error) {
        if (!(error instanceof SyncFolderError) && problemOf(error) === 'folder-missing') {
          await inside(root).catch((rootError: unknown) => {
            throw failure(rootError)
          })
          return null
        }
        if (error instanceof HostError) throw error
        throw failure(error)
      }
    },

    async write(name, bytes) {
      const parts = partsOf(name)
      const folder = join(root, ...parts.slice(0, -1))
      try {
        await inside(root)
        await mkdir(folder, { recursive: true })
        await inside(folder)
        await writeFileAtomic(join(folder, parts[parts.length - 1]!), bytes)
      } catch (error) {
        throw failure(error)
      }
    },

    async remove(name) {
      const parts = partsOf(name)
      if (parts.length !== 3) throw new SyncFolderError('denied', 'only device files are removed')
      await removeFile(parts)
      // Its device's last file: the folder goes too (rmdir leaves a folder that is not empty).
      await rmdir(join(root, parts[0]!, parts[1]!)).catch(() => {})
    },

    async removeAttachment(digest) {
      await removeFile(partsOf(attachmentFolderName(digest)))
    },

    watch(onChange, onEnd) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const later = () => {
        clearTimeout(timer)
        timer = setTimeout(onChange, DEBOUNCE_MS)
      }
      const watcher = watchFs(root, { recursive: true }, later)
      // A folder that disappears ends the watcher: report it as a change, so a pass finds out.
      watcher.on('error', () => {
        watcher.close()
        onEnd?.()
        later()
      })
      return () => {
        clearTimeout(timer)
        watcher.close()
      }
    },
  }
}
