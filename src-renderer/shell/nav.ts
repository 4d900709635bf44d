import { defineStore } from 'pinia'
import { ref } from 'vue'

/** The sections of the app window. Only built sections are listed here. */
export type Section = 'offers' | 'plan' | 'settings'

/** One entry of the sidebar. */
export interface NavItem {
  id: Section
  label: string
}

/** Which section the window shows. */
export const useNavStore = defineStore('nav', () => {
  const items: NavItem[] = [
    { id: 'offers', label: 'Offers' },
    { id: 'plan', label: 'Start plan' },
    { id: 'settings', label: 'Settings' },
  ]
  const current = ref<Section>('settings')

  /** Shows a section. */
  function go(section: Section): void {
    current.value = section
  }

  return { items, current, go }
})
