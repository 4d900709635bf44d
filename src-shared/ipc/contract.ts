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
import { reminderRequestSchemas, type ReminderEvents, type ReminderResponses } from './reminders'

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

/** What main adds to "Copy diagnostics": the About facts and its recent errors, without personal data. */
export interface MainDiagnostics {
  about: AboutInfo
  /** Main's most recent error lines from its log, oldest first: class, kind and stack frames only. */
  recentErrors: string[]
}

/** The largest Word export main will save, in bytes. Real exports are tens of kilobytes. */
export const MAX_EXPORT_BYTES = 8 * 1024 * 1024

/** A file name the save dialog may suggest: no folders, no characters Windows refuses. */
const suggestedFileName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(120),
  v.regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'must be a file name without folders'),
  v.check(
    (name) => !name.startsWith('.') && name.trim() === name,
    'must not start with a dot or space',
  ),
)

/** Bytes as base64, bounded by `maxBytes`. */
function base64Bytes(maxBytes: number) {
  return v.pipe(
    v.string(),
    v.minLength(4),
    v.maxLength(Math.ceil(maxBytes / 3) * 4),
    v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
    v.check((text) => text.length % 4 === 0, 'must be base64'),
  )
}

/** What main answers after saving an export: the name the user chose, never the full path. */
export interface SavedFile {
  fileName: string
  /** Size written, in bytes. */
  bytes: number
}

/** An attachment just encrypted into the data folder. The key belongs in the owning record. */
export interface ImportedAttachment {
  /** Random file name in the data folder: 32 lowercase hex characters. */
  fileId: string
  /** The file's own 32-byte key, base64. Main forgets it after answering. */
  keyB64: string
  /** The original file name (without folders), to show and to suggest on export. */
  name: string
  /** Size of the original file, in bytes. */
  size: number
  /** MIME type guessed from the name, e.g. `application/pdf`. */
  mediaType: string
}

/** One encrypted attachment file as stored, for backups and restores. */
export interface EncryptedFile {
  fileId: string
  /** The file's encrypted bytes, base64. */
  dataB64: string
}

const fileId = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))
const keyB64 = v.pipe(v.string(), v.length(44), v.base64())
// Large payloads are not regex-checked (slow on hundreds of MB); main decodes them leniently.
const bigB64 = v.pipe(v.string(), v.maxLength(512 * 1024 * 1024))

/** Runtime schemas of every request, keyed by channel name. Unknown keys are refused. */
export const requestSchemas = {
  'app/about': v.strictObject({}),
  /** Main's part of "Copy diagnostics" in Settings. */
  'app/diagnostics': v.strictObject({}),
  /** Asks the user where to save a Word document and writes it there atomically. */
  'export/save-docx': v.strictObject({
    suggestedName: suggestedFileName,
    base64: base64Bytes(MAX_EXPORT_BYTES),
  }),
  /** Asks the user for a file, encrypts it into the data folder. Errors: cancelled, too-large. */
  'attachments/import': v.strictObject({}),
  /** Decrypts an attachment into memory for an in-app preview. */
  'attachments/read': v.strictObject({ fileId, keyB64 }),
  /** Saves a decrypted copy where the user picks. */
  'attachments/export': v.strictObject({
    fileId,
    keyB64,
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  }),
  'attachments/delete': v.strictObject({ fileId }),
  /** Every attachment file, still encrypted, for a backup. */
  'attachments/list-encrypted': v.strictObject({}),
  /** Writes restored attachment files (still encrypted) into the data folder. */
  'attachments/restore-encrypted': v.strictObject({
    files: v.array(v.strictObject({ fileId, dataB64: bigB64 })),
  }),
  /** Asks where to save an already encrypted backup and writes it atomically. */
  'backup/save': v.strictObject({ dataB64: bigB64 }),
  /** Asks for a backup file and returns its bytes. Errors: cancelled. */
  'backup/open': v.strictObject({}),
  /** Asks where to save the recovery code as a text file. */
  'vault/save-recovery-code': v.strictObject({ text: v.pipe(v.string(), v.maxLength(4096)) }),
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
  'app/diagnostics': MainDiagnostics
  'export/save-docx': SavedFile
  'attachments/import': ImportedAttachment
  'attachments/read': { dataB64: string }
  'attachments/export': { saved: boolean }
  'attachments/delete': Record<string, never>
  'attachments/list-encrypted': { files: EncryptedFile[] }
  'attachments/restore-encrypted': Record<string, never>
  'backup/save': { saved: boolean }
  'backup/open': { name: string; dataB64: string }
  'vault/save-recovery-code': { saved: boolean }
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
  /** The user chose Settings in the app menu (Ctrl+, or Cmd+,). */
  'app/open-settings': Record<string, never>
}

/** Every event name main may push. */
export type HostEvent = keyof HostEvents

/** The name of the single Electron channel events travel on. */
export const EVENT_CHANNEL = 'afterview:event'
