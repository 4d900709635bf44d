/**
 * Electron wiring of the navigation, window and permission rules of docs/SECURITY.md. The
 * decisions themselves are pure and tested in security/navigation.ts; this file only applies them
 * to every web contents Electron creates, so a window or frame added later is covered too.
 */
import { app, session, type WebContents } from 'electron'
import { decideWindowOpen } from '../security/navigation'
import { isPermissionAllowed } from '../security/permissions'

/**
 * Applies the rules to every web contents, present and future. Call before the first window.
 * `openLink` is main's one link opener (shell/links.ts): a checked link the page tried to open
 * in a window goes to the OS through the same gesture check and rate limit as the IPC channel.
 */
export function guardAllWebContents(openLink: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openLink))
}

function guardWebContents(contents: WebContents, openLink: (url: string) => void): void {
  // New windows are never opened; checked https: and mailto: links go to the OS instead.
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    if (decision.openExternally) openLink(decision.openExternally)
    return { action: decision.action }
  })
  // The app is one page with no frames (PDFs are drawn on canvases): nothing navigates.
  // will-navigate covers older paths; will-frame-navigate also sees subframes.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Grants the app's page the permissions of security/permissions.ts (writing to the clipboard) and
 * denies every other one a page could ask for or probe, and every device.
 */
export function applyPermissionPolicy(devServerUrl: string | undefined): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, devServerUrl)),
  )
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, devServerUrl),
  )
  ses.setDevicePermissionHandler(() => false)
}
