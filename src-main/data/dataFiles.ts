/**
 * Plain exports of the user's search (JSON or CSV), saved where they choose, and a JSON export
 * read back for an import. Unlike backups these files are not encrypted: the renderer warns the
 * user before it asks, and main writes exactly the text it was given.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  MAX_CSV_BYTES,
  MAX_DATA_BYTES,
  type DataFileKind,
  type OpenedCsvFile,
  type OpenedDataFile,
  type RequestOf,
  type SavedFile,
} from '@shared/ipc/contract'
import { HostError } from '@shared/ipc/errors'
import { systemTimeZone, zonedDate } from '@shared/domain/zoned'
import type { Ports } from '../ports'
import { saveWithDialog } from '../files/saveWithDialog'

const FILES: Record<DataFileKind, { name: string; title: string; filter: string }> = {
  json: { name: 'Afterview export', title: 'Export everything as JSON', filter: 'JSON' },
  csv: { name: 'Afterview applications', title: 'Export applications as CSV', filter: 'CSV' },
}

/** Builds the handler of `data/save`: asks where, then writes the text atomically as UTF-8. */
export function saveDataFile(ports: Pick<Ports, 'dialog' | 'documentsDir' | 'clock'>) {
  return async ({ kind, text }: RequestOf<'data/save'>): Promise<SavedFile> => {
    const bytes = new TextEncoder().encode(text)
    if (bytes.length > MAX_DATA_BYTES) throw new HostError('too-large', 'export too large')
    if (kind === 'json' && !isJson(text)) {
      throw new HostError('invalid-payload', 'the JSON export is not JSON')
    }
    const file = FILES[kind]
    const day = zonedDate(ports.clock.now(), systemTimeZone())
    const path = await saveWithDialog(
      ports.dialog,
      {
        title: file.title,
        defaultPath: join(ports.documentsDir, `${file.name} ${day}.${kind}`),
        type: { name: file.filter, extension: kind },
      },
      bytes,
    )
    if (path === null) throw new HostError('cancelled', 'the save was cancelled')
    return { fileName: basename(path), bytes: bytes.length }
  }
}

/** Asks for one file with `dialog` and reads it whole, refusing one larger than `maxBytes`. */
async function pickFile(
  ports: Pick<Ports, 'dialog'>,
  dialog: { title: string; filters: Array<{ name: string; extensions: string[] }> },
  maxBytes: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  const source = await ports.dialog.showOpen(dialog)
  if (!source) throw new HostError('cancelled', 'no file chosen')
  const info = await stat(source).catch(() => {
    throw new HostError('not-found', 'the chosen file cannot be read')
  })
  if (!info.isFile()) throw new HostError('not-found', 'the chosen path is not a file')
  if (info.size > maxBytes) throw new HostError('too-large', 'file too large to import')
  return { fileName: basename(source), bytes: await readFile(source) }
}

/** Builds the handler of `data/open-json`: asks for a file, checks its size, answers its text. */
export function openJsonFile(ports: Pick<Ports, 'dialog'>) {
  return async (): Promise<OpenedDataFile> => {
    const { fileName, bytes } = await pickFile(
      ports,
      { title: 'Import an Afterview export', filters: [{ name: 'JSON', extensions: ['json'] }] },
      MAX_DATA_BYTES,
    )
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new HostError('invalid-payload', 'the file is not UTF-8 text')
    }
    return { fileName, text }
  }
}

/**
 * Builds the handler of `data/open-csv`: asks for a CSV file, checks its size, answers its bytes
 * untouched (the renderer finds out their encoding). Only the file the user picked is read.
 */
export function openCsvFile(ports: Pick<Ports, 'dialog'>) {
  return async (): Promise<OpenedCsvFile> => {
    const { fileName, bytes } = await pickFile(
      ports,
      {
        title: 'Import applications from a CSV file',
        filters: [{ name: 'CSV or text', extensions: ['csv', 'tsv', 'txt'] }],
      },
      MAX_CSV_BYTES,
    )
    return { fileName, dataB64: bytes.toString('base64') }
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
