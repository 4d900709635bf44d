/**
 * Where the stores find the session: the one object unlocking creates and locking disposes.
 * Decrypted state in a store is declared with `sessionRef`, so it goes back to empty the moment
 * the session ends (or a new one starts) without the store having to remember to clear it.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef, watch, type Ref } from 'vue'
import { VaultError } from '@shared/vault/errors'
import type { RecordStore } from '../vault/recordStore'
import { createSession, type Repositories, type Session } from './session'
import { combinedSaveState, IDLE, type SaveState } from './repository'

/** The session store. */
export const useSessionStore = defineStore('session', () => {
  const current = shallowRef<Session | null>(null)
  /** True while `renew` swaps sessions: the stores keep showing what they hold. */
  let renewing = false

  /** Starts a session over the unlocked vault's records (ending the one before, if any). */
  function open(records: RecordStore): Session {
    close()
    current.value = createSession(records)
    return current.value
  }

  /**
   * A new session over the same unlocked vault (records merged from sync, an import), whose
   * stores keep what they show until they have loaded again from it: the screens stay drawn, so
   * a form being typed in is not emptied under the user.
   */
  function renew(records: RecordStore): Session {
    renewing = true
    try {
      return open(records)
    } finally {
      renewing = false
    }
  }

  /** True while the session is being renewed (sessionRef keeps its value then). */
  function isRenewing(): boolean {
    return renewing
  }

  /** Ends the session: its repositories stop and every store's session state is emptied. */
  function close(): void {
    const session = current.value
    if (!session) return
    current.value = null
    session.dispose()
  }

  /** The open session; throws `locked` when there is none. */
  function session(): Session {
    if (!current.value) throw new VaultError('locked', 'no session: the vault is locked')
    return current.value
  }

  /** The open session's repositories; throws `locked` when there is none. */
  function repositories(): Repositories {
    return session().repositories
  }

  /** How the last saves to `tables` went in the open session (idle when there is none). */
  function saveStateOf(...tables: (keyof Repositories)[]): SaveState {
    const open = current.value
    return open ? combinedSaveState(tables.map((t) => open.repositories[t].state.value)) : IDLE
  }

  return { current, open, renew, isRenewing, close, session, repositories, saveStateOf }
})

/**
 * A store's piece of decrypted state: `initial()` to begin with, and again whenever the session
 * changes (except when it is renewed over the same vault: the store then loads over it). Shallow unless `deep` (a form edited in place). Call it inside a store's setup (its
 * watcher lives as long as the store).
 */
export function sessionRef<T>(initial: () => T, deep = false): Ref<T> {
  const sessions = useSessionStore()
  const value = (deep ? ref(initial()) : shallowRef(initial())) as Ref<T>
  // Sync: nothing may read the ended session's data, not even before the next tick.
  watch(
    () => sessions.current,
    () => {
      if (!sessions.isRenewing()) value.value = initial()
    },
    { flush: 'sync' },
  )
  return value
}
