/**
 * The update setting main keeps in its own small file beside the notification preferences: whether
 * the user allows checking, and when the last check finished. Neither says anything about the job
 * search. A missing or damaged file means checking is off.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { instantSchema } from '@shared/domain/fields'
import { writeFileAtomic } from '../files/atomicWrite'

/** The file's name inside the data folder. */
export const UPDATE_PREFERENCE_FILE = 'update-preferences.json'

/** What the file holds. */
export interface UpdatePreference {
  allowed: boolean
  lastCheckedAt: number | null
}

const preferenceSchema = v.strictObject({
  allowed: v.boolean(),
  lastCheckedAt: v.nullable(instantSchema),
})

/** Off, never checked: a fresh install. */
export const defaultUpdatePreference: UpdatePreference = { allowed: false, lastCheckedAt: null }

const encoder = new TextEncoder()

/** Reading and saving the update setting in `dataDir`. */
export function updatePreferenceFile(dataDir: string): {
  read(): Promise<UpdatePreference>
  save(next: UpdatePreference): Promise<void>
} {
  const path = join(dataDir, UPDATE_PREFERENCE_FILE)
  let saving: Promise<void> = Promise.resolve()
  return {
    async read() {
      try {
        const parsed = v.safeParse(preferenceSchema, JSON.parse(await readFile(path, 'utf8')))
        if (parsed.success) return parsed.output
      } catch {
        // No file yet, or a damaged one: checking stays off.
      }
      return { ...defaultUpdatePreference }
    },
    save(next) {
      // Saves run one after another, so the last change is the one on disk.
      saving = saving
        .catch(() => {})
        .then(() => writeFileAtomic(path, encoder.encode(JSON.stringify(next))))
      return saving
    },
  }
}
