import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LockPlace, Section } from '@shared/ipc/lockPlace'

/** The screens of the app window. */
export type { Section }

/** One entry of the sidebar. */
export interface NavItem {
  id: Section
  label: string
}

/** Which screen the window shows, and which opportunity it is about. */
export const useNavStore = defineStore('nav', () => {
  const items: NavItem[] = [
    { id: 'today', label: 'Today' },
    { id: 'board', label: 'Board' },
    { id: 'offers', label: 'Offers' },
    { id: 'plan', label: 'Start plan' },
    { id: 'people', label: 'People' },
    { id: 'referees', label: 'Referees' },
    { id: 'questions', label: 'Question bank' },
    { id: 'insights', label: 'Insights' },
    { id: 'settings', label: 'Settings' },
  ]
  const current = ref<Section>('board')
  /** The opportunity the detail view or the form shows; null for a new interview. */
  const openId = ref<string | null>(null)
  /** Where "Back" goes from the detail view or the form. */
  const from = ref<Section>('board')
  /**
   * The action the detail view puts in focus once it is drawn (a notification's, or one picked
   * on Today); null once it has, or when the card was opened as a whole.
   */
  const focusActionId = ref<string | null>(null)

  /** Shows a section. */
  function go(section: Section): void {
    focusActionId.value = null
    current.value = section
  }

  /** Opens an opportunity's detail view, with `actionId`'s action in focus when given. */
  function open(id: string, actionId: string | null = null): void {
    if (current.value !== 'detail' && current.value !== 'form') from.value = current.value
    openId.value = id
    focusActionId.value = actionId
    current.value = 'detail'
  }

  /** The detail view calls this once the requested action has focus. */
  function actionFocused(): void {
    focusActionId.value = null
  }

  /** Opens the form for an opportunity, or for a new interview with null. */
  function edit(id: string | null): void {
    if (current.value !== 'detail' && current.value !== 'form') from.value = current.value
    openId.value = id
    focusActionId.value = null
    current.value = 'form'
  }

  /**
   * Goes back to where a lock found the user (returnToPlace.ts), or to Today when the record it
   * showed is gone.
   */
  function resume(place: LockPlace, exists: (id: string) => boolean): void {
    if (place.section === 'detail' || place.section === 'form') {
      if (place.openId && exists(place.openId)) {
        if (place.section === 'detail') open(place.openId)
        else edit(place.openId)
      } else if (place.section === 'form' && !place.openId) edit(null)
      else go('today')
      return
    }
    go(place.section)
  }

  /** Leaves the detail view or the form. */
  function back(): void {
    current.value = from.value
  }

  return {
    items,
    current,
    openId,
    from,
    focusActionId,
    go,
    open,
    edit,
    resume,
    back,
    actionFocused,
  }
})
