/**
 * Starts reminders for the app window: the reminder store follows the board, and a click on a
 * notification opens that opportunity with the action in focus (the detail view focuses it once
 * drawn). A click that arrives while the records are not loaded waits until they are.
 */
import { watch } from 'vue'
import { useBoardStore } from '../interviews/store'
import { useNavStore } from '../shell/nav'
import { boardReminderSource } from './boardSource'
import { useRemindersStore } from './store'

/** Connects reminders to the board and the navigation; returns the function that stops them. */
export function startReminders(): () => void {
  const reminders = useRemindersStore()
  const board = useBoardStore()
  const nav = useNavStore()
  const disconnect = reminders.connect(boardReminderSource())
  const stopWatching = watch(
    () => [reminders.openRequest, board.loaded] as const,
    ([target, loaded]) => {
      if (!target || !loaded) return
      reminders.opened()
      if (board.byId.has(target.opportunityId)) nav.open(target.opportunityId, target.actionId)
    },
    { immediate: true },
  )
  return () => {
    stopWatching()
    disconnect()
  }
}
