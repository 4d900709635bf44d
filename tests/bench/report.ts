/**
 * The benchmark's figures, their targets and the Markdown table printed at the end of a run (the
 * same table goes into the README's Performance section).
 */

/** Every figure one run of one vault size measures. Times in milliseconds, heap in MiB. */
export interface RunFigures {
  /** From navigation to the lock screen's first contentful paint, on a page reload. */
  lockPaintMs: number
  /** Argon2id at the vault's calibrated parameters, from the app's marks. */
  deriveMs: number
  /** From the data key to every record decrypted and in the stores, from the app's marks. */
  loadMs: number
  /** Reading the same ciphertext rows from IndexedDB, in the same page. */
  floorReadMs: number
  /** Decrypting the same bytes with libsodium directly. */
  floorDecryptMs: number
  /** floorReadMs + floorDecryptMs. */
  floorMs: number
  /** loadMs / floorMs. */
  loadRatio: number
  /** From records loaded to the board painted and answering input. */
  boardMs: number
  /** From a card's move to its new record persisted in IndexedDB. */
  moveMs: number
  /** From one keystroke in the search box to the board showing the filtered cards. */
  searchMs: number
  /** From the export button to main having written the Word file. */
  exportMs: number
  /** JS heap used after load and a garbage collection, in MiB. */
  heapMiB: number
  /** Reading and checking the manifest: the part of the load it adds (page/manifestCost.ts). */
  manifestOpenMs: number
  /** One record saved with the manifest: row and manifest in one transaction. */
  saveMs: number
  /** The same save without the manifest: the row alone. */
  bareSaveMs: number
}

/** A figure's name. */
export type FigureKey = keyof RunFigures

/** The figures of one vault size: medians, and every sample they came from. */
export interface SizeResult {
  opportunities: number
  /** Bytes of ciphertext the vault holds in IndexedDB. */
  ciphertextBytes: number
  /** The vault's calibrated Argon2id cost. */
  kdf: { opsLimit: number; memLimitBytes: number }
  /** One-off cost of building the vault (not a figure of the app). */
  generateMs: number
  /** The machine's 1-minute load average before and after the runs: other work skews figures. */
  loadAverage: [number, number]
  median: RunFigures
  samples: RunFigures[]
  /** One CSV import of as many rows as the vault has opportunities (absent in older results). */
  csvImport?: { parseMs: number; planMs: number; writeMs: number; totalMs: number }
}

/** What `npm run bench` writes to .bench/results.json. */
export interface BenchResults {
  version: 1
  at: string
  machine: { cpus: number; cpuModel: string; memoryGiB: number; chromium: string; platform: string }
  runs: number
  /** The JavaScript fetched and parsed before the lock screen can paint (see lockScreenJs.ts). */
  lockScreenJs: { files: string[]; bytes: number }
  sizes: SizeResult[]
}

/** A target: the figure must stay at or under `max` (strictly under when `strict`). */
export interface Target {
  max: number
  strict?: boolean
  text: string
}

/** The targets for this 2-core machine; null where a figure has none at that size. */
export function targetOf(key: FigureKey, opportunities: number): Target | null {
  switch (key) {
    case 'loadRatio':
      return { max: 1.5, text: '≤ 1.5×' }
    case 'boardMs':
      return opportunities <= 1000 ? { max: 300, text: '≤ 300 ms' } : { max: 1000, text: '≤ 1 s' }
    case 'moveMs':
      return { max: 50, text: '≤ 50 ms' }
    case 'searchMs':
      return { max: 100, text: '≤ 100 ms' }
    case 'exportMs':
      return { max: 500, text: '≤ 500 ms' }
    case 'heapMiB':
      return opportunities >= 10_000 ? { max: 300, strict: true, text: '< 300 MiB' } : null
    default:
      return null
  }
}

/** True when `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  return target.strict ? value < target.max : value <= target.max
}

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The median of every figure over the runs. */
export function medianFigures(samples: readonly RunFigures[]): RunFigures {
  const keys = Object.keys(samples[0] ?? {}) as FigureKey[]
  return Object.fromEntries(
    keys.map((k) => [k, median(samples.map((s) => s[k]))]),
  ) as unknown as RunFigures
}

