import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, defineStore, setActivePinia } from 'pinia'
import { openedSession } from '../../tests/support/rendererVault'
import { sessionRef, useSessionStore } from './store'

beforeEach(() => setActivePinia(createPinia()))

const useNotesStore = defineStore('session-test-notes', () => {
  const notes = sessionRef<string[]>(() => [])
  return { notes }
})

describe('the session', () => {
  it('empties every store’s session state when it ends, and again when the next one opens', async () => {
    const { vault } = await openedSession('session-end')
    const store = useNotesStore()
    store.notes = ['decrypted']
    useSessionStore().close()
    expect(store.notes).toEqual([])
    store.notes = ['typed while locked']
    useSessionStore().open(vault.records)
    expect(store.notes).toEqual([])
  })

  it('keeps what the stores show while a session over the same vault is renewed', async () => {
    const { vault } = await openedSession('session-renew')
    const store = useNotesStore()
    const sessions = useSessionStore()
    const before = sessions.session()
    store.notes = ['Åsa Lindqvist, met at the second round']
    sessions.renew(vault.records)
    expect(store.notes).toEqual(['Åsa Lindqvist, met at the second round'])
    expect(before.disposed).toBe(true)
    expect(sessions.session()).not.toBe(before)
    // A plain open (an unlock, a restore) still starts empty.
    sessions.open(vault.records)
    expect(store.notes).toEqual([])
  })

  it('makes each owned part once and disposes it with the session', async () => {
    await openedSession('session-own')
    const sessions = useSessionStore()
    const session = sessions.session()
    const disposed: string[] = []
    const make = () => ({ name: 'planner' })
    const planner = session.own('planner', make, (p) => disposed.push(p.name))
    expect(session.own('planner', make)).toBe(planner)
    sessions.close()
    expect(disposed).toEqual(['planner'])
    expect(session.disposed).toBe(true)
  })

  it('answers `locked` when asked for the session while there is none', () => {
    expect(() => useSessionStore().repositories()).toThrow(
      expect.objectContaining({ kind: 'locked' }),
    )
  })

  it('shows the save state of the tables asked for, idle with no session', async () => {
    await openedSession('session-save-state')
    const sessions = useSessionStore()
    expect(sessions.saveStateOf('offers')).toEqual({ status: 'idle' })
    await sessions.repositories().profile.save('me', () => ({
      name: 'Alex',
      email: '',
      phone: '',
      currentJob: null,
    }))
    expect(sessions.saveStateOf('offers', 'profile')).toEqual({ status: 'saved' })
    sessions.close()
    expect(sessions.saveStateOf('profile')).toEqual({ status: 'idle' })
  })
})
