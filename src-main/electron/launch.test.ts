import { describe, expect, it } from 'vitest'
import { AT_LOGIN_FLAG } from '../reminders/autostart'
import { DEBUG_SWITCHES, refusedDebugSwitch, startsHidden } from './launch'

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

describe('refusedDebugSwitch', () => {
  const noSwitches = () => false

  it.each([
    ['--remote-debugging-port=9222', 'remote-debugging-port'],
    ['--remote-debugging-pipe', 'remote-debugging-pipe'],
    ['--inspect', 'inspect'],
    ['--inspect=127.0.0.1:9229', 'inspect'],
    ['--inspect-brk', 'inspect-brk'],
    ['--inspect-port=0', 'inspect-port'],
    ['-remote-debugging-port=9222', 'remote-debugging-port'],
    ['--Remote-Debugging-Port=9222', 'remote-debugging-port'],
  ])('refuses a packaged app started with %s', (argument, name) => {
    const argv = [...USER_START, argument]
    expect(refusedDebugSwitch({ packaged: true, argv, hasSwitch: noSwitches })).toBe(name)
  })

  it('refuses a switch Chromium read even where argv does not show it', () => {
    const hasSwitch = (name: string) => name === 'remote-debugging-pipe'
    expect(refusedDebugSwitch({ packaged: true, argv: USER_START, hasSwitch })).toBe(
      'remote-debugging-pipe',
    )
  })

  it('lets an ordinary launch, a login launch and a file named like a switch start', () => {
    for (const argv of [USER_START, LOGIN_START, [...USER_START, '/home/zoë/inspect']]) {
      expect(refusedDebugSwitch({ packaged: true, argv, hasSwitch: noSwitches })).toBeNull()
    }
  })

  it('does not read the program path as a switch', () => {
    const argv = ['--inspect']
    expect(refusedDebugSwitch({ packaged: true, argv, hasSwitch: noSwitches })).toBeNull()
  })

  it('leaves development builds their debuggers', () => {
    const argv = [...USER_START, '--inspect', '--remote-debugging-port=9222']
    const hasSwitch = (name: string) => (DEBUG_SWITCHES as readonly string[]).includes(name)
    expect(refusedDebugSwitch({ packaged: false, argv, hasSwitch })).toBeNull()
  })
})
