import { channels, type Channel } from '@shared/ipc/contract'
import { HostError, type Wire } from '@shared/ipc/errors'
import { dispatch, type InternalErrorSink } from './dispatch'
import type { HandlerTable } from './handlers'
import { isTrustedSenderUrl } from './sender'

/** The part of an IPC event the check needs; Electron's IpcMainInvokeEvent fits it. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null
  sender: { mainFrame: unknown }
}

/** The part of Electron's ipcMain the wiring uses, so this file needs no electron import. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>,
  ): void
}

/**
 * Registers every channel of the contract on ipcMain. Each call is refused unless it comes from the
 * app's own top-level frame; then its payload goes through the same dispatch the tests use.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  table: HandlerTable,
  options: { devServerUrl?: string; onInternalError?: InternalErrorSink } = {},
): Channel[] {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload) => {
      const frame = event.senderFrame
      const trusted =
        frame !== null &&
        frame === event.sender.mainFrame &&
        isTrustedSenderUrl(frame.url, options.devServerUrl)
      if (!trusted) {
        const refusal: Wire<never> = {
          ok: false,
          error: new HostError(
            'untrusted-sender',
            `${channel} refused: not the app's own page`,
          ).toData(),
        }
        return refusal
      }
      return dispatch(table, channel, payload, options.onInternalError)
    })
  }
  return channels
}
