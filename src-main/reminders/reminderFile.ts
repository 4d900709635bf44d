/**
 * The one file main keeps about reminders. It holds only opaque ids, two instants (notify at, and
 * overdue after) and whether each was shown: no title, no name, no card id, so it says nothing about the job search if read.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { MAX_REMINDERS, opaqueIdSchema } from '@shared/ipc/reminders'
import { writeFileAtomic } from '../files/atomicWrite'

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

const fileSchema = v.strictObject({
  version: v.literal(1),
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

/** Reads and writes the reminder file in `dataDir`. */
export function reminderFile(dataDir: string): {
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
      // A damaged file costs the schedule until the next unlock re-syncs it, nothing more.
      try {
        const parsed = v.safeParse(fileSchema, JSON.parse(text))
        return parsed.success ? parsed.output.reminders : []
      } catch {
        return []
      }
    },
    async save(reminders) {
      await writeFileAtomic(path, encoder.encode(JSON.stringify({ version: 1, reminders })))
    },
  }
}
