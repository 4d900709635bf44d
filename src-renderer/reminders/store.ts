import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import type { NotifyPreferences, Reminder, CalendarItem } from '@shared/ipc/reminders'
import {
  MAX_CALENDAR_DESCRIPTION,
  MAX_REMINDER_BODY,
  MAX_REMINDER_TITLE,
  MAX_REMINDERS,
} from '@shared/ipc/reminders'
import { draftText } from '@shared/presenters/action'
import { host } from '../host'
import { ReminderIds } from './reminderIds'
import type { ReminderSource, UpcomingAction } from './source'

/** Where a notification click asks the app to go. */
export interface OpenTarget {
  opportunityId: string
  actionId: string
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/**
 * Reminders on the renderer's side: keeps main's schedule in step with the upcoming actions while
 * the vault is unlocked, exports the calendar, and holds the notification preferences main keeps.
 */
export const useRemindersStore = defineStore('reminders', () => {
  const preferences = ref<NotifyPreferences | null>(null)
  const source = shallowRef<ReminderSource | null>(null)
  /** The last card a notification click asked for; views that show cards watch it. */
  const openRequest = ref<OpenTarget | null>(null)
  const syncFailed = ref(false)
  const ids = new ReminderIds()
  let lastSent = ''
  let idsLoaded = false

  host().on('reminders/open', (target) => {
    openRequest.value = { ...target }
  })

  /** Reads the preferences from main. */
  async function loadPreferences(): Promise<NotifyPreferences> {
    preferences.value = await host().call('notify/get-preferences', {})
    return preferences.value
  }

  /** Changes some preferences in main; details switch on or off in the next sync. */
  async function setPreferences(patch: Partial<NotifyPreferences>): Promise<void> {
    preferences.value = await host().call('notify/set-preferences', patch)
    lastSent = ''
    await sync()
  }

  function toReminder(a: UpcomingAction, detailed: boolean): Reminder {
    const reminder: Reminder = {
      id: ids.idFor(a.opportunityId, a.actionId),
      dueAt: a.dueAt,
      overdueAt: Math.max(a.overdueAt, a.dueAt),
      opportunityId: a.opportunityId,
      actionId: a.actionId,
    }
    // Names leave the vault only when the user asked for detailed notifications.
    if (detailed) {
      reminder.title = clip(a.title, MAX_REMINDER_TITLE)
      reminder.body = clip(`${a.company}: open Afterview to see the draft.`, MAX_REMINDER_BODY)
    }
    return reminder
  }

  /** Sends main the upcoming actions when they changed. Does nothing while locked. */
  async function sync(): Promise<void> {
    const s = source.value
    if (!s || !s.unlocked()) return
    if (!idsLoaded && s.ids) {
      ids.load(await s.ids.load())
      idsLoaded = true
    }
    const actions = [...s.actions()].sort((a, b) => a.dueAt - b.dueAt).slice(0, MAX_REMINDERS)
    ids.retain(actions)
    const detailed = preferences.value?.detailedNotifications ?? false
    const reminders = actions.map((a) => toReminder(a, detailed))
    const payload = JSON.stringify(reminders)
    if (payload === lastSent) return
    try {
      await host().call('reminders/lock-state', { locked: false })
      await host().call('reminders/sync', { reminders })
      await s.ids?.save(ids.toRecord())
      lastSent = payload
      syncFailed.value = false
    } catch {
      syncFailed.value = true
    }
  }

  /** Tells main the vault locked and forgets every id mapping held in memory. */
  async function locked(): Promise<void> {
    ids.clear()
    idsLoaded = false
    lastSent = ''
    openRequest.value = null
    await host().call('reminders/lock-state', { locked: true })
  }

  /**
   * Follows `next`: syncs whenever its actions or its lock state change. Returns the function
   * that stops following.
   */
  function connect(next: ReminderSource): () => void {
    source.value = next
    void loadPreferences().catch(() => {})
    const stop = watch(
      () => [next.unlocked(), next.actions()] as const,
      ([unlocked]) => void (unlocked ? sync() : locked()),
      { immediate: true },
    )
    return () => {
      stop()
      if (source.value === next) source.value = null
    }
  }

  /**
   * Asks where to save the upcoming actions as a calendar; false when the user cancelled or there
   * is nothing to save.
   */
  async function exportCalendar(): Promise<boolean> {
    const s = source.value
    const actions = s?.unlocked() ? s.actions().slice(0, MAX_REMINDERS) : []
    if (actions.length === 0) return false
    const withDrafts = preferences.value?.draftsInCalendar ?? false
    const items: CalendarItem[] = actions.map((a) => {
      // The draft only when the user asked for it: descriptions sync to their calendar's server.
      const draft = withDrafts ? (s?.draftOf?.(a) ?? a.draft) : null
      return {
        id: ids.idFor(a.opportunityId, a.actionId),
        dueAt: a.dueAt,
        changedAt: a.changedAt,
        title: clip(a.label, MAX_REMINDER_TITLE),
        description: clip(
          draft ? draftText(draft) : `${a.company}: ${a.title}`,
          MAX_CALENDAR_DESCRIPTION,
        ),
      }
    })
    const { saved } = await host().call('reminders/export-ics', { items })
    return saved
  }

  /** The views call this once they have opened the requested card. */
  function opened(): void {
    openRequest.value = null
  }

  return {
    preferences,
    openRequest,
    syncFailed,
    loadPreferences,
    setPreferences,
    connect,
    sync,
    exportCalendar,
    opened,
  }
})
