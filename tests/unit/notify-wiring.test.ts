/**
 * The Electron side of reminders cannot run here (no Electron binary), so these tests read it:
 * which OS events reach the scheduler, what closing the window does, what the tray offers and how
 * notifications are kept alive for their clicks. What Electron then does is Electron's behaviour.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { calls } from '../support/readSource'

const INDEX = 'src-main/electron/index.ts'
const byEvent = (file: string, method = 'on') =>
  Object.fromEntries(calls(file, method).map(([event, handler]) => [event, handler ?? '']))

describe('the reminder wiring in main, read from source', () => {
  it('shows missed reminders on resume and forgets details on suspend and screen lock', () => {
    const handlers = byEvent(INDEX)
    expect(handlers["'resume'"]).toMatch(/notify\.scheduler\.resume\(\)/)
    expect(handlers["'suspend'"]).toMatch(/lock\('suspend'\)/)
    expect(handlers["'lock-screen'"]).toMatch(/lock\('lock-screen'\)/)
  })

  it('keeps running with the window closed only when the setting says so, and locks reminders', () => {
    const handlers = byEvent(INDEX)
    expect(handlers["'window-all-closed'"]).toMatch(
      /!notify\.preferences\.get\(\)\.keepRunningInTray && .*app\.quit\(\)/s,
    )
    expect(handlers["'closed'"]).toMatch(/onWindowClosed\(\)/)
    expect(calls(INDEX, 'lock').length).toBeGreaterThan(0)
  })

  it('builds every port of the handler table from the real Electron pieces', () => {
    const index = readFileSync(resolve(__dirname, '../..', INDEX), 'utf8')
    expect(index).toMatch(/const notify = createNotifyServices\(ports\)/)
    expect(index).toMatch(/buildHandlers\(ports, notify, links, updates\)/)
    expect(index).toMatch(/notifier: electronNotifier\(\)/)
    // reminders.json is sealed by safeStorage, read through the policy in keychainPolicy.ts.
    expect(index).toMatch(/keychain: electronKeychain\(\)/)
    const keychain = readFileSync(
      resolve(__dirname, '../..', 'src-main/electron/keychain.ts'),
      'utf8',
    )
    expect(keychain).toMatch(/available: \(\) =>\s+keychainProtects\(/)
    expect(keychain).toMatch(/safeStorage\.getSelectedStorageBackend\(\)/)
    expect(index).toMatch(
      /window: \{\s+show: showWindow,\s+[^}]*reloadLocked: \(reason, place\) =>/,
    )
  })

  it('offers Open, Lock and Quit in the tray menu', () => {
    const menu = calls('src-main/electron/tray.ts', 'buildFromTemplate')[0]?.[0] ?? ''
    expect([...menu.matchAll(/label: '([^']+)'/g)].map((m) => m[1])).toEqual([
      'Open Afterview',
      'Lock',
      'Quit Afterview',
    ])
  })

  it('keeps each notification until clicked or closed, and runs the scheduler’s click', () => {
    const file = 'src-main/electron/notifications.ts'
    const handlers = byEvent(file)
    expect(handlers["'click'"]).toMatch(/live\.delete\(note\)[\s\S]*onClick\(\)/)
    expect(handlers["'close'"]).toMatch(/live\.delete\(note\)/)
    expect(calls(file, 'add')).toEqual([['note']])
    expect(calls(file, 'setBadgeCount')).toEqual([['count']])
    expect(calls(file, 'setLoginItemSettings')).toEqual([
      ['{ openAtLogin, args: [AT_LOGIN_FLAG] }'],
    ])
  })
})
