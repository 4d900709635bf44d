/**
 * Saving a Word export: the renderer sends the bytes and a suggested name; main asks the user
 * where through the save dialog (starting in their Documents folder) and writes the file
 * atomically there. The path never comes from the renderer and never goes back to it.
 */
import { basename, join } from 'node:path'
import type { RequestOf, SavedFile } from '@shared/ipc/contract'
import { HostError } from '@shared/ipc/errors'
import type { Ports } from '../ports'
import { saveWithDialog } from '../files/saveWithDialog'

// Every .docx is a zip package: refuse anything else rather than save junk under a Word name.
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

function withDocx(name: string): string {
  return /\.docx$/i.test(name) ? name : `${name}.docx`
}

/** Builds the handler of `export/save-docx` over the dialog port and the documents folder. */
export function saveDocx(ports: Pick<Ports, 'dialog' | 'documentsDir'>) {
  return async (request: RequestOf<'export/save-docx'>): Promise<SavedFile> => {
    const bytes = Buffer.from(request.base64, 'base64')
    if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
      throw new HostError('invalid-payload', 'The export is not a Word document')
    }
    const path = await saveWithDialog(
      ports.dialog,
      {
        title: 'Save the Word document',
        defaultPath: join(ports.documentsDir, withDocx(request.suggestedName)),
        type: { name: 'Word document', extension: 'docx' },
      },
      bytes,
    )
    if (path === null) throw new HostError('cancelled', 'The save was cancelled')
    return { fileName: basename(path), bytes: bytes.length }
  }
}