/** Rows of the table, in the order a reader follows the startup path. */
export const ROWS: { key: FigureKey; label: string; unit: 'ms' | 'x' | 'MiB' }[] = [
  { key: 'lockPaintMs', label: 'Lock screen painted (from navigation)', unit: 'ms' },
  { key: 'deriveMs', label: 'Key derivation (Argon2id, calibrated)', unit: 'ms' },
  { key: 'loadMs', label: 'Decrypt and load into the stores', unit: 'ms' },
  { key: 'floorMs', label: 'Floor: IndexedDB read + libsodium decrypt', unit: 'ms' },
  { key: 'floorReadMs', label: '… of which IndexedDB read', unit: 'ms' },
  { key: 'floorDecryptMs', label: '… of which libsodium decrypt', unit: 'ms' },
  { key: 'loadRatio', label: 'Load / floor', unit: 'x' },
  { key: 'boardMs', label: 'Board interactive after load', unit: 'ms' },
  { key: 'moveMs', label: 'Card moved until persisted', unit: 'ms' },
  { key: 'searchMs', label: 'Search keystroke until filtered', unit: 'ms' },
  { key: 'exportMs', label: 'Word export until written', unit: 'ms' },
  { key: 'heapMiB', label: 'JS heap after load', unit: 'MiB' },
  { key: 'manifestOpenMs', label: 'Manifest read and checked (part of load)', unit: 'ms' },
  { key: 'saveMs', label: 'One save with the manifest', unit: 'ms' },
  { key: 'bareSaveMs', label: 'One save without it', unit: 'ms' },
]

function format(value: number, unit: 'ms' | 'x' | 'MiB'): string {
  if (unit === 'x') return `${value.toFixed(2)}×`
  if (unit === 'MiB') return `${value.toFixed(0)} MiB`
  return value >= 100 ? `${Math.round(value).toLocaleString('en-GB')} ms` : `${value.toFixed(1)} ms`
}

/** The results as a Markdown table: one column per vault size, targets beside the figures. */
export function formatTable(results: BenchResults): string {
  const sizes = results.sizes
  const head = [
    '',
    ...sizes.map((s) => `${s.opportunities.toLocaleString('en-GB')} opportunities`),
    'target',
  ]
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`,
  ]
  for (const row of ROWS) {
    const targets = new Set<string>()
    const cells = sizes.map((s) => {
      const value = s.median[row.key]
      const target = targetOf(row.key, s.opportunities)
      if (!target) return format(value, row.unit)
      targets.add(target.text)
      return `${format(value, row.unit)} ${meets(value, target) ? '✓' : '✗'}`
    })
    lines.push(`| ${row.label} | ${cells.join(' | ')} | ${[...targets].join(' / ') || '—'} |`)
  }
  if (sizes.every((s) => s.csvImport)) {
    const csv = (key: 'totalMs' | 'parseMs' | 'planMs' | 'writeMs') =>
      sizes.map((s) => format(s.csvImport![key], 'ms')).join(' | ')
    lines.push(`| CSV import of as many rows: parse + plan + write | ${csv('totalMs')} | — |`)
    lines.push(`| … of which parse | ${csv('parseMs')} | — |`)
    lines.push(`| … of which read and plan | ${csv('planMs')} | — |`)
    lines.push(`| … of which write | ${csv('writeMs')} | — |`)
  }
  const kib = `${Math.round(results.lockScreenJs.bytes / 1024).toLocaleString('en-GB')} KiB`
  lines.push(
    `| JavaScript before the lock screen paints | ${sizes.map(() => kib).join(' | ')} | — |`,
  )
  return lines.join('\n')
}

/** One line about where the figures come from, printed under the table. */
export function describeMachine(results: BenchResults): string {
  const m = results.machine
  const load = results.sizes.flatMap((s) => s.loadAverage)
  const busiest = load.length ? Math.max(...load).toFixed(1) : '?'
  return (
    `Medians of ${results.runs} run${results.runs === 1 ? '' : 's'} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ` +
    `${m.platform}, Chromium ${m.chromium}; load average up to ${busiest} during the runs.`
  )
}

/** Every target missed, as `figure at size: value (target)`, for the summary and the report. */
export function missedTargets(results: BenchResults): string[] {
  const missed: string[] = []
  for (const s of results.sizes)
    for (const row of ROWS) {
      const target = targetOf(row.key, s.opportunities)
      const value = s.median[row.key]
      if (target && !meets(value, target))
        missed.push(
          `${row.label} at ${s.opportunities}: ${format(value, row.unit)} (${target.text})`,
        )
    }
  return missed
}

/** Names of figures that are missing, not finite or negative (the tiny run's sanity check). */
export function insaneFigures(figures: RunFigures): FigureKey[] {
  return ROWS.map((r) => r.key).filter((k) => {
    const value = (figures as unknown as Record<string, unknown>)[k]
    return typeof value !== 'number' || !Number.isFinite(value) || value < 0
  })
}
