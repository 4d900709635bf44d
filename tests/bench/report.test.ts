import { describe, expect, it } from 'vitest'
import {
  describeMachine,
  formatTable,
  insaneFigures,
  median,
  medianFigures,
  missedTargets,
  type BenchResults,
  type RunFigures,
} from './report'

const figures = (over: Partial<RunFigures> = {}): RunFigures => ({
  lockPaintMs: 180,
  deriveMs: 700,
  loadMs: 120,
  floorReadMs: 60,
  floorDecryptMs: 40,
  floorMs: 100,
  loadRatio: 1.2,
  boardMs: 80,
  moveMs: 12,
  searchMs: 30,
  exportMs: 200,
  heapMiB: 40,
  manifestOpenMs: 9,
  saveMs: 4.2,
  bareSaveMs: 2.1,
  ...over,
})

const results = (sizes: [number, RunFigures][]): BenchResults => ({
  version: 1,
  at: '2026-11-02T09:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'test', memoryGiB: 4, chromium: '156', platform: 'linux' },
  runs: 1,
  lockScreenJs: { files: ['assets/index-a.js'], bytes: 558_217 },
  sizes: sizes.map(([opportunities, median]) => ({
    opportunities,
    ciphertextBytes: 1,
    kdf: { opsLimit: 3, memLimitBytes: 64 << 20 },
    generateMs: 1,
    loadAverage: [0.5, 1.25] as [number, number],
    median,
    samples: [median],
  })),
})

describe('bench report', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow(RangeError)
  })

  it('takes the median of every figure separately', () => {
    const m = medianFigures([
      figures({ loadMs: 1 }),
      figures({ loadMs: 9 }),
      figures({ loadMs: 5 }),
    ])
    expect(m.loadMs).toBe(5)
    expect(m.deriveMs).toBe(700)
  })

  it('prints one column per size with targets and marks', () => {
    const table = formatTable(
      results([
        [1000, figures()],
        [10_000, figures({ boardMs: 1200 })],
      ]),
    )
    expect(table).toContain(
      '| Board interactive after load | 80.0 ms ✓ | 1,200 ms ✗ | ≤ 300 ms / ≤ 1 s |',
    )
    expect(table).toContain('| JS heap after load | 40 MiB | 40 MiB ✓ | < 300 MiB |')
    expect(table).toContain('| Load / floor | 1.20× ✓ | 1.20× ✓ | ≤ 1.5× |')
    expect(table).toContain('| Lock screen painted (from navigation) | 180 ms | 180 ms | — |')
    expect(table).toContain('| JavaScript before the lock screen paints | 545 KiB | 545 KiB | — |')
    expect(table).not.toContain('CSV import')
  })

  it('prints the CSV import’s times when every size has them', () => {
    const measured = results([
      [1000, figures()],
      [10_000, figures()],
    ])
    measured.sizes[0]!.csvImport = { parseMs: 40, planMs: 120, writeMs: 600, totalMs: 760 }
    measured.sizes[1]!.csvImport = { parseMs: 300, planMs: 900, writeMs: 5200, totalMs: 6400 }
    const table = formatTable(measured)
    expect(table).toContain(
      '| CSV import of as many rows: parse + plan + write | 760 ms | 6,400 ms | — |',
    )
    expect(table).toContain('| … of which write | 600 ms | 5,200 ms | — |')
  })

  it('says where the figures come from', () => {
    expect(describeMachine(results([[1000, figures()]]))).toBe(
      'Medians of 1 run on 2 × test, 4 GiB, linux, Chromium 156; load average up to 1.3 during the runs.',
    )
  })

  it('lists the targets missed, with the size and the target', () => {
    const missed = missedTargets(results([[10_000, figures({ heapMiB: 300, searchMs: 150 })]]))
    expect(missed).toEqual([
      'Search keystroke until filtered at 10000: 150 ms (≤ 100 ms)',
      'JS heap after load at 10000: 300 MiB (< 300 MiB)',
    ])
  })

  it('flags figures that are missing or not finite', () => {
    expect(insaneFigures(figures())).toEqual([])
    const broken = { ...figures(), moveMs: Number.NaN } as Partial<RunFigures>
    delete broken.exportMs
    expect(insaneFigures(broken as RunFigures)).toEqual(['moveMs', 'exportMs'])
  })
})
