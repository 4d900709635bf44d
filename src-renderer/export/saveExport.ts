/**
 * Saving a Word export from the renderer: build the bytes here, send them to main, which asks the
 * user where and writes the file. Failures come back as sentences for the user.
 */
import type { Document } from 'docx'
import { kindOf, messageFor, type ErrorKind } from '../errors/sentences'
import { host } from '../host'

/** What happened to an export, in words the screen can show. */
export type ExportOutcome =
  | { status: 'saved'; message: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

// A saved document words these kinds for itself (the general 'too-large' is about attachments).
const FAILURES: Partial<Record<ErrorKind, string>> = {
  io: 'The file could not be written there. Try another folder, or check there is space left.',
  'too-large': 'The document is too large to save.',
  'invalid-payload': 'The document could not be put together. Nothing was saved.',
}

/** The export builders, loaded on first use: docx is large and most visits export nothing. */
export type Builders = typeof import('@shared/export')

/**
 * Builds a document with the builders, asks main to save it under a name like `suggestedName`,
 * and says how it went.
 */
export async function saveExport(
  build: (builders: Builders) => Document,
  suggestedName: string,
): Promise<ExportOutcome> {
  try {
    const builders = await import('@shared/export')
    const base64 = await builders.docxToBase64(build(builders))
    const saved = await host().call('export/save-docx', { suggestedName, base64 })
    return { status: 'saved', message: `Saved as ${saved.fileName}.` }
  } catch (error) {
    const kind = kindOf(error)
    if (kind === 'cancelled') return { status: 'cancelled' }
    return {
      status: 'failed',
      message:
        (kind && (FAILURES[kind] ?? messageFor(error))) ??
        'The document could not be saved. Please try again.',
    }
  }
}

/** A file name safe for every system, e.g. `Negotiation notes - Northwind Logistics`. */
export function exportName(title: string, company: string): string {
  const name = `${title} - ${company}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
  return name.trim().replace(/^\.+/, '').slice(0, 110) || title
}
