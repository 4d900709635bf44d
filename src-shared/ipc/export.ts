/** The export channel: saving a Word document the renderer built, where the user chooses. */
import * as v from 'valibot'
import { base64Bytes } from './encoding'
import type { RequestSchemas } from './part'

/** The largest Word export main will save, in bytes. Real exports are tens of kilobytes. */
export const MAX_EXPORT_BYTES = 8 * 1024 * 1024

/** A file name the save dialog may suggest: no folders, no characters Windows refuses. */
const suggestedFileName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(120),
  v.regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'must be a file name without folders'),
  v.check(
    (name) => !name.startsWith('.') && name.trim() === name,
    'must not start with a dot or space',
  ),
)

/** What main answers after saving an export: the name the user chose, never the full path. */
export interface SavedFile {
  fileName: string
  /** Size written, in bytes. */
  bytes: number
}

/** Response types of the export channel. */
export interface ExportResponses {
  'export/save-docx': SavedFile
}

/** Request schemas of the export channel, spread into the IPC contract. */
export const exportRequestSchemas = {
  /** Asks the user where to save a Word document and writes it there atomically. */
  'export/save-docx': v.strictObject({
    suggestedName: suggestedFileName,
    base64: base64Bytes(MAX_EXPORT_BYTES),
  }),
} as const satisfies RequestSchemas<ExportResponses>
