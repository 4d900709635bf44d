/**
 * Saving a file the user names: the save dialog, the extension added when they typed a name
 * without it, and an atomic write. The path never leaves main.
 */
import { HostError } from '@shared/ipc/errors'
import type { DialogPort } from '../ports'
import { writeFileAtomic } from './atomicWrite'

/** What the save dialog shows. */
export interface SaveDialog {
  title: string
  defaultPath: string
  /** The file type's name and its one extension, without the dot: `{ name: 'CSV', extension: 'csv' }`. */
  type: { name: string; extension: string }
}

/**
 * Asks where to save with `dialog` and writes `bytes` there atomically; answers the path, or
 * null when the user cancelled. Errors: `io` when the file cannot be written there.
 */
export async function saveWithDialog(
  dialog: DialogPort,
  options: SaveDialog,
  bytes: Uint8Array,
): Promise<string | null> {
  const { extension } = options.type
  const chosen = await dialog.showSave({
    title: options.title,
    defaultPath: options.defaultPath,
    filters: [{ name: options.type.name, extensions: [extension] }],
  })
  if (chosen === null) return null
  const path = chosen.toLowerCase().endsWith(`.${extension}`) ? chosen : `${chosen}.${extension}`
  try {
    await writeFileAtomic(path, bytes)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
    throw new HostError('io', `could not write ${extension} file (${code})`)
  }
  return path
}
