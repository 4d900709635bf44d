/**
 * Long loops over every record, cut into slices of a few milliseconds so the window keeps
 * painting and answering input between them (a board can hold ten thousand records).
 */

/** How long one slice may keep the window busy, in milliseconds. */
export const SLICE_MS = 10

/** Runs `task` as the next task, after pending input and paint (a message is not clamped). */
export function nextTask(task: () => void): void {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    task()
  }
  channel.port2.postMessage(null)
}

/** What to tell the caller while and after the loop runs. */
export interface SliceHooks {
  /** After each slice, with how many steps are done. */
  onSlice?(done: number): void
  /** Once every step has run. */
  onDone?(): void
  /** Queues the next slice: the window's next task unless given (a test runs the queue itself). */
  schedule?(slice: () => void): void
}

/**
 * Calls `step(0)` to `step(count - 1)` in slices. The first slice runs now, so a short loop is
 * over before the caller returns. Answers a function that stops the rest.
 */
export function inSlices(count: number, step: (i: number) => void, hooks: SliceHooks = {}) {
  let i = 0
  let stopped = false
  const slice = (): void => {
    if (stopped) return
    const until = performance.now() + SLICE_MS
    // Reading the clock costs too: look at it every few steps.
    while (i < count && (i % 8 !== 0 || performance.now() < until)) step(i++)
    hooks.onSlice?.(i)
    if (i < count) (hooks.schedule ?? nextTask)(slice)
    else hooks.onDone?.()
  }
  slice()
  return (): void => {
    stopped = true
  }
}
