/**
 * Main's log: a small text file in the data folder (logs/afterview.log), rotated by size, that a
 * user can attach to a bug report, and the recent errors for "Copy diagnostics".
 *
 * It holds no personal data. An error is written as its class, its kind or code, and its stack
 * frames reduced to function, file name and line; never its message, which can quote a file name
 * the user chose, a path under their home folder or a record's text. Other lines are fixed facts
 * the code states (`note`), such as why a renderer process ended.
 */
import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Main's log, as the Electron wiring and the handlers use it. */
export interface AppLog {
  /** Records an error raised in `scope` (a fixed name such as 'ipc' or 'reminders'). */
  error(scope: string, error: unknown): void
  /** Records a fixed fact, such as 'renderer gone: crashed'. Never pass user data here. */
  note(scope: string, fact: string): void
  /** The most recent error lines, oldest first. */
  recentErrors(): string[]
  /** Resolves once every line so far is on disk (tests, and before quitting). */
  flushed(): Promise<void>
}

/** Where the log lives inside the data folder. */
export const LOG_DIR = 'logs'
/** The current file; older ones end in .1, .2 … */
export const LOG_FILE = 'afterview.log'

/** How the log is kept. */
export interface LogOptions {
  /** The data folder; the log goes into its `logs` folder. */
  dataDir: string
  now(): number
  /** A file grows to this many bytes before it is rotated (default 512 KiB). */
  maxBytes?: number
  /** Rotated files kept besides the current one (default 2). */
  keep?: number
  /** Errors kept in memory for diagnostics (default 20). */
  recent?: number
}

/** The text of an error without its message: class, kind or code, and reduced stack frames. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error ${typeof error}`
  const tag = (error as { kind?: unknown }).kind ?? (error as { code?: unknown }).code
  const head =
    typeof tag === 'string' && /^[\w-]{1,40}$/.test(tag) ? `${error.name} [${tag}]` : error.name
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map(reduceFrame)
    .filter((frame): frame is string => frame !== null)
    .slice(0, 8)
  return [head, ...frames].join(' | ')
}

/**
 * One stack frame as `at fn (file.js:12:3)`: the folder is dropped, since it names the user's
 * home or install folder. Frames that do not look like V8's are dropped too.
 */
function reduceFrame(line: string): string | null {
  const match =
    /^\s*at (?:(?<fn>[\w$.<>\s[\]]+?) \()?(?<where>.+?):(?<line>\d+):(?<col>\d+)\)?$/.exec(line)
  if (!match?.groups) return null
  const file = match.groups['where']!.split(/[\\/]/)
    .pop()!
    .replace(/[^\w.-]/g, '')
  const fn = (match.groups['fn'] ?? '').replace(/[^\w$.<>]/g, '')
  const at = `${file}:${match.groups['line']}:${match.groups['col']}`
  return fn ? `at ${fn} (${at})` : `at ${at}`
}

/** A scope or fact: letters, digits and a few marks only, so nothing else can be smuggled in. */
function clean(text: string): string {
  return text.replace(/[^\w .:/-]/g, '').slice(0, 120)
}

/** Opens main's log in `options.dataDir`. Writes are queued; a failed write is dropped. */
export function createLog(options: LogOptions): AppLog {
  const dir = join(options.dataDir, LOG_DIR)
  const file = join(dir, LOG_FILE)
  const maxBytes = options.maxBytes ?? 512 * 1024
  const keep = options.keep ?? 2
  const recentLimit = options.recent ?? 20
  const recent: string[] = []
  let writing: Promise<void> = Promise.resolve()
  // The folder is made on the first line, so a data folder without errors stays as it was.
  let madeDir = false

  async function rotate(): Promise<void> {
    await rm(`${file}.${keep}`, { force: true })
    for (let n = keep - 1; n >= 1; n--) {
      await rename(`${file}.${n}`, `${file}.${n + 1}`).catch(() => {})
    }
    await rename(file, `${file}.1`).catch(() => {})
  }

  function write(line: string): void {
    writing = writing
      .then(async () => {
        if (!madeDir) {
          await mkdir(dir, { recursive: true, mode: 0o700 })
          madeDir = true
        }
        const size = await stat(file).then(
          (s) => s.size,
          () => 0,
        )
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) await rotate()
        await appendFile(file, line, { mode: 0o600 })
      })
      // A log that cannot be written must never take main down with it.
      .catch(() => {})
  }

  function line(level: string, scope: string, text: string): string {
    return `${new Date(options.now()).toISOString()} ${level} [${clean(scope)}] ${text}`
  }

  return {
    error(scope, error) {
      const text = line('error', scope, describeError(error))
      recent.push(text)
      if (recent.length > recentLimit) recent.shift()
      write(`${text}\n`)
    },
    note(scope, fact) {
      write(`${line('info', scope, clean(fact))}\n`)
    },
    recentErrors: () => [...recent],
    flushed: () => writing,
  }
}
