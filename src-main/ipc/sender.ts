/** The origin the app's own pages are served from in production (see app/protocol.ts). */
export const APP_ORIGIN = 'app://afterview'

/**
 * True when a call comes from the app's own top-level page: the production scheme, or the dev
 * server's exact origin while developing. Anything else (an iframe, a navigated page, a file: URL)
 * is refused by the Electron wiring before its payload is even read.
 */
export function isTrustedSenderUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'app:' && parsed.host === 'afterview') return true
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}
