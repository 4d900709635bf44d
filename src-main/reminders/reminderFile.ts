/**
 * The one file main keeps about reminders. It holds only opaque ids, two instants (notify at, and
 * overdue after) and whether each was shown: no title, no name, no card id. Due times still hint
 * at when interviews were, so the list is sealed with the OS keychain (Electron safeStorage)
 * where one is available. Where none is, it is written in clear with both instants rounded up to
 * the quarter hour: the scheduler keeps the exact times in memory, so only a reminder that fires
 * after a restart, while locked, comes up to 15 minutes late.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { MAX_REMINDERS, opaqueIdSchema } from '@shared/ipc/reminders'
import { writeFileAtomic } from '../files/atomicWrite'
import type { KeychainPort } from '../ports'

const encoder = new TextEncoder()

/** A reminder as it survives a restart. */
export interface StoredReminder {
  /** A random id; only the renderer's encrypted records know what it stands for. */
  id: string
  /** When to notify, epoch milliseconds. */
  dueAt: number
  /** After this instant the action is overdue and counts on the badge. */
  overdueAt: number
  /** True once a notification covered it, so a restart does not repeat it. */
  shown: boolean
}

/** The file's name inside the data folder. */
export const REMINDER_FILE = 'reminders.json'

/** What an instant stored in clear is rounded up to, in milliseconds. */
export const PLAIN_ROUNDING_MS = 15 * 60_000

/** `instant` rounded up to the next multiple of `PLAIN_ROUNDING_MS` (itself when on one). */
export function roundedUp(instant: number): number {
  return Math.ceil(instant / PLAIN_ROUNDING_MS) * PLAIN_ROUNDING_MS
}

const remindersSchema = v.strictObject({
  reminders: v.pipe(
    v.array(
      v.strictObject({
        id: opaqueIdSchema,
        dueAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
        overdueAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
        shown: v.boolean(),
      }),
    ),
    v.maxLength(MAX_REMINDERS),
  ),
})

/** Version 1: the list in clear. Version 2: the list sealed by the keychain, as base64. */
const fileSchema = v.variant('version', [
  v.strictObject({ version: v.literal(1), ...remindersSchema.entries }),
  v.strictObject({
    version: v.literal(2),
    sealed: v.pipe(v.string(), v.maxLength(MAX_REMINDERS * 512), v.base64()),
  }),
])

/**
 * Reads and writes the reminder file in `dataDir`, sealed by `keychain` when it is available.
 * Either version is read, so a keychain that comes or goes between runs loses nothing.
 */
export function reminderFile(
  dataDir: string,
  keychain: KeychainPort,
): {
  load(): Promise<StoredReminder[]>
  save(reminders: StoredReminder[]): Promise<void>
} {
  const path = join(dataDir, REMINDER_FILE)
  return {
    async load() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch {
        return []
      }
      // A damaged file, or one sealed by a keychain that is gone, costs the schedule until the
      // next unlock re-syncs it, nothing more.
      try {
        const file = v.parse(fileSchema, JSON.parse(text))
        if (file.version === 1) return file.reminders
        const opened = await keychain.open(Buffer.from(file.sealed, 'base64'))
        return v.parse(remindersSchema, JSON.parse(opened)).reminders
      } catch {
        return []
      }
    },
    async save(reminders) {
      let file: v.InferOutput<typeof fileSchema>
      if (keychain.available()) {
        const sealed = await keychain.seal(JSON.stringify({ reminders }))
        file = { version: 2, sealed: Buffer.from(sealed).toString('base64') }
      } else {
        const rounded = reminders.map((r) => ({
          ...r,
          dueAt: roundedUp(r.dueAt),
          overdueAt: roundedUp(r.overdueAt),
        }))
        file = { version: 1, reminders: rounded }
      }
      await writeFileAtomic(path, encoder.encode(JSON.stringify(file)))
    },
  }
}
