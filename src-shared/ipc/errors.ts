/**
 * Errors that cross the bridge. Each has a kind the renderer can explain to the user; the message
 * is for logs and developers, never shown raw.
 */
import { FOLDER_PROBLEMS, type FolderProblem } from '../sync/folder'
import { VAULT_ERROR_KINDS, type VaultErrorKind } from '../vault/errors'

/** Failures of the bridge itself and of main's handling of dialogs, files and links. */
export const BRIDGE_ERROR_KINDS = [
  'unknown-channel',
  'invalid-payload',
  'untrusted-sender',
  'cancelled',
  'not-found',
  'too-large',
  'io',
  'refused-url',
  'rate-limited',
  'no-user-gesture',
  'not-in-restore',
  'internal',
] as const

/**
 * Every kind of failure a host call can report: the bridge's own, the vault formats' kinds
 * main passes through (a damaged attachment, a file that is not a backup), and the synced
 * folder's problems (a folder gone, a full disk). Closed: an answer with
 * any other kind is a malformed answer.
 */
export type HostErrorKind = (typeof BRIDGE_ERROR_KINDS)[number] | VaultErrorKind | FolderProblem

const HOST_ERROR_KINDS: ReadonlySet<string> = new Set([
  ...BRIDGE_ERROR_KINDS,
  ...VAULT_ERROR_KINDS,
  ...FOLDER_PROBLEMS,
])

/** True when `value` is a kind a host call can report. */
export function isHostErrorKind(value: unknown): value is HostErrorKind {
  return typeof value === 'string' && HOST_ERROR_KINDS.has(value)
}

/** The serialisable form of an error, as it travels over either transport. */
export interface HostErrorData {
  kind: HostErrorKind
  message: string
}

/** An error with a kind, thrown by handlers in main and re-thrown by the bridge in the renderer. */
export class HostError extends Error {
  override readonly name = 'HostError'
  constructor(
    readonly kind: HostErrorKind,
    message: string,
  ) {
    super(message)
  }

  toData(): HostErrorData {
    return { kind: this.kind, message: this.message }
  }
}

/** What every call returns over the wire: a value or an error, never a thrown exception. */
export type Wire<T> = { ok: true; value: T } | { ok: false; error: HostErrorData }

/** Narrows an unknown wire answer, so a malformed answer is itself reported as an error. */
export function isWire(value: unknown): value is Wire<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const w = value as { ok?: unknown; error?: { kind?: unknown; message?: unknown } }
  if (w.ok === true) return 'value' in w
  return (
    w.ok === false &&
    typeof w.error === 'object' &&
    w.error !== null &&
    isHostErrorKind(w.error.kind) &&
    typeof w.error.message === 'string'
  )
}
