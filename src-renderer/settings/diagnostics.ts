/**
 * The text "Copy diagnostics" puts on the clipboard, for a bug report: versions, the startup
 * marks of the last unlock and main's recent errors. None of it is personal: main's log keeps
 * no messages (src-main/diagnostics/log.ts) and marks are names and times.
 */
import type { MainDiagnostics } from '@shared/ipc/contract'
import type { StoragePersistence } from '../vault/persistence'

/** One performance mark, as perf/marks.ts reads them. */
export interface MarkTime {
  name: string
  /** Milliseconds since the page started. */
  startTime: number
}

const STORAGE_WORDS: Record<StoragePersistence, string> = {
  persistent: 'persistent (kept under disk pressure)',
  'not-persistent': 'not persistent (the browser refused)',
  unsupported: 'persistence not supported',
  'not-asked-yet': 'persistence not asked yet',
}

/** The diagnostics as plain text, one fact a line. */
export function diagnosticsText(
  main: MainDiagnostics,
  marks: readonly MarkTime[],
  storage: StoragePersistence,
): string {
  const { about } = main
  const lines = [
    `${about.appName} ${about.appVersion}`,
    `Electron ${about.electronVersion ?? 'none'}, Chromium ${about.chromeVersion ?? 'unknown'}, Node.js ${about.nodeVersion}, ${about.platform}`,
    `Storage: ${STORAGE_WORDS[storage]}`,
    '',
    'Startup marks (ms since the page started):',
    ...(marks.length > 0
      ? marks.map((mark) => `  ${mark.name} ${Math.round(mark.startTime)}`)
      : ['  none yet']),
    '',
    'Recent errors in main:',
    ...(main.recentErrors.length > 0 ? main.recentErrors.map((line) => `  ${line}`) : ['  none']),
  ]
  return `${lines.join('\n')}\n`
}
