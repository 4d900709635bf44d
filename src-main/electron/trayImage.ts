/**
 * Which tray image each system gets. macOS's menu bar wants a template image (black and alpha
 * only, recoloured by the system for dark, light and highlighted bars); Windows and Linux show the
 * colour icon. Both come at 1x and 2x so HiDPI screens get a sharp 32 px picture, not a 16 px one
 * blown up.
 */
import { TRAY_ICONS } from './trayIcons'

/** The pictures of the tray icon as data URLs, and whether they are a macOS template. */
export interface TrayImageSpec {
  x1: string
  x2: string
  template: boolean
}

/** The tray image of `platform` (Node's process.platform). */
export function trayImageFor(platform: string): TrayImageSpec {
  if (platform === 'darwin') return { ...TRAY_ICONS.template, template: true }
  return { ...TRAY_ICONS.colour, template: false }
}
