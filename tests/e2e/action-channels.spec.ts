import { test, expect } from './support/app'
import { NOW, fixClock, goTo } from './support/journeys'
import { bothThemes } from './support/axe'

test.skip(({ app }) => app.ports === null, 'reads the links main opened (Chromium transport)')

test('an action offers its person’s phone to copy and LinkedIn profile', async ({ app }) => {
  const { page } = app
  app.ports!.setNow(NOW.getTime())
  await fixClock(page, NOW)
  await goTo(page, 'New interview')
  await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Société Générale')
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Analyste principale')
  await page.locator('#f-rounds-0-date').fill('03/03/2026')
  await page.locator('#f-rounds-0-time').fill('09:00')
  const person = 'rounds-0-interviewers-0'
  await page.locator(`#f-${person}-name`).fill('Émilie Laurent-Duval')
  await page.locator(`#f-${person}-email`).fill('emilie.laurent@societe.example')
  await page.locator(`#f-${person}-phone`).fill('+33 1 42 68 53 00')
  await page.locator(`#f-${person}-linkedIn`).fill('linkedin.com/in/emilie-laurent-duval')
  await page.locator(`#f-${person}-discussed`).fill('the risk models of the Paris desk')
  await page.getByRole('button', { name: 'Save interview' }).first().click()
  await page.getByRole('heading', { level: 1, name: 'Société Générale' }).waitFor()

  const channels = page.getByTestId('action-channels').first()
  await expect(channels).toContainText('Phone +33 1 42 68 53 00')
  await channels
    .getByRole('button', { name: /^Open Émilie Laurent-Duval’s LinkedIn profile/ })
    .click()
  await expect
    .poll(() => app.ports!.opened)
    .toEqual(['https://linkedin.com/in/emilie-laurent-duval'])
  await channels.scrollIntoViewIfNeeded()
  await bothThemes(app, 'action-channels')
})
