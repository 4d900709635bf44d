import { defineStore } from 'pinia'
import { ref } from 'vue'

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

  /** Shows a toast; returns its id. */
  function show(text: string, undo?: () => Promise<void>): number {
    const id = next++
    toasts.value = [...toasts.value.slice(-2), { id, text, undo }]
    release(id)
    return id
  }

  /** Keeps a toast up while the user is on it (focus or pointer): reading takes its own time. */
  function hold(id: number): void {
    clearTimeout(timers.get(id))
  }

  /** Lets a held toast go again, after the full time. */
  function release(id: number): void {
    if (!toasts.value.some((t) => t.id === id)) return
    clearTimeout(timers.get(id))
    timers.set(
      id,
      setTimeout(() => dismiss(id), TOAST_MS),
    )
  }

  /** Hides a toast without undoing. */
  function dismiss(id: number): void {
    clearTimeout(timers.get(id))
    timers.delete(id)
    toasts.value = toasts.value.filter((t) => t.id !== id)
  }

  /** Undoes what a toast reported, then hides it. */
  async function undo(id: number): Promise<void> {
    const toast = toasts.value.find((t) => t.id === id)
    dismiss(id)
    await toast?.undo?.()
  }

  /** Drops every toast (on lock: their undo closures hold decrypted records). */
  function clear(): void {
    for (const id of [...timers.keys()]) dismiss(id)
    toasts.value = []
  }

  return { toasts, show, dismiss, undo, hold, release, clear }
})
