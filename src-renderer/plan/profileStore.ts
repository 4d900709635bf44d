import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CurrentJob, Profile } from '@shared/domain'

/** The user's name as they sign, and their current job for the start plan. */
export const useProfileStore = defineStore('profile', () => {
  const profile = ref<Profile>({ name: '', email: '', phone: '', currentJob: null })

  /** Replaces the name the exports are signed with. */
  function setName(name: string): void {
    profile.value = { ...profile.value, name: name.trim() }
  }

  /** Replaces the current job, or clears it when the user is not employed. */
  function setCurrentJob(job: CurrentJob | null): void {
    profile.value = { ...profile.value, currentJob: job }
  }

  return { profile, setName, setCurrentJob }
})
