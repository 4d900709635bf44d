/**
 * Atomic file writes: a crash or power cut at any moment leaves either the complete old file or
 * the complete new one, never a mix. Temp file in the same folder (so rename stays on one file
 * system) created with mode 0600, written, fsynced, renamed over the target, then the folder is
 * fsynced so the rename itself is durable.
 *
 * Only plain `node:` imports and erasable TypeScript here: the crash-safety test runs this very
 * file in a child process with Node's type stripping and kills it mid-write.
 */
import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

const TEMP_SUFFIX = '.afterview-tmp'

/** Replaces `target` with `data` atomically; the new file has mode 0600. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const folder = dirname(target)
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(folder)
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** True for the names of temp files left behind by an interrupted write. */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

/** Deletes temp files an interrupted write left in `folder`; answers how many there were. */
export async function removeStaleTemps(folder: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return 0
  }
  const stale = names.filter(isTempName)
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })))
  return stale.length
}
