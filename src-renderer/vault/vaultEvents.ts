/**
 * What the rest of the renderer hears from the vault without holding it: that it locked, that it
 * opened, and how a lock reads where the user is. The vault store (store.ts) announces them.
 */
import type { LockPlace } from '@shared/ipc/lockPlace'
import type { LockReason } from '@shared/ipc/launchNotice'

/** Everyone told when the vault locks. */
export const lockListeners = new Set<(reason: LockReason) => void>()
/** Everyone told when the vault opens. */
export const unlockListeners = new Set<() => void>()
let placeReader: (() => LockPlace | null) | null = null

/** Runs `listener` every time the vault locks (the session ends there). Returns an unsubscribe. */
export function onLock(listener: (reason: LockReason) => void): () => void {
  lockListeners.add(listener)
  return () => lockListeners.delete(listener)
}

/** Runs `listener` every time the vault opens (also after a restore replaced the data). */
export function onUnlock(listener: () => void): () => void {
  unlockListeners.add(listener)
  return () => unlockListeners.delete(listener)
}

/**
 * Tells a lock how to read where the user is (the shell does, while it is on screen): main puts
 * it in the fresh page's address, and after unlocking the shell goes back there. Returns the
 * function that stops.
 */
export function readPlaceWith(reader: () => LockPlace | null): () => void {
  placeReader = reader
  return () => {
    if (placeReader === reader) placeReader = null
  }
}

/** Where the user is, as the shell reads it; null when no shell is on screen. */
export function readPlace(): LockPlace | null {
  return placeReader?.() ?? null
}
