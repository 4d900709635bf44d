/**
 * Launching Debian's Chromium (or Playwright's) on the built renderer with the test transport:
 * `window.afterview` comes from the bundled test bridge, and its `invoke` reaches main's real
 * handler table over exposeBinding. Shared by the end-to-end fixture and the benchmark.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { buildHandlers } from '../../../src-main/ipc/handlers'
import { createNotifyServices, type NotifyServices } from '../../../src-main/reminders/services'
import { createUpdateService, type UpdateService } from '../../../src-main/updates/service'
import { dispatch } from '../../../src-main/ipc/dispatch'
import {
  ALLOWED_PERMISSIONS,
  PLAYWRIGHT_PERMISSION_NAMES,
} from '../../../src-main/security/permissions'
import type { TestPorts } from '../../support/testPorts'
import { bridgeBundle } from './global-setup'
import type { LockReason } from '@shared/ipc/launchNotice'
import { lockedPageAddress, type LockPlace } from '@shared/ipc/lockPlace'

/** Chromium's path: AFTERVIEW_CHROMIUM, else Debian's, else Playwright's own download. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['AFTERVIEW_CHROMIUM']
  if (fromEnv) return fromEnv
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

/** Flags for a quiet, headless Chromium without a GPU or a sandbox (containers lack both). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** What to launch. */
export interface LaunchOptions {
  /** Chromium's profile folder: it holds IndexedDB, so a relaunch on it is an app restart. */
  profileDir: string
  ports: TestPorts
  /** The URL the renderer is served at (see server.ts). */
  url: string
  /** Collects the page's console errors and uncaught exceptions, and main's handler errors. */
  errors: string[]
  /** Extra Chromium flags (the benchmark adds its own). */
  extraArgs?: string[]
}

/** Launches Chromium with the test transport and opens the app. */
export async function launchChromium(options: LaunchOptions): Promise<{
  context: BrowserContext
  page: Page
  notify: NotifyServices
  updates: UpdateService
}> {
  const { profileDir, ports, url, errors } = options
  const executablePath = chromiumPath()
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  })
  await grantMainsPermissions(context, url)
  // A launch is a start of main too: its notification services read their files afresh.
  const notify = createNotifyServices(ports.ports)
  // Likewise its update service, which the fixture stops when this launch closes.
  const updates = createUpdateService(ports.ports)
  const table = buildHandlers(ports.ports, notify, undefined, updates)
  await context.exposeBinding(
    '__afterviewInvoke',
    async (source, channel: unknown, payload: unknown) => {
      // Mirrors the Electron wiring: only the app's own top-level frame may call main.
      if (source.frame !== source.page.mainFrame()) {
        return { ok: false, error: { kind: 'untrusted-sender', message: 'Not the app’s own page' } }
      }
      return dispatch(table, channel, payload, (ch, error) =>
        errors.push(`[main] ${ch}: ${String(error)}`),
      )
    },
  )
  // Electron tells main of every click and key it delivers ('input-event'); here the page's
  // trusted events (Playwright's clicks and keys are) tell the test ports the same.
  await context.exposeBinding('__afterviewInput', () => ports.userInput())
  await context.addInitScript(() => {
    for (const type of ['pointerdown', 'keydown']) {
      window.addEventListener(
        type,
        (event) => {
          if (event.isTrusted)
            void (window as unknown as { __afterviewInput(): Promise<void> }).__afterviewInput()
        },
        true,
      )
    }
  })
  await context.addInitScript({ path: bridgeBundle })
  const page = context.pages()[0] ?? (await context.newPage())
  watchPage(page, errors)
  // Events main pushes (a notification click) reach this page, as webContents.send would.
  ports.connectEvents((event, payload) => void pushTo(page, event, payload))
  // Main loads the app afresh after a lock (Electron's loadURL); here the page is sent there.
  ports.connectReload((reason, place) => void loadLocked(page, url, reason, place))
  await page.goto(url)
  await notify.ready
  await updates.ready
  return { context, page, notify, updates }
}

/**
 * Gives the page the permissions main's handlers grant the app's page, and refuses every other
 * one (Playwright's grant rejects all it is not given), so what Electron would deny fails here.
 */
async function grantMainsPermissions(context: BrowserContext, url: string): Promise<void> {
  const names = ALLOWED_PERMISSIONS.flatMap((permission) => {
    const name = PLAYWRIGHT_PERMISSION_NAMES[permission]
    if (name === undefined) throw new Error(`No Playwright name for the permission ${permission}`)
    // Null: Playwright cannot grant it and Chromium decides by itself.
    return name === null ? [] : [name]
  })
  await context.clearPermissions()
  await context.grantPermissions(names, { origin: new URL(url).origin })
}

/** Delivers one event from main to the page through the test bridge. */
export async function pushTo(page: Page, event: string, payload: unknown): Promise<void> {
  await page
    .evaluate(
      ([name, data]) => {
        ;(window as unknown as { __afterviewEmit(e: string, p: unknown): void }).__afterviewEmit(
          name,
          data,
        )
      },
      [event, payload] as const,
    )
    .catch(() => {})
}

/** Loads the app afresh on its lock screen, as main's `reloadLocked` does in Electron. */
async function loadLocked(
  page: Page,
  url: string,
  reason: LockReason,
  place: LockPlace | null,
): Promise<void> {
  await page
    .evaluate((target) => window.location.replace(target), lockedPageAddress(url, reason, place))
    .catch(() => {})
}

/** Collects a page's console errors and uncaught exceptions into `errors`. */
export function watchPage(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`))
}
