/** The real save dialog, for the SaveDialogPort. Exports start in the user's Documents folder. */
import { app, dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import type { SaveDialogPort, SaveDialogRequest } from '../ports'

const FILTERS: Record<SaveDialogRequest['kind'], FileFilter[]> = {
  docx: [{ name: 'Word document', extensions: ['docx'] }],
}

/** A save dialog attached to the main window when there is one. */
export function electronSaveDialog(window: () => BrowserWindow | null): SaveDialogPort {
  return {
    async askSavePath({ suggestedName, kind }) {
      const options: SaveDialogOptions = {
        title: 'Save the Word document',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: FILTERS[kind],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }
      const parent = window()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}
