import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { test, expect, type AfterviewApp } from './support/app'
import { NOW, PANEL, addInterview, fixClock, goTo, type PersonInput } from './support/journeys'
import { TEST_PASSPHRASE, unlock } from './support/vault'
import type { TestPorts } from '../support/testPorts'
import { reminderFile } from '../../src-main/reminders/reminderFile'

/**
 * Main's clock and the page's at 11:00 on 3 March 2026, and an in-person interview with one
 * person at 09:00 that day, entered through the form.
 */
async function interviewedThisMorning(
  app: AfterviewApp,
  company: string,
  role: string,
  person: PersonInput,
): Promise<void> {
  app.ports!.setNow(NOW.getTime())
  await fixClock(app.page, NOW)
  await addInterview(app.page, {
    company,
    role,
    date: '3/3/2026',
    time: '09:00',
    people: [person],
  })
}

const shown = (ports: TestPorts) => ports.notifications.map(({ title, body }) => ({ title, body }))

/** How many reminders main holds as already seen; none before its file is first written. */
async function seenByMain(ports: TestPorts): Promise<number> {
  const stored = await reminderFile(ports.dataDir, ports.ports.keychain).load()
  return stored.filter((r) => r.shown).length
}

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
  await expect(form.getByRole('status')).toHaveText('Saved.')
  await form.getByLabel('Quiet hours end').fill('07:30')
  await form.getByLabel('Quiet hours end').press('Tab')
  await expect(form.getByRole('status')).toHaveText('Saved.')
  expect(app.ports!.loginItem).toEqual([true])

  await app.restart()
  await app.page.getByRole('button', { name: 'Settings' }).click()
  await expect(app.page.getByLabel('Open Afterview when you log in')).toBeChecked()
  await expect(app.page.getByLabel('Quiet hours end')).toHaveValue('07:30')
  expect(app.consoleErrors).toEqual([])
})

test('reminders follow the board: generic by default, named only when allowed and unlocked, and a click opens the card at that action', async ({
  app,
}) => {
  const { page } = app
  const ports = app.ports!
  // An in-person interview this morning: the thank-you and the card are due already.
  await interviewedThisMorning(app, 'Acme', 'Product Designer', PANEL[0]!)
  // Due already as they are typed in, they are on screen: main holds them as seen and says
  // nothing ("2 follow-ups are due while you were away" would not be so).
  await expect.poll(() => seenByMain(ports)).toBe(2)
  expect(ports.notifications).toEqual([])

  // The user allows names; the LinkedIn request comes due the next morning.
  await goTo(page, 'Settings')
  await page.getByLabel('Show names in notifications').check()
  await expect(page.getByTestId('notify-settings').getByRole('status')).toHaveText('Saved.')
  ports.setNow(Date.parse('2026-03-04T09:00:00Z'))
  await expect.poll(() => ports.notifications.length).toBe(1)
  expect(shown(ports)[0]).toEqual({
    title: 'Connect with Priya Shah on LinkedIn',
    body: 'Acme: open Afterview to see the draft.',
  })

  // The user locks Afterview: main forgets the names, and the next reminder says none.
  await page.getByTestId('lock-now').click()
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  ports.setNow(Date.parse('2026-03-10T09:00:00Z'))
  await expect.poll(() => ports.notifications.length).toBe(2)
  expect(shown(ports)[1]).toEqual({
    title: 'A follow-up is due',
    body: 'Unlock Afterview to see what it is and who it is for.',
  })
  const onDisk = await readFile(join(ports.dataDir, 'reminders.json'), 'utf8')
  expect(onDisk).not.toMatch(/Acme|Priya|LinkedIn/)

  // Clicked while locked, the named notification brings the window forward; after unlocking,
  // Acme opens with the LinkedIn action in focus.
  ports.notifications[0]!.click()
  expect(ports.windowShown).toBe(1)
  await unlock(page, TEST_PASSPHRASE)
  await expect(page.getByRole('heading', { level: 1, name: 'Acme' })).toBeVisible()
  const focused = page.locator('[data-action-id]:focus')
  await expect(focused).toContainText('Connect with Priya Shah on LinkedIn')
  await app.screenshot('reminder-opened-card')
  expect(app.consoleErrors).toEqual([])
})

