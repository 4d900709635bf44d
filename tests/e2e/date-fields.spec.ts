/**
 * Date and time fields in the user's formats: typed as a British user types, refused plainly when
 * the date does not exist (the form waits, the typing stays), read both ways only when the
 * figures could be either, and each form looked at.
 */
import { test, expect } from './support/app'
import type { Page } from '@playwright/test'
import { ACME_THIS_MORNING, addInterview, fixClock, goTo } from './support/journeys'

/** This morning's interview logged, the first thank-you's snooze menu open on "a day you choose". */
async function snoozeUntilADay(page: Page) {
  await fixClock(page)
  await addInterview(page, ACME_THIS_MORNING)
  const item = page.getByTestId('action').filter({ hasText: 'Thank Priya Shah' })
  await item.getByRole('button', { name: /^Snooze…/ }).click()
  await page.getByRole('button', { name: 'Until a day you choose…' }).click()
  return { item, day: page.getByRole('textbox', { name: 'Day', exact: true }) }
}

test('a snooze day that does not exist is refused where it was typed; a real one is taken', async ({
  app,
}) => {
  const { page } = app
  const { day } = await snoozeUntilADay(page)
  await day.fill('31/3/2026')
  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('2pm')
  await page.getByRole('textbox', { name: 'Time', exact: true }).press('Tab')
  await expect(page.getByRole('textbox', { name: 'Time', exact: true })).toHaveValue('14:00')
  await day.fill('30/2/2026')
  await day.press('Enter')
  await expect(day).toHaveValue('30/2/2026')
  await expect(day).toHaveAccessibleDescription(
    '"30/2/2026" is not a real date: February 2026 has 28 days.',
  )
  await expect(page.getByText(/That is after its deadline/)).toHaveCount(0)
  await app.screenshot('date-field-snooze-refused')

  await day.fill('5 March 2026')
  await page.getByRole('button', { name: 'Snooze', exact: true }).click()
  // Taken: 5 March is past the thank-you's deadline, which the menu now asks about.
  await expect(page.getByText(/That is after its deadline/)).toBeVisible()
})

test('Snooze clicked straight after typing a day that does not exist refuses it; then a real day snoozes', async ({
  app,
}) => {
  const { page } = app
  const { item, day } = await snoozeUntilADay(page)
  const snooze = page.getByRole('button', { name: 'Snooze', exact: true })
  // No Tab, no wait: the click itself takes the focus out of the field, and the error it shows
  // must not move the button from under the pointer.
  await day.fill('30/2/2026')
  await snooze.click()
  await expect(day).toHaveAccessibleDescription(
    '"30/2/2026" is not a real date: February 2026 has 28 days.',
  )
  await expect(day).toBeFocused()
  await expect(day).toHaveValue('30/2/2026')
  await expect(item).not.toContainText('Snoozed')
  await app.screenshot('date-field-snooze-clicked-at-once')

  // Before the thank-you's deadline (23:59 today), so it snoozes without a question.
  await day.fill('3/3/2026')
  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('20:00')
  await snooze.click()
  await expect(item).toContainText('Snoozed until Tue 3 Mar')
})

test('the offer’s dates and the quiet hours read what is typed, in the user’s formats', async ({
  app,
}) => {
  const { page } = app
  await fixClock(page)
  await goTo(page, 'Offers')
  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Brøndby Søndergaard & Partners')
  await page.getByLabel('Role').fill('Senior analyst')
  const answerBy = page.getByLabel('They want an answer by')
  await answerBy.fill('2/4/2026')
  await expect(answerBy).toHaveAccessibleDescription(
    'Ask for more time before this date if you need it. Read as Thursday 2 April 2026.',
  )
  await answerBy.press('Tab')
  await expect(answerBy).toHaveValue('02/04/2026')
  await page.getByLabel('Return the contract by').fill('2026-04-09')
  await page.getByLabel('Return the contract by').press('Tab')
  await expect(page.getByLabel('Return the contract by')).toHaveValue('09/04/2026')
  await page.getByRole('heading', { name: 'Dates and conditions' }).scrollIntoViewIfNeeded()
  await app.screenshot('date-field-offer-dates')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(page.getByText('Brøndby Søndergaard & Partners').first()).toBeVisible()

  await goTo(page, 'Settings')
  const start = page.getByLabel('Quiet hours start')
  await expect(start).toHaveValue('21:00')
  await start.fill('22.30')
  await start.press('Tab')
  await expect(start).toHaveValue('22:30')
  await expect(page.getByText('Saved.')).toBeVisible()
  await start.scrollIntoViewIfNeeded()
  await app.screenshot('date-field-quiet-hours')
})
