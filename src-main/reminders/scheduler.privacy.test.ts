import { afterEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Reminder } from '@shared/ipc/reminders'
import type { TestPorts } from '../../tests/support/testPorts'
import { snapshot } from '../../tests/support/mainPorts'
import { notifyHarness } from '../../tests/support/notifyHarness'
import { REMINDER_FILE, reminderFile } from './reminderFile'

const MIN = 60_000
const MORNING = Date.parse('2026-03-02T10:00:00Z')
const CANARY = 'Canary-7f3a Zebulon Quixote'

const harness = notifyHarness(MORNING)
const setUp = harness.setUp

afterEach(() => harness.cleanUp())

const detailed: Reminder = {
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  dueAt: MORNING + MIN,
  title: `Thank ${CANARY}`,
  body: `Your interview at ${CANARY} went well: say so today.`,
  opportunityId: 'opp-canary',
  actionId: 'thank-you:round-1:dana',
}

const shown = (t: TestPorts) => t.notifications.map(({ title, body }) => ({ title, body }))

describe('ReminderScheduler privacy', () => {
  it('shows the renderer’s details only while unlocked and only when the user allows them', async () => {
    const { t, notify } = await setUp()
    notify.scheduler.unlock()
    await notify.scheduler.sync([detailed])
    t.advance(MIN)
    expect(shown(t)[0]?.title).toBe('A follow-up is due')

    await notify.preferences.update({ detailedNotifications: true })
    await notify.scheduler.sync([{ ...detailed, dueAt: MORNING + 2 * MIN }])
    t.advance(MIN)
    expect(shown(t)[1]).toEqual({ title: detailed.title, body: detailed.body })
  })

  it('forgets every detail on lock and falls back to generic words', async () => {
    const { t, notify } = await setUp()
    await notify.preferences.update({ detailedNotifications: true })
    notify.scheduler.unlock()
    await notify.scheduler.sync([detailed])
    notify.scheduler.lock()
    t.advance(MIN)
    expect(shown(t)).toEqual([
      {
        title: 'A follow-up is due',
        body: 'Unlock Afterview to see what it is and who it is for.',
      },
    ])
    expect(JSON.stringify(t.notifications)).not.toContain('Canary')
  })

  it('keeps details out of a sync that arrives while locked', async () => {
    const { t, notify } = await setUp()
    await notify.preferences.update({ detailedNotifications: true })
    await notify.scheduler.sync([detailed])
    t.advance(MIN)
    expect(JSON.stringify(shown(t))).not.toContain('Canary')
  })

  it('opens the card a clicked notification is about', async () => {
    const { t, notify } = await setUp()
    notify.scheduler.unlock()
    await notify.scheduler.sync([detailed])
    t.advance(MIN)
    t.notifications[0]?.click()
    expect(t.windowShown).toBe(1)
    expect(t.events).toEqual([
      {
        event: 'reminders/open',
        payload: { opportunityId: 'opp-canary', actionId: 'thank-you:round-1:dana' },
      },
    ])
  })

  it('remembers a click made while locked and opens the card after unlock', async () => {
    const { t, notify } = await setUp()
    await notify.scheduler.sync([detailed])
    t.advance(MIN)
    t.notifications[0]?.click()
    expect(t.windowShown).toBe(1)
    expect(t.events).toEqual([])
    notify.scheduler.unlock()
    await notify.scheduler.sync([detailed])
    expect(t.events.map((e) => e.payload)).toEqual([
      { opportunityId: 'opp-canary', actionId: 'thank-you:round-1:dana' },
    ])
  })

  it('never writes any text typed into the app to disk, only ids and instants', async () => {
    const { t, notify } = await setUp()
    await notify.preferences.update({ detailedNotifications: true })
    notify.scheduler.unlock()
    await notify.scheduler.sync([detailed, { ...detailed, id: 'ZyXwVuTsRqPoNmLkJiHgFe' }])
    t.advance(MIN)
    // Snoozed: the renderer re-syncs it with a new due instant; the other one is done.
    await notify.scheduler.sync([{ ...detailed, dueAt: MORNING + 60 * MIN }])
    // Every file main wrote, read once its last save is done (a temp file renamed away is skipped).
    await notify.scheduler.idle()
    for (const bytes of (await snapshot(t.dataDir)).values()) {
      const text = bytes.toString('utf8')
      expect(text).not.toContain('Canary')
      expect(text).not.toContain('opp-canary')
      expect(text).not.toContain('thank-you')
    }
    // Sealed by the keychain: not even the opaque id or the due instant is in clear.
    const text = await readFile(join(t.dataDir, REMINDER_FILE), 'utf8')
    expect(JSON.parse(text).version).toBe(2)
    expect(text).not.toContain(detailed.id)
    expect(text).not.toContain(String(MORNING + 60 * MIN))
    expect(await reminderFile(t.dataDir, t.ports.keychain).load()).toEqual([
      { id: detailed.id, dueAt: MORNING + 60 * MIN, overdueAt: MORNING + 60 * MIN, shown: false },
    ])
  })
})
