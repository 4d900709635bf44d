/**
 * Atomic file writes: a crash at any moment leaves either the complete old file or the complete
 * new one, never a torn mix. The new bytes go to a temp file in the same folder (so the rename
 * stays on one file system), are flushed to disk, then renamed over the target, and the folder
 * itself is flushed so the rename survives a power cut.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Options of an atomic write. */
export interface AtomicWriteOptions {
  /** File mode of the new file. Default 0o600: the user's files are for the user only. */
  mode?: number
  /** Test hook: runs after the temp file is flushed and before the rename. */
  beforeRename?: (tempPath: string) => Promise<void> | void
}

// Some platforms (Windows) cannot open or flush a folder; the rename is still atomic there.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'])

async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (!FOLDER_SYNC_UNSUPPORTED.has(code)) throw error
  } finally {
    await handle?.close()
  }
}

/** Writes `data` to `path` atomically. Throws the file system's error; never leaves a temp file. */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = dirname(path)
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  let created = false
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o600)
    created = true
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await options.beforeRename?.(temp)
    await rename(temp, path)
    created = false
    await syncFolder(folder)
  } finally {
    if (created) await unlink(temp).catch(() => {})
  }
}
