/**
 * Keeps the keyboard's place when the element holding focus disappears: an action marked done, a
 * card deleted, a dialog or a whole screen replaced. Browsers then drop focus to the page body,
 * and the next Tab starts again from the top of the window. Here focus goes instead to the first
 * control of the nearest part of the page that is still there, or, when the whole screen changed,
 * to the `fallback` (the new screen's heading).
 */

/** Elements that take focus from the keyboard. */
export const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * The first focusable element inside the nearest ancestor still in the page, from `ancestors`
 * (innermost first, as they were while the lost element had focus); null once one of `stops`
 * is reached: past it, what was lost is a whole screen, and its first control means nothing.
 */
export function nearestFocusable(
  ancestors: readonly Element[],
  stops: readonly Element[],
): HTMLElement | null {
  for (const a of ancestors) {
    if (stops.includes(a)) return null
    if (!a.isConnected) continue
    const found = a.querySelector<HTMLElement>(FOCUSABLE)
    if (found) return found
  }
  return null
}

/**
 * Starts watching `root`, whose `screen` holds the screen on show (focus lost with the whole
 * screen goes to `fallback`); returns the function that stops.
 */
export function keepFocus(
  root: HTMLElement,
  screen: HTMLElement,
  fallback: () => HTMLElement | null,
): () => void {
  let last: Element | null = null
  // A removed element forgets its parent, so the way up is noted while it still has focus.
  let ancestors: Element[] = []
  const onFocusIn = (e: FocusEvent) => {
    last = e.target instanceof Element ? e.target : null
    ancestors = []
    for (let a = last?.parentElement; a; a = a.parentElement) ancestors.push(a)
  }
  const observer = new MutationObserver(() => {
    const active = document.activeElement
    if ((active && active !== document.body) || !last || last.isConnected) return
    if (!ancestors.includes(root)) return
    ;(nearestFocusable(ancestors, [screen, root]) ?? fallback())?.focus()
  })
  document.addEventListener('focusin', onFocusIn)
  observer.observe(root, { childList: true, subtree: true })
  return () => {
    document.removeEventListener('focusin', onFocusIn)
    observer.disconnect()
  }
}
