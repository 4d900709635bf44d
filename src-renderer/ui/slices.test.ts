import { describe, expect, it, vi } from 'vitest'
import { inSlices, SLICE_MS } from './slices'

describe('loops in slices', () => {
  it('finishes a short loop before returning, and says so', () => {
    const seen: number[] = []
    const onDone = vi.fn()
    inSlices(5, (i) => seen.push(i), { onDone })
    expect(seen).toEqual([0, 1, 2, 3, 4])
    expect(onDone).toHaveBeenCalledOnce()
  })

  it('hands the window back between slices of a long loop, and runs every step once', async () => {
    const seen: number[] = []
    const slices: number[] = []
    const busy = (ms: number) => {
      const until = performance.now() + ms
      while (performance.now() < until);
    }
    const done = new Promise<void>((onDone) =>
      inSlices(40, (i) => (busy(SLICE_MS / 4), seen.push(i)), {
        onSlice: (n) => slices.push(n),
        onDone,
      }),
    )
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.length).toBeLessThan(40)
    await done
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i))
    expect(slices.length).toBeGreaterThan(1)
    expect(slices.at(-1)).toBe(40)
  })

  it('stops when asked, and never calls done', () => {
    const onDone = vi.fn()
    const queued: (() => void)[] = []
    let steps = 0
    const stop = inSlices(
      1000,
      () => {
        const until = performance.now() + 1
        while (performance.now() < until);
        steps++
      },
      { onDone, schedule: (slice) => queued.push(slice) },
    )
    expect(queued).toHaveLength(1)
    stop()
    const before = steps
    // Whatever was queued runs, as the window would run it, and queues nothing more.
    while (queued.length > 0) queued.shift()!()
    expect(steps).toBe(before)
    expect(onDone).not.toHaveBeenCalled()
  })

  it('calls done at once for nothing to do', () => {
    const onDone = vi.fn()
    inSlices(0, () => {}, { onDone })
    expect(onDone).toHaveBeenCalledOnce()
  })
})
