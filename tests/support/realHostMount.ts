/**
 * Renderer components mounted for component tests over main's real handlers (realHost.ts), with
 * a fresh Pinia; each test's app, page element and temp folders are removed after it.
 */
import { afterEach } from 'vitest'
import { createApp, type App, type Component } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { installRealHost } from './realHost'

/** Main's real handlers as `installRealHost` answers them. */
export type RealHost = Awaited<ReturnType<typeof installRealHost>>

/** Registers the clean-up; answers how to install the host and mount a component. */
export function realHostMounts() {
  let app: App | null = null
  let root: HTMLElement | null = null
  let host: RealHost | null = null
  afterEach(async () => {
    app?.unmount()
    app = null
    root?.remove()
    root = null
    await host?.dispose()
    host = null
  })
  return {
    /** Installs main's handlers as `window.afterview` for this test. */
    async install(overrides?: Parameters<typeof installRealHost>[0]): Promise<RealHost> {
      host = await installRealHost(overrides)
      return host
    },
    /** Mounts `component` with a fresh Pinia into a new element of the page; answers it. */
    mount(component: Component): HTMLElement {
      root = document.createElement('div')
      document.body.append(root)
      const pinia = createPinia()
      setActivePinia(pinia)
      app = createApp(component).use(pinia)
      app.mount(root)
      return root
    },
  }
}
