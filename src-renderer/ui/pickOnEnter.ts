/**
 * A select that acts when an option is picked (the detail view's "Move to…" and "Close as…"). In
 * Chromium, arrow keys on a closed select step through the options and fire `change` at every
 * step, so acting on `change` would move a card to each column on the way to the one wanted. Here
 * steps taken with the keyboard only show the option; Enter acts on it, and leaving the field
 * puts it back. A pick from the open list (mouse, or Alt+Down then Enter) acts at once.
 */

/** Keys that step through a closed select's options. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'])
const STEP_KEYS_MORE = new Set(['PageUp', 'PageDown'])

/** Handlers for one select; `act` runs the chosen option, `reset` clears the select. */
export function pickOnEnter(act: () => void, reset: () => void) {
  let stepping = false
  return {
    onKeydown(e: KeyboardEvent): void {
      if (e.altKey || e.key === 'F4' || e.key === ' ') stepping = false
      else if (e.key === 'Enter') {
        if (!stepping) return
        e.preventDefault()
        stepping = false
        act()
      } else if (STEP_KEYS.has(e.key) || STEP_KEYS_MORE.has(e.key) || e.key.length === 1)
        stepping = true
    },
    onChange(): void {
      if (!stepping) act()
    },
    onBlur(): void {
      if (stepping) reset()
      stepping = false
    },
  }
}
