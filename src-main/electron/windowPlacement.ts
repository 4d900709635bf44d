import { screen, type BrowserWindow } from 'electron'
import {
  readWindowState,
  rememberWindow,
  restoreWindow,
  writeWindowState,
  type SavedWindow,
  type WindowState,
} from './windowState'

/** The window's size and place per display (app/windowState.ts), read and kept through Electron. */
export interface WindowPlacement {
  /** Resolves once the file has been read. */
  ready: Promise<void>
  /** Where the next window opens; null for the default size, centred. */
  next(): SavedWindow | null
  /** Remembers where `win` is each time it closes. */
  track(win: BrowserWindow): void
}

/** Reads the kept state from `dataDir`; `onError` hears of a state that could not be written. */
export function windowPlacement(
  dataDir: string,
  onError: (error: unknown) => void,
): WindowPlacement {
  let state: WindowState = { displays: {}, last: null }
  const ready = readWindowState(dataDir).then((read) => {
    state = read
  })
  return {
    ready,
    next() {
      const restored = restoreWindow(state, screen.getAllDisplays())
      state = restored.state
      return restored.window
    },
    track(win) {
      win.on('close', () => {
        // The normal bounds, so a maximised window comes back maximised over its old place.
        const bounds = win.getNormalBounds()
        const display = screen.getDisplayMatching(bounds)
        state = rememberWindow(state, display, { bounds, maximized: win.isMaximized() })
        writeWindowState(dataDir, state).catch(onError)
      })
    },
  }
}
