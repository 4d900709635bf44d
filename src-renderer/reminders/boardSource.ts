/**
 * Reminders follow the board: while its records are loaded (the vault is open) the upcoming
 * actions are the one planner's (planner.ts), and a snooze or done recorded through the board's
 * setActionState re-plans, and the new list goes to main. The ids main sees are kept beside the
 * board's records, encrypted with them.
 */
import { useBoardStore } from '../interviews/store'
import { usePlanStore } from '../followups/planStore'
import { useSessionStore } from '../session/store'
import { SINGLE_ROW } from '../session/tables'
import type { ReminderSource } from './source'

/** The board as the reminder store's source. */
export function boardReminderSource(): ReminderSource {
  const board = useBoardStore()
  const { planner } = usePlanStore()
  return {
    // Main hears of the unlock once the first plan is complete, never with a partial list.
    unlocked: () => board.loaded && planner.remindersReady.value,
    actions: () => planner.reminders.value,
    draftOf: (action) => planner.draftOf(action),
    ids: {
      async load() {
        const { rows } = await useSessionStore().repositories().reminderIds.load()
        return rows.find((r) => r.id === SINGLE_ROW.reminderIds)?.value ?? {}
      },
      async save(ids) {
        await useSessionStore()
          .repositories()
          .reminderIds.save(SINGLE_ROW.reminderIds, () => ids)
      },
    },
  }
}
