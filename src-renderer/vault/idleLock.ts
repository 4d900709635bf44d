/**
 * Auto-lock: the vault locks after the chosen minutes without the user touching the window, and
 * at once on Ctrl+L / Cmd+L or when main asks (the menu, the system going to sleep).
 */
import type { LockReason } from '@shared/ipc/launchNotice'
import { host } from '../host'

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'mousemove', 'touchstart'] as const

/** What the idle lock needs of the vault store. */
export interface IdleLockTarget {
  unlocked(): boolean
  minutes(): number
  lock(reason: LockReason): void
}

/** The idle timer of one vault store. */
export function idleLock(vault: IdleLockTarget) {
  let idleTimer: ReturnType<typeof setTimeout> | null = null
  let lastActivity = 0

  /** Stops counting (the vault locked). */
  function disarm(): void {
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = null
  }

  /** Counts the idle minutes afresh from now, while the vault is open. */
  function arm(): void {
    if (idleTimer) clearTimeout(idleTimer)
    if (!vault.unlocked()) return
    idleTimer = setTimeout(() => vault.lock('idle'), vault.minutes() * 60_000)
  }

  function shortcut(event: KeyboardEvent): void {
    // Ctrl+L / Cmd+L, like the menu item (in Electron the menu usually handles it first).
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
      if (!vault.unlocked()) return
      event.preventDefault()
      vault.lock('user')
    }
  }

  function activity(): void {
    const now = Date.now()
    if (now - lastActivity < 1000) return
    lastActivity = now
    arm()
  }

  /** Starts auto-lock on inactivity and listens for main's lock requests. Returns a stop function. */
  function watch(target: Window = window): () => void {
    for (const name of ACTIVITY_EVENTS) target.addEventListener(name, activity, { passive: true })
    target.addEventListener('keydown', shortcut)
    const stopHost = target.afterview
      ? host().on('vault/lock-requested', ({ reason }) => vault.lock(reason))
      : () => {}
    return () => {
      for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, activity)
      target.removeEventListener('keydown', shortcut)
      stopHost()
    }
  }

  return { arm, disarm, watch }
}
