/**
 * What the reminder store needs from the rest of the app: whether the vault is open, the upcoming
 * actions the rules planned over the board, and the one way to record what the user did with an
 * action. The board store and the rules engine provide it (see `connect` in store.ts).
 */
import type { ActionState } from '@shared/domain/opportunity'
import type { UpcomingAction } from '@shared/notify/upcoming'

export type { UpcomingAction }

/** The app state reminders follow. Getters are read inside a watcher, so they must be reactive. */
export interface ReminderSource {
  unlocked(): boolean
  actions(): UpcomingAction[]
  /** Records done, skipped or snoozed (null: back to planned); the actions then re-plan. */
  setActionState(opportunityId: string, actionId: string, state: ActionState | null): Promise<void>
  /** Where the opaque ids live between runs: the vault's encrypted records. */
  ids?: {
    load(): Promise<Record<string, string>>
    save(ids: Record<string, string>): Promise<void>
  }
}
