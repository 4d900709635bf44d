/** Helpers for tests of main's file handling. */
import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { readFileIfPresent } from '../../src-main/files/readIfPresent'

/**
 * Every file under `folder` with its bytes, keyed by relative path (missing folder: empty). A file
 * deleted between the listing and its read (main may be removing it right now) is left out.
 */
export async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    const bytes = await readFileIfPresent(full)
    if (bytes) out.set(relative(folder, full), bytes)
  }
  return out
}
