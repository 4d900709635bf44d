import { Menu, Tray, nativeImage } from 'electron'
import { trayImageFor } from './trayImage'

/** What the tray menu asks the rest of main to do. */
export interface TrayActions {
  open(): void
  lock(): void
  quit(): void
}

/** Puts Afterview in the tray or menu bar with Open, Lock and Quit. */
export function createTray(actions: TrayActions): Tray {
  const spec = trayImageFor(process.platform)
  const icon = nativeImage.createEmpty()
  icon.addRepresentation({ scaleFactor: 1, dataURL: spec.x1 })
  icon.addRepresentation({ scaleFactor: 2, dataURL: spec.x2 })
  icon.setTemplateImage(spec.template)
  const tray = new Tray(icon)
  tray.setToolTip('Afterview')
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Afterview', click: () => actions.open() },
      { label: 'Lock', click: () => actions.lock() },
      { type: 'separator' },
      { label: 'Quit Afterview', click: () => actions.quit() },
    ]),
  )
  // Windows and Linux open on a plain click; macOS shows the menu instead.
  tray.on('click', () => {
    if (process.platform !== 'darwin') actions.open()
  })
  return tray
}
