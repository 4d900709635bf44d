/**
 * The one IPC contract between the renderer and main: channel names, the runtime schema of every
 * request, the type of every response, and the events main pushes to the renderer.
 *
 * Each concern declares its part in its own file the same way (part.ts): request schemas that
 * satisfy its response types, and the events it pushes. This file only assembles the parts, so a
 * new concern adds one file here and one handler builder in src-main (src-main/ipc/handlers.ts).
 *
 * Both transports use it: Electron's ipcMain/ipcRenderer in the app, and Playwright's
 * exposeBinding in the end-to-end tests. Payloads are JSON-like (bytes travel as base64) so the two
 * transports carry exactly the same values.
 */
import type * as v from 'valibot'
import { aboutRequestSchemas, type AboutEvents, type AboutResponses } from './about'
import { attachmentRequestSchemas, type AttachmentResponses } from './attachments'
import { dataRequestSchemas, type DataResponses } from './data'
import { exportRequestSchemas, type ExportResponses } from './export'
import { reminderRequestSchemas, type ReminderEvents, type ReminderResponses } from './reminders'
import { shellRequestSchemas, type ShellResponses } from './shell'
import { syncRequestSchemas, type SyncEvents, type SyncResponses } from './sync'
import { updateRequestSchemas, type UpdateEvents, type UpdateResponses } from './updates'
import { vaultRequestSchemas, type VaultEvents, type VaultResponses } from './vault'

// The contract is the one import for both sides: each part's payload types are reached from here.
export type { AboutInfo, MainDiagnostics, SystemLocale } from './about'
export type { EncryptedFile, ImportedAttachment } from './attachments'
export {
  MAX_CSV_BYTES,
  MAX_DATA_BYTES,
  type DataFileKind,
  type OpenedCsvFile,
  type OpenedDataFile,
} from './data'
export { MAX_EXPORT_BYTES, type SavedFile } from './export'
export { MAX_SYNC_FILE_BYTES, type SyncFolderInfo } from './sync'
export type { UpdateState, UpdateStatus } from './updates'

/** Runtime schemas of every request, keyed by channel name. Unknown keys are refused. */
export const requestSchemas = {
  ...aboutRequestSchemas,
  ...exportRequestSchemas,
  ...dataRequestSchemas,
  ...attachmentRequestSchemas,
  ...vaultRequestSchemas,
  ...shellRequestSchemas,
  ...reminderRequestSchemas,
  ...syncRequestSchemas,
  ...updateRequestSchemas,
} as const

/** The response type of each channel. */
export interface Responses
  extends
    AboutResponses,
    ExportResponses,
    DataResponses,
    AttachmentResponses,
    VaultResponses,
    ShellResponses,
    ReminderResponses,
    SyncResponses,
    UpdateResponses {}

/** Every channel name of the contract. */
export type Channel = keyof typeof requestSchemas

/** The request a channel takes, after validation. */
export type RequestOf<C extends Channel> = v.InferOutput<(typeof requestSchemas)[C]>

/** The value a channel answers with. */
export type ResponseOf<C extends Channel> = Responses[C]

/** Channel names as a list, for the preload's allow-list and the fuzz tests. */
export const channels = Object.keys(requestSchemas) as Channel[]

/** True when `name` is a channel of the contract. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name)
}

/** Events main pushes to the renderer, with their payloads. */
export interface HostEvents
  extends AboutEvents, VaultEvents, ReminderEvents, SyncEvents, UpdateEvents {}

/** Every event name main may push. */
export type HostEvent = keyof HostEvents

/** The name of the single Electron channel events travel on. */
export const EVENT_CHANNEL = 'afterview:event'
