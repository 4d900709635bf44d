/**
 * The data channel: the user's search as plain files they can keep, open elsewhere and bring back
 * (src-shared/records/exportFile.ts and applicationsCsv.ts). The renderer makes the text; main
 * asks where to save it or which file to read, so no path crosses the bridge.
 */
import * as v from 'valibot'
import type { RequestSchemas } from './part'
import type { SavedFile } from './export'

/** The largest plain export main writes or reads, in bytes: ten thousand applications fit. */
export const MAX_DATA_BYTES = 96 * 1024 * 1024

/** The largest CSV file an import reads, in bytes (a tracker's export is far smaller). */
export const MAX_CSV_BYTES = 50 * 1024 * 1024

/** The kinds of plain file: everything as JSON, or the applications as CSV. */
export type DataFileKind = 'json' | 'csv'

/** A plain file the user chose to import: its name (never its path) and its text. */
export interface OpenedDataFile {
  fileName: string
  text: string
}

/** A CSV file the user chose to import: its name (never its path) and its bytes as base64. */
export interface OpenedCsvFile {
  fileName: string
  /** The file as it is on disk: the renderer decodes it, whatever its encoding. */
  dataB64: string
}

/** Response types of the data channel. */
export interface DataResponses {
  'data/save': SavedFile
  'data/open-json': OpenedDataFile
  'data/open-csv': OpenedCsvFile
}

/** Request schemas of the data channel, spread into the IPC contract. */
export const dataRequestSchemas = {
  /** Asks where to save a plain export (JSON or CSV) and writes it atomically. */
  'data/save': v.strictObject({
    kind: v.picklist(['json', 'csv']),
    text: v.pipe(v.string(), v.maxLength(MAX_DATA_BYTES)),
  }),
  /** Asks for a JSON export to import and answers its text. Errors: cancelled, too-large. */
  'data/open-json': v.strictObject({}),
  /** Asks for a CSV file to import and answers its bytes. Errors: cancelled, too-large. */
  'data/open-csv': v.strictObject({}),
} as const satisfies RequestSchemas<DataResponses>
