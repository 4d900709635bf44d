/**
 * What main does when the page's process ends without being asked to: reload the app, locked,
 * with a notice, unless it keeps dying, when reloading would only spin. Pure, tested here; applied
 * by app/crash.ts.
 */

/** Reloads allowed inside `WINDOW_MS` before main stops reloading. */
export const MAX_RELOADS = 3
/** The span the reloads are counted over, in milliseconds. */
export const WINDOW_MS = 60_000

/** What to do about one `render-process-gone`. */
export type GoneAction = 'ignore' | 'reload' | 'give-up'

/**
 * The action for `reason` (Electron's RenderProcessGoneDetails.reason) at `now`, given the times
 * of earlier reloads. A clean exit is the app closing, not a crash.
 */
export function rendererGoneAction(
  reason: string,
  reloadTimes: readonly number[],
  now: number,
): GoneAction {
  if (reason === 'clean-exit') return 'ignore'
  const recent = reloadTimes.filter((at) => now - at < WINDOW_MS)
  return recent.length >= MAX_RELOADS ? 'give-up' : 'reload'
}
