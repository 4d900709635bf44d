/**
 * The preload: exposes exactly one object, `window.afterview`, built by the shared factory over
 * ipcRenderer. No raw ipcRenderer, no sendSync, no channel outside the contract.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createHostBridge } from '@shared/ipc/bridge'
import { EVENT_CHANNEL } from '@shared/ipc/contract'

const bridge = createHostBridge({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(listener) {
    const handler = (_event: unknown, name: string, payload: unknown) => listener(name, payload)
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler)
    }
  },
})

contextBridge.exposeInMainWorld('afterview', bridge)
