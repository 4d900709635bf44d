/**
 * The end-to-end fixture. By default it drives the built renderer in Chromium, with
 * `window.afterview` built by the shared factory over exposeBinding and answered by main's real
 * handler table running in this test process with test ports. When AFTERVIEW_E2E_ELECTRON=1 and
 * Electron's binary is installed, the same specs launch the real app instead.
 */
import { test as base, chromium, _electron, type BrowserContext, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { HostEvent, HostEvents } from '@shared/ipc/contract'
import { buildHandlers } from '../../../src-main/ipc/handlers'
import { createNotifyServices } from '../../../src-main/notify/services'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createTestPorts, type TestPorts } from '../../support/testPorts'
import type { Ports } from '../../../src-main/ports'
import { bridgeBundle, repoRoot } from './global-setup'
import { serveRenderer } from './server'
import { openVault } from './vault'

/** Chromium's path: AFTERVIEW_CHROMIUM, else Debian's, else Playwright's own download. */
function chromiumPath(): string | undefined {
  const fromEnv = process.env['AFTERVIEW_CHROMIUM']
  if (fromEnv) return fromEnv
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** True when the specs should launch real Electron rather than Chromium. */
export const usingElectron = process.env['AFTERVIEW_E2E_ELECTRON'] === '1'

/** What a spec drives. */
export interface AfterviewApp {
  page: Page
  /** Test ports behind the handlers (Chromium transport only; null under real Electron). */
  ports: TestPorts | null
  /** Messages the page logged as errors, and uncaught exceptions. */
  consoleErrors: string[]
  /** Closes the app and opens it again on the same data (IndexedDB and data folder). */
  restart(): Promise<void>
  /** Pushes an event from main to the page, as Electron's webContents.send would. */
  emit<E extends HostEvent>(event: E, payload: HostEvents[E]): Promise<void>
  /** Saves a screenshot under test-results/screenshots/NAME.png. */
  screenshot(name: string): Promise<string>
}

async function launchChromium(profileDir: string, ports: TestPorts, url: string, errors: string[]) {
  const executablePath = chromiumPath()
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  })
  // A launch is a start of main too: its notification services read their files afresh.
  const notify = createNotifyServices(ports.ports)
  const table = buildHandlers(ports.ports, notify)
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
  await context.addInitScript({ path: bridgeBundle })
  const page = context.pages()[0] ?? (await context.newPage())
  watch(page, errors)
  // Events main pushes (a notification click) reach this page, as webContents.send would.
  ports.connectEvents((event, payload) => void pushTo(page, event, payload))
  await page.goto(url)
  await notify.ready
  return { context, page, notify }
}

/** Delivers one event from main to the page through the test bridge. */
async function pushTo(page: Page, event: string, payload: unknown): Promise<void> {
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

function watch(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`))
}

/** Ports a spec replaces (Chromium transport only), e.g. host facts full of hostile text. */
export type PortOverrides = Partial<Omit<Ports, 'dataDir'>>

/**
 * How the app starts: 'open' sets up (or unlocks) the vault with TEST_PASSPHRASE after every
 * launch, so specs begin in the app; 'fresh' leaves the lock screen to the spec.
 */
export type VaultStart = 'open' | 'fresh'

export const test = base.extend<{
  app: AfterviewApp
  portOverrides: PortOverrides
  vaultStart: VaultStart
}>({
  portOverrides: [{}, { option: true }],
  vaultStart: ['open', { option: true }],
  app: async ({ portOverrides, vaultStart }, use, testInfo) => {
    const ready = (page: Page) => (vaultStart === 'open' ? openVault(page) : Promise.resolve())
    const profileDir = await mkdtemp(join(tmpdir(), 'afterview-profile-'))
    const consoleErrors: string[] = []
    const shotsDir = resolve(repoRoot, 'test-results/screenshots')
    await mkdir(shotsDir, { recursive: true })

    if (usingElectron) {
      const launch = async () => {
        const electronApp = await _electron.launch({
          args: [resolve(repoRoot, 'out/main/index.js')],
          env: { ...process.env, AFTERVIEW_USER_DATA: profileDir },
        })
        const page = await electronApp.firstWindow()
        watch(page, consoleErrors)
        return { electronApp, page }
      }
      let current = await launch()
      await ready(current.page)
      const app: AfterviewApp = {
        get page() {
          return current.page
        },
        ports: null,
        consoleErrors,
        async restart() {
          await current.electronApp.close()
          current = await launch()
          await ready(current.page)
        },
        async emit(event, payload) {
          await current.electronApp.evaluate(
            ({ BrowserWindow }, [name, data]) => {
              BrowserWindow.getAllWindows()[0]?.webContents.send('afterview:event', name, data)
            },
            [event, payload] as const,
          )
        },
        async screenshot(name) {
          const path = join(shotsDir, `${name}.png`)
          await current.page.screenshot({ path })
          return path
        },
      }
      await use(app)
      await current.electronApp.close()
      await rm(profileDir, { recursive: true, force: true })
      return
    }

    const ports = await createTestPorts({ overrides: portOverrides })
    const server = await serveRenderer(resolve(repoRoot, 'out/renderer'))
    let current = await launchChromium(profileDir, ports, server.url, consoleErrors)
    await ready(current.page)
    const app: AfterviewApp = {
      get page() {
        return current.page
      },
      ports,
      consoleErrors,
      async restart() {
        await current.context.close()
        await current.notify.scheduler.idle()
        current = await launchChromium(profileDir, ports, server.url, consoleErrors)
        await ready(current.page)
      },
      async emit(event, payload) {
        await pushTo(current.page, event, payload)
      },
      async screenshot(name) {
        const path = join(shotsDir, `${name}.png`)
        await current.page.screenshot({ path })
        await testInfo.attach(name, { path, contentType: 'image/png' })
        return path
      },
    }
    await use(app)
    await current.context.close()
    await current.notify.scheduler.idle()
    await server.close()
    await ports.dispose()
    await rm(profileDir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
