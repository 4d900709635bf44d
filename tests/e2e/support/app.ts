/**
 * The end-to-end fixture. By default it drives the built renderer in Chromium, with
 * `window.afterview` built by the shared factory over exposeBinding and answered by main's real
 * handler table running in this test process with test ports. When AFTERVIEW_E2E_ELECTRON=1 and
 * Electron's binary is installed, the same specs launch the real app instead.
 */
import { test as base, _electron, type Page, type TestInfo } from '@playwright/test'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { HostEvent, HostEvents } from '@shared/ipc/contract'
import { Teardown } from '../../support/teardown'
import { createTestPorts, type TestPorts } from '../../support/testPorts'
import type { Ports } from '../../../src-main/ports'
import { repoRoot } from './global-setup'
import { launchChromium, pushTo, watchPage } from './chromium'
import { serveRenderer } from './server'
import { openVault } from './vault'

/** True when the specs should launch real Electron rather than Chromium. */
export const usingElectron = process.env['AFTERVIEW_E2E_ELECTRON'] === '1'

/** What a spec drives. */
export interface AfterviewApp {
  page: Page
  /** Test ports behind the handlers (Chromium transport only; null under real Electron). */
  ports: TestPorts | null
  /** The browser profile (Electron's user data folder): IndexedDB's files are inside it. */
  profileDir: string
  /** Messages the page logged as errors, and uncaught exceptions. */
  consoleErrors: string[]
  /** Closes the app and opens it again on the same data (IndexedDB and data folder). */
  restart(): Promise<void>
  /** Pushes an event from main to the page, as Electron's webContents.send would. */
  emit<E extends HostEvent>(event: E, payload: HostEvents[E]): Promise<void>
  /** Saves a screenshot under test-results/screenshots/NAME.png. */
  screenshot(name: string): Promise<string>
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
  /** A second instance (its own profile and test ports) on its first-run screen: another computer. */
  secondApp: AfterviewApp
  portOverrides: PortOverrides
  vaultStart: VaultStart
}>({
  portOverrides: [{}, { option: true }],
  vaultStart: ['open', { option: true }],
  app: async ({ portOverrides, vaultStart }, use, testInfo) => {
    // Everything made below is undone at the end even if the set-up, the test or a close fails.
    const teardown = new Teardown()
    try {
      await use(await startApp({ portOverrides, vaultStart, teardown, testInfo }))
    } finally {
      await teardown.run()
    }
  },
  secondApp: async ({ portOverrides }, use, testInfo) => {
    const teardown = new Teardown()
    try {
      await use(await startApp({ portOverrides, vaultStart: 'fresh', teardown, testInfo }))
    } finally {
      await teardown.run()
    }
  },
})

/** Starts the app for one test; `teardown` receives each step that undoes what was made. */
async function startApp(options: {
  portOverrides: PortOverrides
  vaultStart: VaultStart
  teardown: Teardown
  testInfo: TestInfo
}): Promise<AfterviewApp> {
  const { portOverrides, vaultStart, teardown, testInfo } = options
  const ready = (page: Page) => (vaultStart === 'open' ? openVault(page) : Promise.resolve())
  const profileDir = await mkdtemp(join(tmpdir(), 'afterview-profile-'))
  teardown.add(() => rm(profileDir, { recursive: true, force: true }))
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
      watchPage(page, consoleErrors)
      return { electronApp, page }
    }
    let current = await launch()
    teardown.add(() => current.electronApp.close())
    await ready(current.page)
    return {
      get page() {
        return current.page
      },
      ports: null,
      profileDir,
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
  }

  const ports = await createTestPorts({ overrides: portOverrides })
  teardown.add(() => ports.dispose())
  const server = await serveRenderer(resolve(repoRoot, 'out/renderer'))
  teardown.add(() => server.close())
  // The browser being started is tracked from the moment it starts: a test that times out during
  // a restart must still close the new browser before its profile folder is removed.
  const launch = () => launchChromium({ profileDir, ports, url: server.url, errors: consoleErrors })
  let starting = launch()
  // Closing the browser, then waiting for main's last save, is also how a restart begins.
  const close = async () => {
    const launched = await starting.catch(() => null)
    await launched?.context.close()
    await launched?.notify.scheduler.idle()
    await launched?.updates.idle()
    launched?.updates.stop()
  }
  teardown.add(close)
  let current = await starting
  await ready(current.page)
  return {
    get page() {
      return current.page
    },
    ports,
    profileDir,
    consoleErrors,
    async restart() {
      await close()
      starting = launch()
      current = await starting
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
}

export { expect } from '@playwright/test'
