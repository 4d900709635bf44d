/**
 * User gestures as main sees them: Electron reports every input event it delivers to the window
 * (`webContents` 'input-event'), from the browser process, so a compromised renderer cannot make
 * one up. Opening a link and changing start-at-login are honoured only shortly after a click, a
 * key or a tap, as a person's request always is; a script looping in the page gets nothing.
 */
import type { ClockPort } from '../ports'

/** How long after the user's last click, key or tap main honours a gesture-only request. */
export const USER_GESTURE_MS = 5_000

/** Electron input-event types that are the user acting (a pointer passing over is not). */
const GESTURE_INPUTS: ReadonlySet<string> = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'keyUp',
  'char',
  'touchStart',
  'touchEnd',
  'gestureTap',
])

/** The last user gesture, and whether it is recent enough. */
export interface UserGestures {
  /** Notes an input event of Electron type `type` (ignored unless it is a gesture). */
  noteInput(type: string): void
  /** True within USER_GESTURE_MS after the last gesture, and never before the first one. */
  recent(): boolean
}

/** Tracks gestures over `clock`. */
export function userGestures(clock: Pick<ClockPort, 'now'>): UserGestures {
  let last: number | null = null
  return {
    noteInput(type) {
      if (GESTURE_INPUTS.has(type)) last = clock.now()
    },
    recent() {
      if (last === null) return false
      const since = clock.now() - last
      return since >= 0 && since <= USER_GESTURE_MS
    },
  }
}
