import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  readWindowState,
  rememberWindow,
  restoreWindow,
  WINDOW_STATE_FILE,
  writeWindowState,
  type DisplayFacts,
  type WindowState,
} from './windowState'

const LAPTOP: DisplayFacts = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
}
const MONITOR: DisplayFacts = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
}
const EMPTY: WindowState = { displays: {}, last: null }
const onLaptop = { bounds: { x: 40, y: 60, width: 1200, height: 780 }, maximized: false }
const onMonitor = { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: true }

describe('window state per display', () => {
  it('opens at the default size the first time', () => {
    expect(restoreWindow(EMPTY, [LAPTOP]).window).toBeNull()
  })

  it('gives back the window last closed, on the display it was closed on', () => {
    let state = rememberWindow(EMPTY, LAPTOP, onLaptop)
    state = rememberWindow(state, MONITOR, onMonitor)
    expect(restoreWindow(state, [LAPTOP, MONITOR]).window).toEqual(onMonitor)
    state = rememberWindow(state, LAPTOP, onLaptop)
    expect(restoreWindow(state, [LAPTOP, MONITOR]).window).toEqual(onLaptop)
  })

  it('forgets a display that is gone and opens at the default size', () => {
    let state = rememberWindow(EMPTY, LAPTOP, onLaptop)
    state = rememberWindow(state, MONITOR, onMonitor)
    const restored = restoreWindow(state, [LAPTOP])
    expect(restored.window).toBeNull()
    expect(restored.state).toEqual({ displays: { '1:1440x900': onLaptop }, last: null })
  })

  it('treats the same monitor at another resolution as gone', () => {
    const state = rememberWindow(EMPTY, MONITOR, onMonitor)
    const smaller = { ...MONITOR, bounds: { ...MONITOR.bounds, width: 1920, height: 1080 } }
    expect(restoreWindow(state, [LAPTOP, smaller]).window).toBeNull()
  })

  it('refuses bounds that would put part of the window off its display', () => {
    const offScreen = { bounds: { x: 900, y: 60, width: 1200, height: 780 }, maximized: false }
    const state = rememberWindow(EMPTY, LAPTOP, offScreen)
    expect(restoreWindow(state, [LAPTOP]).window).toBeNull()
  })

  it('keeps whole pixels', () => {
    const fractional = {
      bounds: { x: 40.4, y: 60.6, width: 1200.2, height: 780 },
      maximized: false,
    }
    const state = rememberWindow(EMPTY, LAPTOP, fractional)
    expect(state.displays['1:1440x900']!.bounds).toEqual({ x: 40, y: 61, width: 1200, height: 780 })
  })
})

describe('the window state file', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'afterview-window-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads back what was written', async () => {
    const state = rememberWindow(EMPTY, MONITOR, onMonitor)
    await writeWindowState(dir, state)
    expect(await readWindowState(dir)).toEqual(state)
  })

  it('starts empty when the file is missing, damaged or of another shape', async () => {
    expect(await readWindowState(dir)).toEqual(EMPTY)
    await writeFile(join(dir, WINDOW_STATE_FILE), '{"displays":')
    expect(await readWindowState(dir)).toEqual(EMPTY)
    await writeFile(join(dir, WINDOW_STATE_FILE), '{"displays":{"1:1x1":{"bounds":1}},"last":null}')
    expect(await readWindowState(dir)).toEqual(EMPTY)
  })
})
