import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { CurrentJob, Profile } from '@shared/domain'
import { sessionRef, useSessionStore } from '../session/store'
import { SINGLE_ROW } from '../session/tables'

const EMPTY: Profile = { name: '', email: '', phone: '', currentJob: null }

/** The user's name as they sign, and their current job for the start plan. */
export const useProfileStore = defineStore('profile', () => {
  const sessions = useSessionStore()
  const profile = sessionRef<Profile>(() => ({ ...EMPTY }))
  /** How the last save of the profile went. */
  const saveState = computed(() => sessions.saveStateOf('profile'))

  /** Reads the profile from the session, once per session. */
  function load(): Promise<void> {
    return sessions.session().own('profile:load', async () => {
      const { rows } = await sessions.repositories().profile.load()
      profile.value = rows.find((r) => r.id === SINGLE_ROW.profile)?.value ?? { ...EMPTY }
    })
  }

  async function change(patch: Partial<Profile>): Promise<void> {
    await sessions.repositories().profile.save(
      SINGLE_ROW.profile,
      () => ({ ...profile.value, ...patch }),
      (saved) => (profile.value = saved),
    )
  }

  /** Replaces the name the exports are signed with, once it is saved. */
  async function setName(name: string): Promise<void> {
    await change({ name: name.trim() })
  }

  /** Replaces the current job, or clears it when the user is not employed, once it is saved. */
  async function setCurrentJob(job: CurrentJob | null): Promise<void> {
    await change({ currentJob: job })
  }

  return { profile, saveState, load, setName, setCurrentJob }
})
