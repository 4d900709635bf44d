/**
 * Atomic file writes: a crash at any point leaves either the complete old file or the complete new
 * one, never a mix. The bytes go to a temp file in the same folder (so the rename stays on one file
 * system), created with mode 0600, flushed to disk, renamed over the target, and the folder is
 * flushed so the rename itself survives a power cut.
 */
import { open, rename, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

/** Writes `data` to `path` atomically with owner-only permissions. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const folder = dirname(path)
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(folder)
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
