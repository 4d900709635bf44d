import type { HostBridge } from '@shared/ipc/bridge'

declare global {
  interface Window {
    /** The bridge to main, exposed by the preload (or by the end-to-end test transport). */
    afterview?: HostBridge
  }
}

/** The bridge to main. Throws a clear error when the page runs outside Afterview. */
export function host(): HostBridge {
  const bridge = window.afterview
  if (!bridge) throw new Error('Afterview’s bridge is missing: open the app, not this page.')
  return bridge
}
