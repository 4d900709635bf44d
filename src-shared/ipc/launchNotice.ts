/**
 * A notice main gives a freshly loaded page through its address, for the one case where no event
 * can carry it: the page's own process ended (a crash, or the system killed it for memory), so
 * main loads the app again, locked, and the lock screen says why. Only fixed values travel.
 */

/** The query parameter that carries the notice. */
export const NOTICE_PARAM = 'notice'

/** The notices there are. */
export type LaunchNotice = 'renderer-gone'

const NOTICES: readonly LaunchNotice[] = ['renderer-gone']

/** The app's address `base` with `notice` added to its query. */
export function withLaunchNotice(base: string, notice: LaunchNotice): string {
  const url = new URL(base)
  url.searchParams.set(NOTICE_PARAM, notice)
  return url.toString()
}

/** The notice in a page's query string (`location.search`), or null for none or an unknown one. */
export function readLaunchNotice(search: string): LaunchNotice | null {
  const value = new URLSearchParams(search).get(NOTICE_PARAM)
  return NOTICES.find((notice) => notice === value) ?? null
}

/** The query parameter that carries why the vault locked, when main reloads the page on a lock. */
export const LOCK_REASON_PARAM = 'locked'

/** Why the vault locked: the user, idle time, or what main asked for. */
export const LOCK_REASONS = ['user', 'idle', 'suspend', 'lock-screen', 'menu', 'tray'] as const

/** One of `LOCK_REASONS`. */
export type LockReason = (typeof LOCK_REASONS)[number]

/**
 * The app's address `base`, locked for `reason`: a page loaded afresh after a lock, so nothing
 * decrypted survives in it, that still says why it locked. A crash notice is dropped: it was said.
 */
export function withLockReason(base: string, reason: LockReason): string {
  const url = new URL(base)
  url.searchParams.delete(NOTICE_PARAM)
  url.searchParams.set(LOCK_REASON_PARAM, reason)
  return url.toString()
}

/** The lock reason in a page's query string, or null for none or an unknown one. */
export function readLockReason(search: string): LockReason | null {
  const value = new URLSearchParams(search).get(LOCK_REASON_PARAM)
  return LOCK_REASONS.find((reason) => reason === value) ?? null
}
