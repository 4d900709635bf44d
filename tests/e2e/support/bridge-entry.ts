/**
 * The end-to-end transport's page side: builds `window.afterview` with the same factory the preload
 * uses, over Playwright's exposeBinding instead of Electron's ipcRenderer. Bundled to an init
 * script by global-setup.ts.
 */
import { createHostBridge } from '@shared/ipc/bridge'

type Listener = (event: string, payload: unknown) => void

interface TestWindow {
  __afterviewInvoke(channel: string, payload: unknown): Promise<unknown>
  __afterviewEmit(event: string, payload: unknown): void
  afterview: unknown
}

const w = window as unknown as TestWindow
const listeners = new Set<Listener>()

w.__afterviewEmit = (event, payload) => {
  for (const listener of listeners) listener(event, payload)
}

w.afterview = createHostBridge({
  invoke: (channel, payload) => w.__afterviewInvoke(channel, payload),
  subscribe(listener) {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
})
