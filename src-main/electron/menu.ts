import { Menu, app, type MenuItemConstructorOptions } from 'electron'

/** What the menu asks the rest of main to do. */
export interface MenuActions {
  lock(): void
  showAbout(): void
  /** Opens Settings in the window (Ctrl+, or Cmd+,, as in most desktop apps). */
  openSettings(): void
}

/** The native application menu with the usual roles, plus Settings (Ctrl/Cmd+,) and Lock (Ctrl/Cmd+L). */
export function buildAppMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin'
  const settings: MenuItemConstructorOptions = {
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.openSettings(),
  }
  // macOS keeps Settings in the app menu, after About; Windows and Linux in File.
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  }
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu] : []),
    {
      label: 'File',
      submenu: [
        ...(isMac ? [] : [settings, { type: 'separator' as const }]),
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
