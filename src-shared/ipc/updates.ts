/**
 * What the renderer and main exchange about updates. Checking is off until the user turns it on
 * in Settings: a check sends the app's version and system to the update address, and nothing else.
 */
import * as v from 'valibot'
import type { RequestSchemas } from './part'

/** Where the last check, download or install attempt stands. */
export type UpdateStatus =
  /** No check since Afterview started (or since the user turned checking on). */
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'up-to-date' }
  /** A newer version was found and is being downloaded. */
  | { kind: 'downloading'; version: string }
  /** A newer version is ready: it installs when the user restarts Afterview from Settings. */
  | { kind: 'downloaded'; version: string }
  /** The check or download failed; `message` says so in plain words. */
  | { kind: 'failed'; message: string }

/** Everything the Updates panel shows. */
export interface UpdateState {
  /** False when this copy was built without an update address: nothing can be checked. */
  configured: boolean
  /** The user's choice; off on a fresh install. */
  allowed: boolean
  /** The running version, as a check reports it to the update address. */
  currentVersion: string
  /** When the last check finished (epoch milliseconds), or null before the first. */
  lastCheckedAt: number | null
  status: UpdateStatus
}

/** Request schemas of the update channels, spread into the IPC contract. */
export const updateRequestSchemas = {
  'updates/get-state': v.strictObject({}),
  /** Turns checking on or off; only on a click or a key. Turning it on checks at once. */
  'updates/set-allowed': v.strictObject({ allowed: v.boolean() }),
  /** "Check now": refused while checking is off. */
  'updates/check': v.strictObject({}),
  /** "Restart to update": quits and installs the downloaded version; only on a click. */
  'updates/install': v.strictObject({}),
} as const satisfies RequestSchemas<UpdateResponses>

/** Response types of the update channels. */
export interface UpdateResponses {
  'updates/get-state': UpdateState
  'updates/set-allowed': UpdateState
  'updates/check': UpdateState
  'updates/install': null
}

/** Events main pushes about updates. */
export interface UpdateEvents {
  /** The update state changed (a check started or finished, a download completed). */
  'updates/state': UpdateState
}
