/**
 * Performance marks on the startup path, named `afterview/willX` and `afterview/didX` (after VS
 * Code's `code/willX`). The benchmark reads them to split unlock into key derivation, record
 * loading and the first paint of the board; a user can read them too, in the developer tools'
 * Performance panel or with `performance.getEntriesByType('mark')`, when reporting a slow start.
 */
import { nextTask } from '../ui/slices'

/** The prefix of every mark of the app. */
export const MARK_PREFIX = 'afterview/'

/** The marks of one unlock, in the order they are set. */
export const STARTUP_MARKS = [
  'willUnlock',
  'willDeriveKey',
  'didDeriveKey',
  'willLoadRecords',
  'didLoadRecords',
  'didRenderBoard',
] as const

/** The name of a startup mark, without the prefix. */
export type StartupMark = (typeof STARTUP_MARKS)[number]

/** Sets a mark now. Cheap: one entry in the performance timeline. */
export function mark(name: StartupMark): void {
  performance.mark(MARK_PREFIX + name)
}

/**
 * Forgets the marks of the previous unlock, so the timeline always describes the latest one (a
 * locked and unlocked app would otherwise hold several `didLoadRecords`).
 */
export function resetStartupMarks(): void {
  for (const name of STARTUP_MARKS) performance.clearMarks(MARK_PREFIX + name)
}

/**
 * Sets a mark once the next frame has been painted and the main thread has run the task after
 * it: by then what was rendered is on screen and the page answers input.
 */
export function markAfterPaint(name: StartupMark): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      nextTask(() => {
        mark(name)
        resolve()
      }),
    )
  })
}

/** The startup marks set so far, with their times in milliseconds since the page started. */
export function startupMarks(): { name: StartupMark; startTime: number }[] {
  return performance
    .getEntriesByType('mark')
    .filter((entry) => entry.name.startsWith(MARK_PREFIX))
    .map((entry) => ({
      name: entry.name.slice(MARK_PREFIX.length) as StartupMark,
      startTime: entry.startTime,
    }))
}
