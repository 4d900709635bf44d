/**
 * Reading a file that was listed a moment ago. Between the listing and the read, another task
 * may delete it (an attachment removed for good, a temp file renamed into place), so a file that
 * is gone is an answer, not an error. Any other failure still throws.
 */
import { readFile } from 'node:fs/promises'

/** The bytes of `path`, or null when no file is there any more. */
export async function readFileIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
