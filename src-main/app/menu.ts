import { Menu, app, type MenuItemConstructorOptions } from 'electron'

/** What the menu asks the rest of main to do. */
export interface MenuActions {
  lock(): void
  showAbout(): void
}

/** The native application menu with the usual roles, plus Lock (Ctrl/Cmd+L). */
export function buildAppMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Lock Afterview', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged
          ? []
          : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'About Afterview', click: () => actions.showAbout() }],
    },
  ]
  return Menu.buildFromTemplate(template)
}
