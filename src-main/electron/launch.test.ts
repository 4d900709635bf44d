import { describe, expect, it } from 'vitest'
import { AT_LOGIN_FLAG } from '../reminders/autostart'
import { startsHidden } from './launch'

const USER_START = ['/opt/Afterview/afterview']
const LOGIN_START = [...USER_START, AT_LOGIN_FLAG]

describe('startsHidden', () => {
  it.each([
    ['Windows or Linux login, tray on', LOGIN_START, false, true, true],
    ['macOS login, tray on', USER_START, true, true, true],
    // With the tray off nothing else could open the window.
    ['Windows or Linux login, tray off', LOGIN_START, false, false, false],
    ['macOS login, tray off', USER_START, true, false, false],
    ['the user’s own start, tray on', USER_START, false, true, false],
  ])('%s: stays in the tray: %s', (_case, argv, openedAtLogin, keepRunningInTray, hidden) => {
    expect(startsHidden({ argv, openedAtLogin, keepRunningInTray })).toBe(hidden)
  })
})
