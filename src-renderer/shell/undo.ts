import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { useSessionStore } from '../session/store'

/** One toast: what happened, and how to take it back. */
export interface Toast {
  id: number
  text: string
  /** Puts things back; absent for a toast that only informs. */
  undo?: () => Promise<void>
}

/** How long a toast stays, in milliseconds: long enough to read and reach Undo by keyboard. */
export const TOAST_MS = 10_000

/** Toasts with Undo for moves and deletes: nothing is destroyed without a way back. */
export const useUndoStore = defineStore('undo', () => {
  const toasts = ref<Toast[]>([])
  let next = 1
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  /** What to finish once a toast is gone without Undo (e.g. delete an attachment's file). */
  const finals = new Map<number, () => void>()

  /**
   * Shows a toast; returns its id. `final` runs once the chance to undo has passed: when the
   * toast times out, is dismissed, or is cleared on lock. It never runs after Undo.
   */
  function show(text: string, undo?: () => Promise<void>, final?: () => void): number {
    const id = next++
    toasts.value = [...toasts.value.slice(-2), { id, text, undo }]
    if (final) finals.set(id, final)
    schedule(id)
    return id
  }

  /** Toasts the user is on (focus or pointer): they stay, since reading takes its own time. */
  const held = new Set<number>()

  function schedule(id: number): void {
    clearTimeout(timers.get(id))
    timers.set(
      id,
      setTimeout(() => {
        // Still held and still shown: wait again. Pushed out by newer toasts: it ends as usual.
        if (held.has(id) && toasts.value.some((t) => t.id === id)) schedule(id)
        else dismiss(id)
      }, TOAST_MS),
    )
  }

  /** Keeps a toast up while the user is on it. */
  function hold(id: number): void {
    held.add(id)
  }

  /** Lets a held toast go again, after the full time. */
  function release(id: number): void {
    if (held.delete(id)) schedule(id)
  }

  /** Stops tracking a toast and hides it; answers its final step, if any. */
  function forget(id: number): (() => void) | undefined {
    clearTimeout(timers.get(id))
    timers.delete(id)
    held.delete(id)
    const final = finals.get(id)
    finals.delete(id)
    toasts.value = toasts.value.filter((t) => t.id !== id)
    return final
  }

  /** Hides a toast without undoing: what it reported becomes final. */
  function dismiss(id: number): void {
    forget(id)?.()
  }

  /** Undoes what a toast reported, then hides it. */
  async function undo(id: number): Promise<void> {
    const toast = toasts.value.find((t) => t.id === id)
    forget(id)
    await toast?.undo?.()
  }

  /** Drops every toast (on lock: their undo closures hold decrypted records). */
  function clear(): void {
    for (const id of [...timers.keys()]) dismiss(id)
    toasts.value = []
  }
  // A new or ended session drops the toasts: their undo closures hold decrypted records.
  watch(() => useSessionStore().current, clear, { flush: 'sync' })

  return { toasts, show, dismiss, undo, hold, release, clear }
})
