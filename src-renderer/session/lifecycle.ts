/**
 * One lifecycle for every store's records: a session is opened when the vault unlocks (also after
 * a restore replaced the data) and every store loads from it at once; the session is disposed
 * when the vault locks, which empties what each store held.
 */
import { useBoardStore } from '../interviews/store'
import { useOfferStore } from '../offers/offerStore'
import { useStartPlanStore } from '../startPlan/startPlanStore'
import { useProfileStore } from '../settings/profileStore'
import { onLock, onUnlock, useVaultStore } from '../vault/store'
import { useSessionStore } from './store'

/** Loads every store from the open session; each loads once per session. */
export function loadSession(): Promise<void> {
  return Promise.all([
    useBoardStore().load(),
    useOfferStore().load(),
    useProfileStore().load(),
    useStartPlanStore().load(),
  ]).then(() => {})
}

/** Opens a session on every unlock and disposes it on every lock; returns the unsubscribe. */
export function followVault(): () => void {
  const vault = useVaultStore()
  const sessions = useSessionStore()
  const unlocked = () => {
    sessions.open(vault.records())
    // A store that failed to load stays empty; the shell awaits the board's own load and
    // a lock in the middle rejects with `locked`, which nobody needs to hear about.
    loadSession().catch(() => {})
  }
  const stops = [onUnlock(unlocked), onLock(() => sessions.close())]
  // Followed after the vault opened (App.vue loads this lazily): open the session now.
  if (vault.status === 'unlocked') unlocked()
  return () => stops.forEach((stop) => stop())
}

/** Waits for every save in flight, so a bulk write (an import) does not race a user's edit. */
export async function settleSession(): Promise<void> {
  const repositories = useSessionStore().repositories()
  await Promise.all(Object.values(repositories).map((repository) => repository.settled()))
}

/**
 * A new session over the unlocked vault, every store loaded from it (after an import, an undo, or
 * records merged from another computer). A save in flight finishes in the session it began in
 * (and reports saved) before that session ends. The screens keep what they show until the stores
 * have loaded again, so nothing the user is typing is lost.
 */
export async function reloadSession(): Promise<void> {
  await settleSession()
  useSessionStore().renew(useVaultStore().records())
  await loadSession()
}
