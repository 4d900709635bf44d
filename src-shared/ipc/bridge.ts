/**
 * The factory for the narrow object the renderer talks to main through (`window.afterview`).
 * The preload builds it over Electron's ipcRenderer; the end-to-end tests build the same object over
 * Playwright's exposeBinding. Either way the renderer only ever sees this object.
 */
import { HostError, isWire } from './errors'
import {
  isChannel,
  type Channel,
  type HostEvent,
  type HostEvents,
  type ResponseOf,
} from './contract'

/** How a bridge reaches main: one request/response call, and a stream of pushed events. */
export interface HostTransport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>
  subscribe(listener: (event: string, payload: unknown) => void): () => void
}

/** The object exposed to the renderer. */
export interface HostBridge {
  /** Calls a channel of the contract; rejects with a HostError whose kind the UI can explain. */
  call<C extends Channel>(channel: C, request: unknown): Promise<ResponseOf<C>>
  /** Listens for one kind of event from main; returns the function that stops listening. */
  on<E extends HostEvent>(event: E, listener: (payload: HostEvents[E]) => void): () => void
}

/** Builds the bridge over a transport, refusing any channel outside the contract before sending. */
export function createHostBridge(transport: HostTransport): HostBridge {
  return Object.freeze({
    async call<C extends Channel>(channel: C, request: unknown): Promise<ResponseOf<C>> {
      if (!isChannel(channel)) {
        throw new HostError('unknown-channel', `No such channel: ${String(channel)}`)
      }
      const answer = await transport.invoke(channel, request)
      if (!isWire(answer)) throw new HostError('internal', 'Main sent a malformed answer')
      if (!answer.ok) throw new HostError(answer.error.kind, answer.error.message)
      return answer.value as ResponseOf<C>
    },
    on<E extends HostEvent>(event: E, listener: (payload: HostEvents[E]) => void): () => void {
      return transport.subscribe((name, payload) => {
        if (name === event) listener(payload as HostEvents[E])
      })
    },
  })
}
