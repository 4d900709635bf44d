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
