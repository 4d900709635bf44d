/**
 * The synced folder as the sync core sees it: four operations on names relative to the folder
 * (always with `/`), implemented by main over the real folder and by tests in memory. The core
 * never sees a path on disk.
 */
import { KindedError } from '../domain/kindedError'

/** One file listed in the folder. */
export interface FolderEntry {
  /** Relative name, e.g. `devices/<id>/batch-3.avsync`. */
  name: string
  size: number
  /**
   * The file's modification time (epoch ms) as the folder reports it. Used only to notice that
   * a file changed since it was last read, never to order anything: clocks may be wrong.
   */
  modified: number
}

/** Why the folder could not be used. */
export type FolderProblem =
  /** The folder is gone: an unplugged drive, a signed-out sync service, a renamed folder. */
  | 'folder-missing'
  /** The disk or the sync service's quota is full. */
  | 'disk-full'
  /** The system refused access. */
  | 'denied'
  /** Anything else, with the message kept for the log. */
  | 'folder-error'

/** Every kind of folder failure (they also cross the bridge as error kinds). */
export const FOLDER_PROBLEMS = [
  'folder-missing',
  'disk-full',
  'denied',
  'folder-error',
] as const satisfies readonly FolderProblem[]

/** A failure of the folder, with a kind the status panel explains. */
export class SyncFolderError extends KindedError<FolderProblem> {
  override readonly name = 'SyncFolderError'
}

/** The folder port. Every operation may reject with a SyncFolderError. */
export interface SyncFolder {
  /** Every file under `devices/` (and the header copy), in no particular order. */
  list(): Promise<FolderEntry[]>
  /** A file's bytes, or null when it is gone (a listed file can vanish before it is read). */
  read(name: string): Promise<Uint8Array | null>
  /** Writes a whole file atomically: readers see the old file or the new one, never a mix. */
  write(name: string, bytes: Uint8Array): Promise<void>
  /**
   * Deletes a file; a file already gone is not an error. Compaction calls it only for the
   * device's own files (ARCHITECTURE.md, "Compaction").
   */
  remove(name: string): Promise<void>
}

/** The kind of a folder failure (anything that is not a SyncFolderError is `folder-error`). */
export function folderProblem(error: unknown): FolderProblem {
  return error instanceof SyncFolderError ? error.kind : 'folder-error'
}