test('snoozing an action from the card moves its reminder', async ({ app }) => {
  const { page } = app
  const ports = app.ports!
  await interviewedThisMorning(app, 'Globex', 'Analyst', PANEL[1]!)
  await expect.poll(() => seenByMain(ports)).toBe(2)
  const item = page.getByTestId('action').filter({ hasText: 'Thank Tom Ellis' })
  await item.getByRole('button', { name: /^Snooze…/ }).click()
  await expect(page.getByRole('button', { name: 'For an hour' })).toBeFocused()
  await app.screenshot('reminder-snooze-menu')
  await page.getByRole('button', { name: 'For an hour' }).click()
  // Main has the new due instant (and still nothing but ids and instants) before time moves on.
  const later = NOW.getTime() + 60 * 60_000
  const stored = async () => {
    const file = await reminderFile(ports.dataDir, ports.ports.keychain).load()
    return file.filter((r) => !r.shown)
  }
  await expect.poll(async () => (await stored()).map((r) => r.dueAt)).toContain(later)
  // An hour later by main's clock the thank-you comes back, alone.
  ports.setNow(later)
  await expect.poll(() => ports.notifications.length).toBe(1)
  expect(shown(ports)[0]?.title).toBe('A follow-up is due')
})

test('Today saves the upcoming follow-ups as a calendar file with an alarm each', async ({
  app,
}) => {
  const { page } = app
  const ports = app.ports!
  await interviewedThisMorning(app, 'Initech', 'Researcher', PANEL[0]!)
  const savePath = join(ports.dataDir, 'follow-ups.ics')
  ports.dialog.saves.push(savePath)
  await goTo(page, 'Today')
  await page.getByRole('button', { name: 'Add to your calendar…' }).click()
  await expect(page.getByTestId('calendar-export-result')).toHaveText(
    'Saved. Open the file to add your follow-ups to your calendar.',
  )
  const calendar = new ICAL.Component(ICAL.parse(await readFile(savePath, 'utf8')))
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  expect(events.map((e) => e.summary)).toContain('Initech · Thank Priya Shah by email')
  const thanks = events.find((e) => e.summary === 'Initech · Thank Priya Shah by email')!
  // The event starts when the thank-you can first be sent. By default its description names
  // only the company and the action: the draft stays off a synced calendar's server.
  expect(thanks.startDate.toJSDate().toISOString()).toBe('2026-03-03T10:00:00.000Z')
  expect(thanks.description).toBe('Initech: Thank Priya Shah by email')
  expect(thanks.sequence).toBeGreaterThan(0)
  for (const e of events) {
    const alarm = e.component.getFirstSubcomponent('valarm')
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Time
    expect(trigger.toJSDate().getTime()).toBe(e.startDate.toJSDate().getTime())
  }
  await app.screenshot('reminder-calendar-export')
})

test('one action reads the same on Today, in its notification and in the calendar, with the edited draft', async ({
  app,
}) => {
  const { page } = app
  const ports = app.ports!
  const TITLE = 'Connect with Priya Shah on LinkedIn'
  const MINE = 'Hi Priya, I enjoyed our talk about the design system today. Keep in touch? Alex'
  await goTo(page, 'Settings')
  await page.getByLabel('Show names in notifications').check()
  await expect(page.getByTestId('notify-settings').getByRole('status')).toHaveText('Saved.')
  await page.getByLabel('Put drafts in calendar events').check()
  await expect(page.getByLabel('Put drafts in calendar events')).toBeChecked()
  await page.getByTestId('notify-settings').scrollIntoViewIfNeeded()
  await app.screenshot('reminder-calendar-drafts-setting')
  await interviewedThisMorning(app, 'Initech', 'Researcher', PANEL[0]!)

  // The user rewrites the LinkedIn note in the detail view, where the planner put it.
  const note = page.getByRole('article', { name: TITLE })
  await note.getByRole('textbox').fill(MINE)
  await note.getByRole('textbox').blur()
  await expect(note.getByTestId('draft-edited')).toBeVisible()

  // Today lists it under the company with the same words.
  await goTo(page, 'Today')
  const onToday = page.getByTestId('action').filter({ hasText: TITLE })
  // Seen as "Initech · Connect …", heard as "Initech: Connect …".
  const heading = onToday.getByRole('heading', { level: 3 })
  await expect(heading).toHaveText(`Initech · : ${TITLE}`)
  await expect(heading).toHaveAccessibleName(new RegExp(`^Initech ?: ${TITLE}$`))

  // Main notifies with those words when it comes due.
  ports.setNow(Date.parse('2026-03-04T09:00:00Z'))
  await expect.poll(() => shown(ports).map((n) => n.title)).toContain(TITLE)

  // The calendar event has the label and the user's own note.
  const savePath = join(ports.dataDir, 'same-action.ics')
  ports.dialog.saves.push(savePath)
  await page.getByRole('button', { name: 'Add to your calendar…' }).click()
  await expect(page.getByTestId('calendar-export-result')).toContainText('Saved.')
  const calendar = new ICAL.Component(ICAL.parse(await readFile(savePath, 'utf8')))
  const event = calendar
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
    .find((e) => e.summary.endsWith(TITLE))
  expect(event?.summary).toBe(`Initech · ${TITLE}`)
  expect(event?.description).toContain(MINE)
  expect(app.consoleErrors).toEqual([])
})
