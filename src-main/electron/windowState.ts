/**
 * The window's size and place, remembered per display: a laptop used alone and on a desk monitor
 * gets back the window it had on each. A display that is gone (unplugged, or its resolution
 * changed) loses its entry, so the window never opens off screen or larger than the screen; it
 * then opens at the default size, centred by Electron. Pure decisions and a small file in the data
 * folder; app/window.ts applies them. No Electron import, so all of it is tested here.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { writeFileAtomic } from '../files/atomicWrite'

/** A rectangle in Electron's screen coordinates (device-independent pixels). */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The facts of a display the decisions need (from Electron's `screen`). */
export interface DisplayFacts {
  id: number
  /** The whole display. */
  bounds: Rect
  /** The display less the taskbar, dock or menu bar. */
  workArea: Rect
}

/** What is kept for one display. */
export interface SavedWindow {
  /** The normal (not maximised) bounds. */
  bounds: Rect
  maximized: boolean
}

/** The file's contents. */
export interface WindowState {
  /** Entries by `displayKey`. */
  displays: Record<string, SavedWindow>
  /** The display the window was last closed on. */
  last: string | null
}

/** The file's name inside the data folder. */
export const WINDOW_STATE_FILE = 'window-state.json'

/** The smallest window the app lays out in (app/window.ts sets the same minimum). */
export const MIN_WINDOW = { width: 960, height: 600 } as const

const EMPTY: WindowState = { displays: {}, last: null }

const rect = v.strictObject({
  x: v.pipe(v.number(), v.integer()),
  y: v.pipe(v.number(), v.integer()),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
})
const stateSchema = v.strictObject({
  displays: v.record(
    v.pipe(v.string(), v.maxLength(64)),
    v.strictObject({ bounds: rect, maximized: v.boolean() }),
  ),
  last: v.nullable(v.pipe(v.string(), v.maxLength(64))),
})

/**
 * A display's key: its id and its size, so the same monitor at another resolution counts as gone.
 */
export function displayKey(display: DisplayFacts): string {
  return `${display.id}:${display.bounds.width}x${display.bounds.height}`
}

/**
 * Where the window opens: the bounds kept for the display it was last closed on, when that display
 * is still attached and the bounds fit inside its work area; null (the default size, centred)
 * otherwise. Entries of displays that are gone are dropped from the returned state.
 */
export function restoreWindow(
  state: WindowState,
  displays: readonly DisplayFacts[],
): { window: SavedWindow | null; state: WindowState } {
  const attached = new Map(displays.map((display) => [displayKey(display), display]))
  const kept = Object.fromEntries(
    Object.entries(state.displays).filter(([key]) => attached.has(key)),
  )
  const last = state.last && kept[state.last] ? state.last : null
  const next: WindowState = { displays: kept, last }
  const saved = last ? kept[last] : undefined
  const display = last ? attached.get(last) : undefined
  if (!saved || !display || !fits(saved.bounds, display.workArea))
    return { window: null, state: next }
  return { window: saved, state: next }
}

/** The state after the window was closed on `display` with `window`. */
export function rememberWindow(
  state: WindowState,
  display: DisplayFacts,
  window: SavedWindow,
): WindowState {
  const key = displayKey(display)
  const bounds = roundRect(window.bounds)
  return { displays: { ...state.displays, [key]: { ...window, bounds } }, last: key }
}

/** True when `inner` lies wholly inside `outer` and is at least the app's minimum size. */
function fits(inner: Rect, outer: Rect): boolean {
  return (
    inner.width >= MIN_WINDOW.width &&
    inner.height >= MIN_WINDOW.height &&
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

function roundRect(r: Rect): Rect {
  return {
    x: Math.round(r.x),
    y: Math.round(r.y),
    width: Math.round(r.width),
    height: Math.round(r.height),
  }
}

/** Reads the state from `dataDir`; empty when the file is missing or damaged. */
export async function readWindowState(dataDir: string): Promise<WindowState> {
  try {
    const parsed = v.safeParse(
      stateSchema,
      JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8')),
    )
    return parsed.success ? parsed.output : EMPTY
  } catch {
    return EMPTY
  }
}

/** Writes the state to `dataDir` atomically. */
export async function writeWindowState(dataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(
    join(dataDir, WINDOW_STATE_FILE),
    new TextEncoder().encode(JSON.stringify(state)),
  )
}
