/** Helpers for tests of main's file handling. */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file under `folder` with its bytes, keyed by relative path (missing folder: empty). */
export async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    out.set(relative(folder, full), await readFile(full))
  }
  return out
}
