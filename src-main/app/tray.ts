import { Menu, Tray, nativeImage } from 'electron'

/** The tray icon: Afterview's mark, 32 px, inlined so no file has to ship beside main. */
const ICON_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAcElEQVR42mNgwAOMI678pwZmIAVQy1KyHENry/E6gl6WY3UEvS3HcAQ5mpHB0HYAuZqp4QCwI6hhKSWOGXUAA7XjmlT1ow4YdcDQcgCpYNQBo4lw1AFDwwGEWkW0dMDQbhUP+b7B4OuaDYrO6UB0zwEkCa2An9GjgwAAAABJRU5ErkJggg=='

/** What the tray menu asks the rest of main to do. */
export interface TrayActions {
  open(): void
  lock(): void
  quit(): void
}

/** Puts Afterview in the tray or menu bar with Open, Lock and Quit. */
export function createTray(actions: TrayActions): Tray {
  const icon = nativeImage.createFromDataURL(ICON_PNG).resize({ width: 16, height: 16 })
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
