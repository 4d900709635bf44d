/**
 * Reminders follow the board: while its records are loaded (the vault is open) the upcoming
 * actions are the rules' plan over every opportunity; a snooze or done recorded through the
 * board's setActionState re-plans, and the new list goes to main. The ids main sees are kept beside the board's records, encrypted with them.
 */
import { computed } from 'vue'
import { upcomingActions } from '@shared/notify/upcoming'
import { useBoardStore } from '../board/store'
import { persistence } from '../board/persistence'
import { now } from '../clock'
import type { ReminderSource } from './source'

/** The board as the reminder store's source. */
export function boardReminderSource(): ReminderSource {
  const board = useBoardStore()
  // Re-planned when the records change, not every minute: due instants do not move with time.
  const actions = computed(() =>
    board.loaded
      ? upcomingActions(
          board.opportunities,
          { settings: board.settings, profile: board.profile, referees: board.referees },
          now(),
        )
      : [],
  )
  return {
    unlocked: () => board.loaded,
    actions: () => actions.value,
    ids: {
      load: () => persistence().loadReminderIds(),
      save: (ids) => persistence().saveReminderIds(ids),
    },
  }
}
