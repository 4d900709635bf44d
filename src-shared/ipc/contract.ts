/**
 * The one IPC contract between the renderer and main: channel names, the runtime schema of every
 * request, the type of every response, and the events main pushes to the renderer.
 *
 * Both transports use it: Electron's ipcMain/ipcRenderer in the app, and Playwright's
 * exposeBinding in the end-to-end tests. Payloads are JSON-like (bytes travel as base64) so the two
 * transports carry exactly the same values.
 */
import * as v from 'valibot'
import { MAX_EXTERNAL_URL_LENGTH } from './urls'
import { reminderRequestSchemas, type ReminderEvents, type ReminderResponses } from '../notify/wire'

/** Facts about the running app, shown in the About panel. */
export interface AboutInfo {
  appName: string
  appVersion: string
  /** Electron's version, or null when the host is the test transport rather than Electron. */
  electronVersion: string | null
  chromeVersion: string | null
  nodeVersion: string
  platform: string
}

/** Runtime schemas of every request, keyed by channel name. Unknown keys are refused. */
export const requestSchemas = {
  'app/about': v.strictObject({}),
  /**
   * Opens an https: page in the user's browser or a mailto: draft in their mail client. Main
   * checks the URL again with `parseExternalUrl` and refuses anything else with 'refused-url'.
   */
  'shell/open-external': v.strictObject({
    url: v.pipe(v.string(), v.maxLength(MAX_EXTERNAL_URL_LENGTH)),
  }),
  ...reminderRequestSchemas,
} as const

/** The response type of each channel. */
export interface Responses extends ReminderResponses {
  'app/about': AboutInfo
  'shell/open-external': null
}

/** Every channel name of the contract. */
export type Channel = keyof typeof requestSchemas

/** The request a channel takes, after validation. */
export type RequestOf<C extends Channel> = v.InferOutput<(typeof requestSchemas)[C]>

/** The value a channel answers with. */
export type ResponseOf<C extends Channel> = C extends keyof Responses ? Responses[C] : never

/** Channel names as a list, for the preload's allow-list and the fuzz tests. */
export const channels = Object.keys(requestSchemas) as Channel[]

/** True when `name` is a channel of the contract. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name)
}

/** Events main pushes to the renderer, with their payloads. */
export interface HostEvents extends ReminderEvents {
  /** Lock now: the system is suspending, the screen locked, or the user chose Lock in a menu. */
  'vault/lock-requested': { reason: 'suspend' | 'lock-screen' | 'menu' | 'tray' }
}

/** Every event name main may push. */
export type HostEvent = keyof HostEvents

/** The name of the single Electron channel events travel on. */
export const EVENT_CHANNEL = 'afterview:event'
