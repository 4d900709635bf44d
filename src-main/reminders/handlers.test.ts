import { afterEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { defaultNotifyPreferences } from '@shared/ipc/reminders'
import { USER_GESTURE_MS } from '../security/userGesture'
import { buildHandlers, type HandlerTable } from '../ipc/handlers'
import { dispatch } from '../ipc/dispatch'
import { notifyHarness } from '../../tests/support/notifyHarness'
import type { TestPorts } from '../../tests/support/testPorts'
import { EVENT_MINUTES } from './calendar'

const MORNING = Date.parse('2026-03-02T10:00:00Z')
const harness = notifyHarness(MORNING)

/** Handlers over running services, with a click in the window just now (as a person changes things). */
async function setUp(): Promise<{ t: TestPorts; table: HandlerTable }> {
  const { t, notify } = await harness.setUp()
  t.userInput()
  return { t, table: buildHandlers(t.ports, notify) }
}

afterEach(() => harness.cleanUp())

const items = [
  {
    id: 'AbCdEfGhIjKlMnOpQrStUv',
    dueAt: Date.parse('2026-03-05T09:00:00Z'),
    changedAt: Date.parse('2026-03-02T08:00:00Z'),
    title: 'Follow up with Northwind',
    description: 'They promised a decision last week.\nA short, friendly note is enough.',
  },
  {
    id: 'ZyXwVuTsRqPoNmLkJiHgFe',
    dueAt: Date.parse('2026-03-06T16:30:00Z'),
    changedAt: Date.parse('2026-03-02T08:00:00Z'),
    title: 'Connect with Priya on LinkedIn; mention the roadmap, chat',
    description: '',
  },
]

describe('reminders/export-ics', () => {
  it('writes a calendar the user chose a place for, with an alarm per action', async () => {
    const { t, table } = await setUp()
    const savePath = join(t.dataDir, 'follow-ups.ics')
    t.dialog.saves.push(savePath)
    expect(await dispatch(table, 'reminders/export-ics', { items })).toEqual({
      ok: true,
      value: { saved: true },
    })
    const calendar = new ICAL.Component(ICAL.parse(await readFile(savePath, 'utf8')))
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => e.summary)).toEqual(items.map((i) => i.title))
    expect(events[0]?.description).toBe(items[0]?.description)
    expect(events.map((e) => e.startDate.toJSDate().getTime())).toEqual(items.map((i) => i.dueAt))
    expect(events[0]?.duration.toSeconds()).toBe(EVENT_MINUTES * 60)
    const alarm = events[1]?.component.getFirstSubcomponent('valarm')
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
    // The alarm rings as the event starts.
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Time
    expect(trigger.toJSDate().getTime()).toBe(items[1]?.dueAt)
    expect(events.map((e) => e.uid)).toEqual(items.map((i) => `${i.id}@afterview.local`))
  })

  it('writes nothing when the user cancels the save dialog', async () => {
    const { t, table } = await setUp()
    expect(await dispatch(table, 'reminders/export-ics', { items })).toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(t.dialog.asked).toEqual([
      {
        kind: 'save',
        title: 'Save your follow-ups as a calendar',
        defaultPath: join(t.documentsDir, 'afterview-follow-ups.ics'),
      },
    ])
  })

  it('reports a folder it cannot write to as an io error', async () => {
    const { t, table } = await setUp()
    const savePath = join(t.dataDir, 'missing-folder', 'follow-ups.ics')
    t.dialog.saves.push(savePath)
    const answer = await dispatch(table, 'reminders/export-ics', { items })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'io' } })
  })

  it('refuses a path, an empty list or an unbounded title from the renderer', async () => {
    const { table } = await setUp()
    for (const payload of [
      { items, path: '/tmp/x.ics' },
      { items: [] },
      { items: [{ ...items[0], title: 'x'.repeat(500) }] },
    ]) {
      const answer = await dispatch(table, 'reminders/export-ics', payload)
      expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    }
  })
})

describe('notify preferences', () => {
  it('starts from the defaults: quiet 21:00-08:00, no details, tray on, no login item', async () => {
    const { table } = await setUp()
    expect(await dispatch(table, 'notify/get-preferences', {})).toEqual({
      ok: true,
      value: defaultNotifyPreferences,
    })
  })

  it('saves a change, tells the OS about start at login and survives a restart', async () => {
    const { t, table } = await setUp()
    await dispatch(table, 'notify/set-preferences', {
      startAtLogin: true,
      keepRunningInTray: false,
    })
    expect(t.loginItem).toEqual([true])
    const { notify: again } = await harness.setUp(MORNING, t.dataDir)
    expect(again.preferences.get()).toMatchObject({ startAtLogin: true, keepRunningInTray: false })
  })

  it('refuses start-at-login changes past four a minute and tells the OS nothing more', async () => {
    const { t, table } = await setUp()
    const kinds = []
    for (const startAtLogin of [true, false, true, false, true, true]) {
      const answer = await dispatch(table, 'notify/set-preferences', { startAtLogin })
      kinds.push(answer.ok ? 'changed' : answer.error.kind)
    }
    expect(kinds).toEqual([
      'changed',
      'changed',
      'changed',
      'changed',
      'rate-limited',
      'rate-limited',
    ])
    expect(t.loginItem).toEqual([true, false, true, false])
    // Other preferences are not held up by the limit.
    const quiet = await dispatch(table, 'notify/set-preferences', { detailedNotifications: true })
    expect(quiet).toMatchObject({ ok: true })
    t.advance(60_000)
    t.userInput()
    expect(await dispatch(table, 'notify/set-preferences', { startAtLogin: true })).toMatchObject({
      ok: true,
    })
  })

  it('changes start-at-login only right after a click or a key; other preferences need none', async () => {
    const { t, table } = await setUp()
    t.advance(USER_GESTURE_MS + 1)
    const answer = await dispatch(table, 'notify/set-preferences', {
      startAtLogin: true,
      quietHours: null,
    })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'no-user-gesture' } })
    expect(t.loginItem).toEqual([])
    expect(await dispatch(table, 'notify/get-preferences', {})).toMatchObject({
      ok: true,
      value: { startAtLogin: false, quietHours: { start: '21:00', end: '08:00' } },
    })
    const quiet = await dispatch(table, 'notify/set-preferences', { detailedNotifications: true })
    expect(quiet).toMatchObject({ ok: true })
    t.userInput()
    expect(await dispatch(table, 'notify/set-preferences', { startAtLogin: true })).toMatchObject({
      ok: true,
    })
    expect(t.loginItem).toEqual([true])
  })

  it('shows what quiet hours held back as soon as they are turned off', async () => {
    const { t, table } = await setUp()
    t.setNow(Date.parse('2026-03-02T23:00:00Z'))
    const reminder = {
      id: 'AbCdEfGhIjKlMnOpQrStUv',
      dueAt: Date.parse('2026-03-02T22:00:00Z'),
      opportunityId: 'o',
      actionId: 'a',
    }
    await dispatch(table, 'reminders/sync', { reminders: [reminder] })
    expect(t.notifications).toEqual([])
    await dispatch(table, 'notify/set-preferences', { quietHours: null })
    expect(t.notifications.map((n) => n.title)).toEqual(['A follow-up is due'])
  })

  it('refuses quiet hours that are not wall-clock times', async () => {
    const { table } = await setUp()
    const answer = await dispatch(table, 'notify/set-preferences', {
      quietHours: { start: '25:00', end: '08:00' },
    })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
  })
})
