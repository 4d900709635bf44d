import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CurrentJob, Profile } from '@shared/domain'
import { PROFILE_ID, TABLES, plain, type Records } from '../offer/persistence'

const EMPTY: Profile = { name: '', email: '', phone: '', currentJob: null }

/** The user's name as they sign, and their current job for the start plan. */
export const useProfileStore = defineStore('profile', () => {
  const profile = ref<Profile>({ ...EMPTY })
  let records: Records | null = null

  /** Loads the profile from the unlocked vault and saves every later change there. */
  async function connect(store: Records): Promise<void> {
    records = store
    // The schema gives a profile saved before a field existed that field empty.
    const { records: rows } = await store.all(TABLES.profile)
    profile.value = rows.find((r) => r.id === PROFILE_ID)?.value ?? { ...EMPTY }
  }

  /** Forgets the decrypted profile: called when the vault locks. */
  function disconnect(): void {
    records = null
    profile.value = { ...EMPTY }
  }

  function persist(): Promise<void> {
    return records
      ? records.put(TABLES.profile, PROFILE_ID, plain(profile.value))
      : Promise.resolve()
  }

  /** Replaces the name the exports are signed with. */
  function setName(name: string): Promise<void> {
    profile.value = { ...profile.value, name: name.trim() }
    return persist()
  }

  /** Replaces the current job, or clears it when the user is not employed. */
  function setCurrentJob(job: CurrentJob | null): Promise<void> {
    profile.value = { ...profile.value, currentJob: job }
    return persist()
  }

  return { profile, connect, disconnect, setName, setCurrentJob }
})
