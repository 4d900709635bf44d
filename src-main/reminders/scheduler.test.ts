import { afterEach, describe, expect, it } from 'vitest'
import type { Reminder } from '@shared/ipc/reminders'
import type { TestPorts } from '../../tests/support/testPorts'
import { notifyHarness } from '../../tests/support/notifyHarness'

const MIN = 60_000
const HOUR = 60 * MIN
/** Monday 2 March 2026, 10:00 in London (GMT): outside the default quiet hours. */
const MORNING = Date.parse('2026-03-02T10:00:00Z')

const harness = notifyHarness(MORNING)
const setUp = harness.setUp

afterEach(() => harness.cleanUp())

function reminder(n: number, dueAt: number, extra: Partial<Reminder> = {}): Reminder {
  return {
    id: `opaque-id-number-${String(n).padStart(4, '0')}`,
    dueAt,
    opportunityId: `opp-${n}`,
    actionId: `thank-you:${n}`,
    ...extra,
  }
}

const titles = (t: TestPorts) => t.notifications.map((n) => n.title)

// Nothing to wait for after moving the clock: a due timer runs inside `advance`, and the scheduler
// shows, counts and re-arms before its first await (only the save of its file is still going,
// and cleanUp waits for that).

describe('ReminderScheduler', () => {
  it('shows one notification when an action comes due, not before', async () => {
    const { t, notify } = await setUp()
    await notify.scheduler.sync([reminder(1, MORNING + 2 * HOUR)])
    t.advance(2 * HOUR - MIN)
    expect(t.notifications).toEqual([])
    t.advance(MIN)
    expect(titles(t)).toEqual(['A follow-up is due'])
  })

  it('counts an action on the badge once its deadline has passed', async () => {
    const { t, notify } = await setUp()
    const due = MORNING + HOUR
    await notify.scheduler.sync([reminder(1, due, { overdueAt: due + 4 * HOUR })])
    t.advance(HOUR)
    expect([t.notifications.length, t.badge]).toEqual([1, 0])
    t.advance(4 * HOUR)
    expect(t.badge).toBe(0)
    t.advance(1)
    expect(t.badge).toBe(1)
  })

  it('holds a reminder due in quiet hours until they end, across midnight', async () => {
    const { t, notify } = await setUp()
    const late = Date.parse('2026-03-02T22:30:00Z')
    await notify.scheduler.sync([reminder(1, late)])
    t.setNow(Date.parse('2026-03-03T07:59:00Z'))
    expect(t.notifications).toEqual([])
    // The badge still counts it: it is overdue, only the sound and banner wait.
    expect(t.badge).toBe(1)
    t.setNow(Date.parse('2026-03-03T08:00:00Z'))
    expect(titles(t)).toEqual(['A follow-up is due'])
  })

  it('gathers what came due overnight into one summary at the end of quiet hours', async () => {
    const { t, notify } = await setUp()
    await notify.scheduler.sync([
      reminder(1, Date.parse('2026-03-02T21:30:00Z')),
      reminder(2, Date.parse('2026-03-03T01:00:00Z')),
      reminder(3, Date.parse('2026-03-03T06:00:00Z')),
    ])
    t.setNow(Date.parse('2026-03-03T08:00:00Z'))
    expect(titles(t)).toEqual(['3 follow-ups are due while you were away'])
  })

  it('turns reminders missed during sleep into one summary on resume', async () => {
    const { t, notify } = await setUp()
    await notify.scheduler.sync([
      reminder(1, MORNING + HOUR),
      reminder(2, MORNING + 2 * HOUR),
      reminder(3, MORNING + 5 * HOUR),
    ])
    // The machine sleeps at 10:00 and wakes at 16:00: its timers did not run meanwhile.
    t.sleepUntil(MORNING + 6 * HOUR)
    await notify.scheduler.resume()
    expect(titles(t)).toEqual(['3 follow-ups are due while you were away'])
    // The timers that were due during sleep fire late and find nothing new.
    t.advance(MIN)
    expect(t.notifications).toHaveLength(1)
    expect(t.badge).toBe(3)
  })

  it('shows what came due while Afterview was closed as one generic summary after a restart', async () => {
    const first = await setUp()
    await first.notify.scheduler.sync([
      reminder(1, MORNING + HOUR, { title: 'Thank Dana at Canary Ltd' }),
      reminder(2, MORNING + 2 * HOUR, { title: 'Chase Canary Ltd' }),
    ])
    const again = await setUp(MORNING + 3 * HOUR, first.t.dataDir)
    expect(again.t.notifications.map(({ title, body }) => ({ title, body }))).toEqual([
      {
        title: '2 follow-ups are due while you were away',
        body: 'Unlock Afterview to catch up on them.',
      },
    ])
    expect(again.t.badge).toBe(2)
  })

  it('stays quiet about follow-ups already past when the user has just typed their interview', async () => {
    const { t, notify } = await setUp()
    notify.scheduler.unlock()
    // Two rounds logged a week late: their thank-yous were due days ago, and one is still to come.
    await notify.scheduler.sync([
      reminder(1, MORNING - 6 * 24 * HOUR),
      reminder(2, MORNING - 5 * 24 * HOUR),
      reminder(3, MORNING - HOUR),
      reminder(4, MORNING + HOUR),
    ])
    t.advance(MIN)
    expect(t.notifications).toEqual([])
    expect(t.badge).toBe(3)
    t.advance(HOUR)
    expect(titles(t)).toEqual(['A follow-up is due'])
  })

  it('snoozes a reminder: it comes back at the new time, not before', async () => {
    const { t, notify } = await setUp()
    const r = reminder(1, MORNING + MIN)
    await notify.scheduler.sync([r])
    t.advance(MIN)
    expect(t.notifications).toHaveLength(1)
    // The renderer records the snooze and re-syncs the action with its new due instant.
    await notify.scheduler.sync([{ ...r, dueAt: t.now() + HOUR }])
    expect(t.badge).toBe(0)
    t.advance(HOUR - MIN)
    expect(t.notifications).toHaveLength(1)
    t.advance(MIN)
    expect(t.notifications).toHaveLength(2)
  })

  it('does not notify twice when the renderer re-syncs the same actions', async () => {
    const { t, notify } = await setUp()
    const list = [reminder(1, MORNING + MIN), reminder(2, MORNING + 3 * HOUR)]
    await notify.scheduler.sync(list)
    t.advance(MIN)
    await notify.scheduler.sync(list)
    await notify.scheduler.sync([...list].reverse())
    expect(t.notifications).toHaveLength(1)
  })

  it('does not notify again when a re-plan moves a shown reminder to another past instant', async () => {
    const { t, notify } = await setUp()
    await notify.scheduler.sync([reminder(1, MORNING + MIN)])
    t.advance(2 * MIN)
    await notify.scheduler.sync([reminder(1, MORNING + 2 * MIN)])
    t.advance(HOUR)
    expect(t.notifications).toHaveLength(1)
  })

  it('drops a reminder when its action is done and the sync no longer lists it', async () => {
    const { t, notify } = await setUp()
    const [a, b] = [reminder(1, MORNING + HOUR), reminder(2, MORNING + 2 * HOUR)]
    await notify.scheduler.sync([a, b])
    // Done actions leave the plan, so the next sync no longer lists them.
    await notify.scheduler.sync([b])
    await notify.scheduler.sync([])
    t.advance(3 * HOUR)
    expect(t.notifications).toEqual([])
    expect(t.badge).toBe(0)
  })
})
