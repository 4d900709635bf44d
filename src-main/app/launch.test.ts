import { describe, expect, it } from 'vitest'
import { AT_LOGIN_FLAG, startsHidden } from './launch'

const EXE = ['/opt/Afterview/afterview']

describe('startsHidden', () => {
  it('stays in the tray when started at login with the tray on', () => {
    expect(
      startsHidden({
        argv: [...EXE, AT_LOGIN_FLAG],
        openedAtLogin: false,
        keepRunningInTray: true,
      }),
    ).toBe(true)
    expect(startsHidden({ argv: EXE, openedAtLogin: true, keepRunningInTray: true })).toBe(true)
  })

  it('opens the window at login when the tray is off, since nothing else could open it', () => {
    expect(
      startsHidden({
        argv: [...EXE, AT_LOGIN_FLAG],
        openedAtLogin: false,
        keepRunningInTray: false,
      }),
    ).toBe(false)
    expect(startsHidden({ argv: EXE, openedAtLogin: true, keepRunningInTray: false })).toBe(false)
  })

  it('opens the window when the user starts the app', () => {
    expect(startsHidden({ argv: EXE, openedAtLogin: false, keepRunningInTray: true })).toBe(false)
  })
})
