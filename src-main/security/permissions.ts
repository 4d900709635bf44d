/**
 * Which web permissions the app's page may use. Pure decisions, applied to the session by the
 * Electron wiring (electron/guards.ts) and, in the end-to-end tests, to Chromium through Playwright
 * (tests/e2e/support/chromium.ts), so a permission main refuses also fails in the tests.
 *
 * The page needs exactly two: writing plain text to the clipboard, for the Copy buttons of the
 * drafts and of the recovery code (`navigator.clipboard.writeText` asks Electron for
 * 'clipboard-sanitized-write'), and keeping its storage from eviction under disk pressure
 * (`navigator.storage.persist()` asks for 'persistent-storage'). Everything else (camera, microphone, location, notifications
 * through the web API, clipboard reading, devices…) is refused: main shows OS notifications itself.
 */
import { isTrustedSenderUrl } from '../ipc/sender'

/** Electron's permission names the app's page is granted, and nothing else. */
export const ALLOWED_PERMISSIONS: readonly string[] = [
  'clipboard-sanitized-write',
  'persistent-storage',
]

/**
 * Playwright's name for each allowed Electron permission. Playwright's grantPermissions refuses
 * every permission it is not given, as Electron's handlers do. Null: Playwright has no name for
 * it, and Chromium decides by itself (persistent storage, granted by its own heuristics).
 */
export const PLAYWRIGHT_PERMISSION_NAMES: Readonly<Record<string, string | null>> = {
  'clipboard-sanitized-write': 'clipboard-write',
  'persistent-storage': null,
}

/**
 * True when the page at `requestingUrl` (a URL or an origin) may use `permission`, named as
 * Electron names it. Only the app's own page gets anything, so a frame or a navigated page that
 * slipped past the guards still gets nothing.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  devServerUrl?: string,
): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isTrustedSenderUrl(requestingUrl, devServerUrl)
}
