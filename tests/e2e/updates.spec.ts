import { test, expect } from './support/app'
import { goTo } from './support/journeys'
import { bothThemes } from './support/axe'

// The fake update address lives in the test ports; real Electron runs unpackaged, with none.
test.skip(({ app }) => app.ports === null, 'drives the test ports’ fake update address')

test('updates are off until the user allows them; then a new version is offered and installed on a restart', async ({
  app,
}) => {
  // Four axe runs over the Settings page.
  test.setTimeout(120_000)
  const { page } = app
  const updater = app.ports!.updater
  updater.latest = '0.2.0'
  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Updates' })
  const allow = panel.getByRole('checkbox', { name: 'Check for updates' })
  await expect(allow).not.toBeChecked()
  // The setting says what a check sends before the user turns it on.
  await expect(panel).toContainText(
    'Each check sends which version you have (0.1.0) and your operating system',
  )
  await expect(panel).toContainText('Nothing about your job search is sent.')
  await expect(panel.getByRole('button', { name: 'Check now' })).toHaveCount(0)
  await panel.scrollIntoViewIfNeeded()
  await bothThemes(app, 'settings-updates-off')
  expect(updater.checks).toBe(0)

  await allow.check()
  await expect(panel.getByTestId('updates-status')).toHaveText(
    'Version 0.2.0 is ready. Restart Afterview to install it; your data stays as it is.',
  )
  await expect(panel.getByTestId('updates-last-check')).toContainText('Last checked')
  expect(updater).toMatchObject({ checks: 1, downloads: 1, installs: 0 })
  await bothThemes(app, 'settings-updates-ready')

  await panel.getByRole('button', { name: 'Restart to update' }).click()
  await expect.poll(() => updater.installs).toBe(1)

  expect(app.consoleErrors).toEqual([])
})

test('the choice is kept: after a restart Afterview checks at start without being asked', async ({
  app,
}) => {
  const updater = app.ports!.updater
  await goTo(app.page, 'Settings')
  await app.page
    .getByRole('region', { name: 'Updates' })
    .getByRole('checkbox', { name: 'Check for updates' })
    .check()
  await expect.poll(() => updater.checks).toBe(1)
  await app.restart()
  await goTo(app.page, 'Settings')
  const panel = app.page.getByRole('region', { name: 'Updates' })
  await expect(panel.getByRole('checkbox', { name: 'Check for updates' })).toBeChecked()
  await expect(panel.getByTestId('updates-status')).toHaveText(
    'You have the newest version, 0.1.0.',
  )
  expect(updater.checks).toBe(2)
})

test('a failed check is reported in plain words, and Check now tries again', async ({ app }) => {
  const { page } = app
  const updater = app.ports!.updater
  updater.checkError = new Error('net::ERR_INTERNET_DISCONNECTED')
  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Updates' })
  await panel.getByRole('checkbox', { name: 'Check for updates' }).check()
  await expect(panel.getByTestId('updates-status')).toHaveText(
    'Afterview could not reach its update address. It will try again tomorrow, or you can check now.',
  )
  await panel.scrollIntoViewIfNeeded()
  await app.screenshot('light-settings-updates-failed')
  updater.checkError = null
  await panel.getByRole('button', { name: 'Check now' }).click()
  await expect(panel.getByTestId('updates-status')).toHaveText(
    'You have the newest version, 0.1.0.',
  )
  expect(updater.checks).toBe(2)
})

test('a copy built without an update address says so and offers no checks', async ({ app }) => {
  const { page } = app
  app.ports!.updater.configured = false
  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Updates' })
  await expect(panel.getByTestId('updates-unconfigured')).toContainText(
    'This copy was built without an update address, so it never checks for updates.',
  )
  await expect(panel.getByRole('checkbox')).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Check now' })).toHaveCount(0)
  await panel.scrollIntoViewIfNeeded()
  await app.screenshot('light-settings-updates-unconfigured')
  expect(app.ports!.updater.checks).toBe(0)
})
