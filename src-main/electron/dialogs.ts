import { BrowserWindow, dialog } from 'electron'
import type { DialogPort } from '../ports'

/** The real open and save dialogs, attached to the focused window when there is one. */
export function electronDialogs(): DialogPort {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  return {
    async showOpen({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const win = parent()
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async showOpenFolder({ title }) {
      const options = {
        title,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      }
      const win = parent()
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async showSave({ title, defaultPath, filters }) {
      const options = { title, defaultPath, filters }
      const win = parent()
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
  }
}
