/**
 * Formats follow the computer's regional settings (main's app/system-locale, here a test port
 * saying en-US) until Settings › Formats picks another; saving redraws every screen in it.
 */
import type { Page } from '@playwright/test'
import { test, expect, usingElectron } from './support/app'
import { addInterview, fixClock, goTo, PANEL } from './support/journeys'

async function chooseFormats(page: Page, name: string): Promise<void> {
  await goTo(page, 'Settings')
  await page.getByRole('combobox', { name: 'Formats' }).fill(name)
  await page.getByRole('button', { name: 'Save formats' }).click()
  await expect(page.getByText(`Formats changed: ${name}.`).first()).toBeVisible()
}

test.describe('a computer set to American formats', () => {
  test.skip(usingElectron, 'the real app reads the formats of the machine it runs on')
  test.use({ portOverrides: { systemLocales: ['en-US', 'en-GB'] } })

  test('writes American formats, then British ones once Formats says so', async ({ app }) => {
    // Two forms, two redraws and a restart of the app.
    test.setTimeout(120_000)
    const { page } = app
    await fixClock(page)
    await addInterview(page, {
      company: 'Société Générale Recrutement',
      role: 'Senior product designer',
      date: '2/24/2026',
      time: '14:30',
      people: PANEL,
    })
    const facts = page.getByRole('main')
    await expect(facts.getByText('February 24, 2026').first()).toBeVisible()
    // The form shows the date and time as they were typed, on the American clock.
    await page.getByRole('button', { name: 'Edit' }).click()
    await expect(page.locator('#f-rounds-0-date')).toHaveValue('2/24/2026')
    await expect(page.locator('#f-rounds-0-date')).toHaveAttribute('placeholder', '12/31/2026')
    await expect(page.locator('#f-rounds-0-time')).toHaveValue(/^2:30\sPM$/)
    await app.screenshot('locale-date-field-en-US')
    await goTo(page, 'Settings')
    const field = page.getByRole('combobox', { name: 'Formats' })
    await expect(field).toHaveValue('Follow my computer (English, United States)')
    await expect(page.getByTestId('formats-sample')).toHaveText(
      'Dates and money look like this: December 31, 2026, £85,000.50.',
    )
    await page.getByRole('heading', { name: 'Formats' }).scrollIntoViewIfNeeded()
    await app.screenshot('locale-settings-en-US')

    await chooseFormats(page, 'English, United Kingdom')
    await expect(page.getByRole('combobox', { name: 'Formats' })).toHaveValue(
      'English, United Kingdom',
    )
    await expect(page.getByTestId('formats-sample')).toHaveText(
      'Dates and money look like this: 31 December 2026, £85,000.50.',
    )
    // The panel is back in view after the redraw, the field still reachable by keyboard.
    await expect(page.getByRole('heading', { name: 'Formats' })).toBeInViewport()
    await expect(page.getByRole('combobox', { name: 'Formats' })).toBeFocused()
    await app.screenshot('locale-settings-en-GB')
    await goTo(page, 'Board')
    await page
      .getByRole('button', { name: /^Société Générale Recrutement/ })
      .first()
      .click()
    await expect(page.getByText('24 February 2026').first()).toBeVisible()
    await expect(page.getByText('February 24, 2026')).toHaveCount(0)
    await page.getByRole('button', { name: 'Edit' }).click()
    const day = page.locator('#f-rounds-0-date')
    await expect(day).toHaveValue('24/02/2026')
    await expect(page.locator('#f-rounds-0-time')).toHaveValue('14:30')
    // A British reading of what an American would type, said plainly and kept as typed.
    await day.fill('2/24/2026')
    await day.press('Tab')
    await expect(day).toHaveValue('2/24/2026')
    await expect(day).toHaveAccessibleDescription(
      '"2/24/2026" is not a real date: there is no month 24.',
    )
    await day.fill('24/2/2026')
    await day.press('Tab')
    await expect(day).toHaveValue('24/02/2026')
    await app.screenshot('locale-date-field-en-GB')

    // The choice is kept in the vault: after a restart the British formats still apply.
    await app.restart()
    await goTo(app.page, 'Settings')
    await expect(app.page.getByTestId('formats-sample')).toHaveText(/31 December 2026, £85,000\.50/)
  })

  test('writes German money, refuses a made-up place, and undoes back to the computer', async ({
    app,
  }) => {
    const { page } = app
    await goTo(page, 'Settings')
    await page.getByRole('combobox', { name: 'Formats' }).fill('Middle-earth')
    await page.getByRole('button', { name: 'Save formats' }).click()
    await expect(page.getByText(/Formats: pick a language and country/)).toBeVisible()

    await chooseFormats(page, 'German, Germany')
    await expect(page.getByTestId('formats-sample')).toHaveText(
      'Dates and money look like this: 31. Dezember 2026, 85.000,50 £.',
    )
    await expect(page.getByLabel('To', { exact: true })).toHaveValue(/^\d{1,2}\.\d{1,2}\.\d{4}$/)
    await expect(page.getByLabel('To', { exact: true })).toHaveAttribute(
      'placeholder',
      '31.12.2026',
    )
    await page.getByRole('button', { name: 'Undo' }).first().click()
    await expect(page.getByRole('combobox', { name: 'Formats' })).toHaveValue(
      'Follow my computer (English, United States)',
    )
    await expect(page.getByTestId('formats-sample')).toHaveText(/December 31, 2026, £85,000\.50/)
  })
})
