/**
 * What a page may do with navigation and new windows. Pure decisions, applied to every web
 * contents by the Electron wiring (app/guards.ts) and tested without Electron.
 */
import { parseExternalUrl } from '@shared/ipc/urls'
import { APP_ORIGIN } from '../ipc/sender'

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

/**
 * True when a frame may navigate to `url`. The app is a single page: its top-level frame never
 * navigates away (a reload is not a navigation). A subframe may only show a blob: URL the app
 * itself made (an attachment preview); everything else, `javascript:` and remote pages included,
 * is refused.
 */
export function allowsFrameNavigation(
  url: string,
  isMainFrame: boolean,
  devServerUrl?: string,
): boolean {
  if (isMainFrame) return false
  let href: string
  try {
    href = new URL(url).href
  } catch {
    return false
  }
  const origins = [APP_ORIGIN]
  if (devServerUrl) {
    try {
      origins.push(new URL(devServerUrl).origin)
    } catch {
      // An unparsable dev server URL trusts nothing.
    }
  }
  return origins.some((origin) => href.startsWith(`blob:${origin}/`))
}
