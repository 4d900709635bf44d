/**
 * What the reminder store needs from the rest of the app: whether the vault is open, the upcoming
 * actions the rules planned over the board (done, skipped and snoozed applied), and where the
 * opaque ids are kept. The board provides it (boardSource.ts).
 */
import type { UpcomingAction } from '@shared/reminders/upcoming'
import type { PresentedDraft } from '@shared/presenters/action'

export type { UpcomingAction }

/** The app state reminders follow. Getters are read inside a watcher, so they must be reactive. */
export interface ReminderSource {
  unlocked(): boolean
  actions(): UpcomingAction[]
  /** The draft that would be sent for one action, written on demand (lists come without). */
  draftOf?(action: UpcomingAction): PresentedDraft | null
  /** Where the opaque ids live between runs: the vault's encrypted records. */
  ids?: {
    load(): Promise<Record<string, string>>
    save(ids: Record<string, string>): Promise<void>
  }
}
