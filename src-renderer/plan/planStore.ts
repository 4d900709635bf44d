import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PlanChoices } from '@shared/plan/plan'

/** The choices on the start-plan screen and the drafts the user edited, by conflict kind. */
export const usePlanStore = defineStore('plan', () => {
  const offerId = ref<string | null>(null)
  const choices = ref<PlanChoices>({
    breakDays: 0,
    preferMondayStart: false,
    noticeGivenOn: null,
    gardenLeave: false,
    contactName: '',
  })
  const drafts = ref<Record<string, string>>({})

  /** Keeps the user's wording of a start-date message. */
  function editDraft(kind: string, text: string): void {
    drafts.value = { ...drafts.value, [kind]: text }
  }

  return { offerId, choices, drafts, editDraft }
})
