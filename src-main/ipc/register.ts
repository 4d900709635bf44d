import { channels, type Channel } from '@shared/ipc/contract'
import { HostError, type HostErrorKind, type Wire } from '@shared/ipc/errors'
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
 * True when a call comes from the app's own page: the top-level frame of its window (not an
 * iframe), showing an app:// URL (or the dev server while developing). Reading a destroyed
 * frame can throw in Electron; that counts as untrusted.
 */
export function isTrustedInvoke(event: InvokeEventLike, devServerUrl?: string): boolean {
  try {
    const frame = event.senderFrame
    return (
      frame !== null &&
      frame === event.sender.mainFrame &&
      isTrustedSenderUrl(frame.url, devServerUrl)
    )
  } catch {
    return false
  }
}

/**
 * Registers every channel of the contract on ipcMain. Each call is refused unless it comes from the
 * app's own top-level frame; then its payload goes through the same dispatch the tests use. Every
 * call answers with a Wire value: nothing thrown here reaches Electron, so main keeps running.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  table: HandlerTable,
  options: { devServerUrl?: string; onInternalError?: InternalErrorSink } = {},
): Channel[] {
  const report: InternalErrorSink = (channel, error) => {
    try {
      options.onInternalError?.(channel, error)
    } catch {
      // A failing logger must not turn a handled error into a crash.
    }
  }
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedInvoke(event, options.devServerUrl)) {
        return refuse('untrusted-sender', `${channel} refused: not the app's own page`)
      }
      try {
        return await dispatch(table, channel, payload, report)
      } catch (error) {
        report(channel, error)
        return refuse('internal', `${channel} failed unexpectedly`)
      }
    })
  }
  return channels
}

function refuse(kind: HostErrorKind, message: string): Wire<never> {
  return { ok: false, error: new HostError(kind, message).toData() }
}
