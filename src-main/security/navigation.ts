/**
 * What a page may do with navigation and new windows. Pure decisions, applied to every web
 * contents by the Electron wiring (electron/guards.ts) and tested without Electron.
 */
import { parseExternalUrl } from '@shared/ipc/urls'

/** What to do when a page asks for a new window (window.open, target=_blank, middle-click). */
export interface WindowOpenDecision {
  /** Afterview never opens a second window of its own. */
  action: 'deny'
  /** The checked URL to hand to the user's browser or mail client, or null to drop it. */
  openExternally: string | null
}

/** A new window is always denied; an https: or mailto: link goes to the OS, checked. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: parseExternalUrl(url) }
}
