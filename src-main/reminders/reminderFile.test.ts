import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testKeychain } from '../../tests/support/testPorts'
import { notifyHarness } from '../../tests/support/notifyHarness'
import {
  PLAIN_ROUNDING_MS,
  REMINDER_FILE,
  reminderFile,
  roundedUp,
  type StoredReminder,
} from './reminderFile'

const MIN = 60_000
// A thank-you due at 14:07:30 and overdue at 17:52, the day after an interview.
const DUE = Date.parse('2026-03-03T14:07:30Z')
const OVERDUE = Date.parse('2026-03-03T17:52:00Z')
const reminders: StoredReminder[] = [
  { id: 'AbCdEfGhIjKlMnOpQrStUv', dueAt: DUE, overdueAt: OVERDUE, shown: false },
  { id: 'ZyXwVuTsRqPoNmLkJiHgFe', dueAt: DUE - 90 * MIN, overdueAt: DUE - 90 * MIN, shown: true },
]

let dir: string
let available: boolean
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'afterview-data-'))
  available = true
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const fileText = () => readFile(join(dir, REMINDER_FILE), 'utf8')
/** The file in this test's folder, sealed by its keychain while `available`. */
const ourFile = () =>
  reminderFile(
    dir,
    testKeychain(dir, () => available),
  )

describe('reminders.json', () => {
  it('is sealed by the keychain where there is one: no id or instant in clear, exact on reading', async () => {
    const file = ourFile()
    await file.save(reminders)
    const text = await fileText()
    expect(JSON.parse(text)).toEqual({ version: 2, sealed: expect.any(String) })
    for (const r of reminders) {
      expect(text).not.toContain(r.id)
      expect(text).not.toContain(String(r.dueAt))
      expect(text).not.toContain(String(r.overdueAt))
    }
    expect(await file.load()).toEqual(reminders)
  })

  it('without a keychain, is written in clear with both instants rounded up to the quarter hour', async () => {
    available = false
    const file = ourFile()
    await file.save(reminders)
    const stored = JSON.parse(await fileText())
    expect(stored.version).toBe(1)
    expect(stored.reminders).toEqual([
      {
        id: reminders[0]!.id,
        dueAt: Date.parse('2026-03-03T14:15:00Z'),
        overdueAt: Date.parse('2026-03-03T18:00:00Z'),
        shown: false,
      },
      {
        id: reminders[1]!.id,
        dueAt: Date.parse('2026-03-03T12:45:00Z'),
        overdueAt: Date.parse('2026-03-03T12:45:00Z'),
        shown: true,
      },
    ])
    expect(await file.load()).toEqual(stored.reminders)
  })

  it('rounds up, never down, and leaves a quarter hour as it is', () => {
    const quarter = Date.parse('2026-03-03T09:45:00Z')
    expect(roundedUp(quarter)).toBe(quarter)
    expect(roundedUp(quarter + 1)).toBe(quarter + PLAIN_ROUNDING_MS)
    expect(roundedUp(quarter - 1)).toBe(quarter)
  })

  it('reads a clear file written before the keychain came, and seals it on the next save', async () => {
    available = false
    const file = ourFile()
    await file.save(reminders)
    available = true
    const loaded = await file.load()
    expect(loaded).toHaveLength(2)
    await file.save(loaded)
    expect(JSON.parse(await fileText()).version).toBe(2)
    expect(await file.load()).toEqual(loaded)
  })

  it('answers an empty schedule, without throwing, for a file another keychain sealed or a damaged one', async () => {
    await reminderFile(
      dir,
      testKeychain(dir, () => true),
    ).save(reminders)
    const otherDir = await mkdtemp(join(tmpdir(), 'afterview-data-'))
    try {
      // Another folder, another key: as after the OS keychain was reset.
      const stranger = reminderFile(
        dir,
        testKeychain(otherDir, () => true),
      )
      expect(await stranger.load()).toEqual([])
    } finally {
      await rm(otherDir, { recursive: true, force: true })
    }
    for (const damaged of ['{"version":2,"sealed":"bm90IHNlYWxlZA=="}', '{"version":3}', 'nope']) {
      await writeFile(join(dir, REMINDER_FILE), damaged)
      expect(
        await reminderFile(
          dir,
          testKeychain(dir, () => true),
        ).load(),
      ).toEqual([])
    }
  })
})

describe('a restart without a keychain', () => {
  const harness = notifyHarness(DUE - 60 * MIN)
  afterEach(() => harness.cleanUp())

  it('still notifies a reminder due while locked, at most a quarter hour late', async () => {
    const first = await harness.setUp()
    first.t.keychain.available = false
    first.notify.scheduler.unlock()
    await first.notify.scheduler.sync([
      {
        id: reminders[0]!.id,
        dueAt: DUE,
        opportunityId: 'opp-1',
        actionId: 'thank-you:round-1:zoe',
      },
    ])
    await first.notify.scheduler.stop()

    const again = await harness.setUp(DUE - 60 * MIN, first.t.dataDir)
    again.t.setNow(DUE)
    expect(again.t.notifications).toHaveLength(0)
    again.t.setNow(roundedUp(DUE))
    expect(again.t.notifications.map((n) => n.title)).toEqual(['A follow-up is due'])
    expect(roundedUp(DUE) - DUE).toBeLessThanOrEqual(PLAIN_ROUNDING_MS)
  })
})
