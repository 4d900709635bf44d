import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { TOAST_MS, useUndoStore } from './undo'

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('toasts with Undo', () => {
  it('finishes what a toast reported once it times out, and not before', () => {
    const undo = useUndoStore()
    const finished: string[] = []
    undo.show(
      'Removed a file.',
      async () => {},
      () => finished.push('file'),
    )
    vi.advanceTimersByTime(TOAST_MS - 1)
    expect(finished).toEqual([])
    vi.advanceTimersByTime(1)
    expect(finished).toEqual(['file'])
    expect(undo.toasts).toEqual([])
  })

  it('finishes at once when dismissed or cleared on lock, and never after Undo', async () => {
    const undo = useUndoStore()
    const finished: string[] = []
    const restored: string[] = []
    const a = undo.show(
      'A',
      async () => void restored.push('a'),
      () => finished.push('a'),
    )
    undo.show(
      'B',
      async () => void restored.push('b'),
      () => finished.push('b'),
    )
    const c = undo.show(
      'C',
      async () => void restored.push('c'),
      () => finished.push('c'),
    )
    undo.dismiss(a)
    await undo.undo(c)
    undo.clear()
    vi.advanceTimersByTime(TOAST_MS)
    expect(finished).toEqual(['a', 'b'])
    expect(restored).toEqual(['c'])
  })

  it('still finishes a toast pushed out of view by newer ones, when its time is up', () => {
    const undo = useUndoStore()
    const finished: number[] = []
    for (let i = 0; i < 4; i++)
      undo.show(
        `T${i}`,
        async () => {},
        () => finished.push(i),
      )
    expect(undo.toasts.map((t) => t.text)).toEqual(['T1', 'T2', 'T3'])
    expect(finished).toEqual([])
    vi.advanceTimersByTime(TOAST_MS)
    expect(finished).toEqual([0, 1, 2, 3])
  })
})
