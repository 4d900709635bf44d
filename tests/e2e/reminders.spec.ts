import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { test, expect } from './support/app'

/** Monday 2 March 2026, 10:00 in London: outside the default quiet hours. */
const MORNING = Date.parse('2026-03-02T10:00:00Z')
const MIN = 60_000
const CANARY = 'Canary-9c1e Ottoline Brisk'

const reminder = (id: string, dueAt: number) => ({
  id,
  dueAt,
  title: `Thank ${CANARY}`,
  body: `${CANARY}: open Afterview to see the draft.`,
  opportunityId: 'opp-canary',
  actionId: 'thank-you:round-1:ottoline',
})

test.skip(({ app }) => app.ports === null, 'drives main’s test ports (Chromium transport)')

test('reminder settings start private and are kept by main across a restart', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Settings' }).click()
  const form = page.getByTestId('notify-settings')
  await expect(form.getByLabel('Keep quiet at night')).toBeChecked()
  await expect(form.getByLabel('Quiet hours start')).toHaveValue('21:00')
  await expect(form.getByLabel('Quiet hours end')).toHaveValue('08:00')
  await expect(form.getByLabel('Show names in notifications')).not.toBeChecked()
  await expect(form.getByLabel('Keep running when the window is closed')).toBeChecked()
  await expect(form.getByLabel('Open Afterview when you log in')).not.toBeChecked()
  await app.screenshot('reminder-settings')

  await form.getByLabel('Open Afterview when you log in').check()
  await expect(page.getByRole('status')).toHaveText('Saved.')
  await form.getByLabel('Quiet hours end').fill('07:30')
  await form.getByLabel('Quiet hours end').press('Tab')
  await expect(page.getByRole('status')).toHaveText('Saved.')
  expect(app.ports!.loginItem).toEqual([true])

  await app.restart()
  await app.page.getByRole('button', { name: 'Settings' }).click()
  await expect(app.page.getByLabel('Open Afterview when you log in')).toBeChecked()
  await expect(app.page.getByLabel('Quiet hours end')).toHaveValue('07:30')
  expect(app.consoleErrors).toEqual([])
})

test('a due action notifies generically while locked and with details only when allowed and unlocked', async ({
  app,
}) => {
  const ports = app.ports!
  ports.setNow(MORNING)
  const call = (channel: string, payload: unknown) =>
    app.page.evaluate(([c, p]) => window.afterview!.call(c as 'app/about', p), [
      channel,
      payload,
    ] as const)

  // Unlocked, details not allowed (the default): generic words.
  await call('reminders/lock-state', { locked: false })
  await call('reminders/sync', { reminders: [reminder('AAAAAAAAAAAAAAAAAAAAAA', MORNING + MIN)] })
  ports.advance(MIN)
  // Details allowed, but locked: still generic, and main forgot the names.
  await call('notify/set-preferences', { detailedNotifications: true })
  await call('reminders/sync', {
    reminders: [reminder('BBBBBBBBBBBBBBBBBBBBBB', MORNING + 2 * MIN)],
  })
  await call('reminders/lock-state', { locked: true })
  ports.advance(MIN)
  // Unlocked and allowed: the renderer's own words.
  await call('reminders/lock-state', { locked: false })
  await call('reminders/sync', {
    reminders: [reminder('CCCCCCCCCCCCCCCCCCCCCC', MORNING + 3 * MIN)],
  })
  ports.advance(MIN)

  await expect
    .poll(() => ports.notifications.map(({ title, body }) => ({ title, body })))
    .toEqual([
      { title: 'A follow-up is due', body: 'Open Afterview to see what to do next.' },
      {
        title: 'A follow-up is due',
        body: 'Unlock Afterview to see what it is and who it is for.',
      },
      { title: `Thank ${CANARY}`, body: `${CANARY}: open Afterview to see the draft.` },
    ])
  // Past its deadline the action counts on the badge.
  expect(ports.badge).toBe(0)
  ports.advance(MIN)
  expect(ports.badge).toBe(1)
  // What main wrote to disk has none of it.
  const onDisk = await readFile(join(ports.dataDir, 'reminders.json'), 'utf8')
  expect(onDisk).not.toContain('Canary')
  expect(onDisk).not.toContain('opp-canary')

  // A click on the notification reaches the page as 'reminders/open' for that card and action.
  await app.page.evaluate(() => {
    ;(window as unknown as { opened: unknown[] }).opened = []
    window.afterview!.on('reminders/open', (target) =>
      (window as unknown as { opened: unknown[] }).opened.push(target),
    )
  })
  ports.notifications[2]!.click()
  expect(ports.windowShown).toBe(1)
  await expect
    .poll(() => app.page.evaluate(() => (window as unknown as { opened: unknown[] }).opened))
    .toEqual([{ opportunityId: 'opp-canary', actionId: 'thank-you:round-1:ottoline' }])
})

test('the calendar export saves an .ics file with an alarm per action', async ({ app }) => {
  const ports = app.ports!
  const savePath = join(ports.dataDir, 'follow-ups.ics')
  ports.dialog.saves.push(savePath)
  const answer = await app.page.evaluate(() =>
    window.afterview!.call('reminders/export-ics', {
      items: [
        {
          id: 'DDDDDDDDDDDDDDDDDDDDDD',
          dueAt: Date.parse('2026-03-09T09:00:00Z'),
          title: 'Follow up with Northwind (decision was due last week)',
          description: 'Keep it short and friendly.',
        },
      ],
    }),
  )
  expect(answer).toEqual({ saved: true })
  const calendar = new ICAL.Component(ICAL.parse(await readFile(savePath, 'utf8')))
  const [event] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  expect(event?.summary).toBe('Follow up with Northwind (decision was due last week)')
  expect(event?.endDate.toJSDate().toISOString()).toBe('2026-03-09T09:00:00.000Z')
  expect(event?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe(
    'DISPLAY',
  )
})
