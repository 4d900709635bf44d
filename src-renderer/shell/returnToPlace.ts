/**
 * Back where the user was after unlocking. Every lock loads the page afresh (vault/store.ts), so
 * the shell describes its place as it locks (the screen, the record on show, the control that had
 * focus), main carries it in the fresh page's address (lockPlace.ts), and after unlocking the
 * shell opens that screen and gives focus back to that control once it is drawn.
 */
import { isLockToken, type FocusedControl, type LockPlace } from '@shared/ipc/lockPlace'
import { FOCUSABLE } from '../ui/focusKeeper'

/** The controls of `scope` the keyboard reaches, in order. */
const controlsOf = (scope: Element) => [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)]

/**
 * The control with focus inside `shell`, described so that a fresh page can find it again: by
 * its own id, else its action's id, else its place among the controls of the nearest ancestor
 * with an id. Undefined when focus is outside the shell or on nothing a user chose.
 */
export function describeFocus(shell: HTMLElement): FocusedControl | undefined {
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || active === shell || !shell.contains(active)) {
    return undefined
  }
  if (isLockToken(active.id)) return { id: active.id }
  const action = active.dataset.actionId
  if (action && isLockToken(action)) return { action }
  const scope = active.parentElement?.closest('[id]')
  const within = scope && shell.contains(scope) && isLockToken(scope.id) ? scope : null
  const index = controlsOf(within ?? shell).indexOf(active)
  if (index < 0) return undefined
  return within ? { within: within.id, index } : { index }
}

/** The control `focus` describes inside `shell`, or null while it is not drawn. */
export function findFocused(shell: HTMLElement, focus: FocusedControl): HTMLElement | null {
  const byId = (id: string) => {
    const found = document.getElementById(id)
    return found && shell.contains(found) ? found : null
  }
  if (focus.id) return byId(focus.id)
  if (focus.action) {
    return shell.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(focus.action)}"]`)
  }
  const scope = focus.within ? byId(focus.within) : shell
  if (!scope || focus.index === undefined) return null
  return controlsOf(scope)[focus.index] ?? null
}

/** Where the user is now: the screen, the record it shows, and the control with focus. */
export function placeOf(
  shell: HTMLElement,
  at: Pick<LockPlace, 'section'> & { openId: string | null },
): LockPlace {
  const place: LockPlace = { section: at.section }
  if ((at.section === 'detail' || at.section === 'form') && at.openId && isLockToken(at.openId)) {
    place.openId = at.openId
  }
  const focus = describeFocus(shell)
  if (focus) place.focus = focus
  return place
}

/**
 * Gives focus to the control `focus` describes as soon as it is drawn in `shell` (a screen can
 * draw parts of itself after the records load), then calls `focused`. The one way the app puts
 * focus on something not drawn yet: the control that had it when the vault locked, the action a
 * notification or Today opened. Gives up as soon as the user puts focus somewhere themselves.
 * Returns the function that stops waiting.
 */
export function refocusWhenDrawn(
  shell: HTMLElement,
  focus: FocusedControl,
  focused?: () => void,
): () => void {
  const tryNow = (): boolean => {
    const target = findFocused(shell, focus)
    if (!target) return false
    target.focus()
    if (target.tabIndex < 0) target.scrollIntoView({ block: 'center' })
    stop()
    focused?.()
    return true
  }
  const observer = new MutationObserver(() => void tryNow())
  const onFocusIn = () => stop()
  function stop(): void {
    observer.disconnect()
    shell.removeEventListener('focusin', onFocusIn)
  }
  if (tryNow()) return stop
  observer.observe(shell, { childList: true, subtree: true })
  shell.addEventListener('focusin', onFocusIn)
  return stop
}
