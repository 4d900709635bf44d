import { test, expect } from './support/app'
import { bothThemes } from './support/axe'

test('the user pairs two benefits the check kept apart, unpairs two it matched, and both hold after a restart', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Offers' }).click()
  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Ó Briain & Müller Teoranta')
  await page.getByLabel('Role').fill('Principal Data Platform Engineer, Payments and Risk')
  for (const side of ['offer', 'advert']) {
    await page.locator(`#${side}-currency`).fill('EUR')
    await page.locator(`#${side}-holiday`).fill('28')
    await page.locator(`#${side}-location`).fill('Dublin')
  }
  await page.locator('#offer-payMin').fill('72,000')
  await page.locator('#advert-payMin').fill('65,000')
  await page.locator('#advert-payMax').fill('75,000')
  await page.locator('#advert-benefits').fill('Health insurance (VHI)\nCrèche vouchers\nPension')
  await page
    .locator('#offer-benefits')
    .fill('Health insurance (VHI) for you and your family\nChildcare support\nPension 5% matched')
  await page.getByRole('button', { name: 'Save the offer' }).click()

  const verdict = page.getByTestId('verdict')
  const terms = page.getByTestId('terms-table')
  const pairs = page.getByTestId('benefit-pairs')
  await expect(verdict).toContainText('falls short of the advert')
  await expect(terms).toContainText('The advert mentioned Crèche vouchers, but the offer does not.')
  await expect(pairs.getByRole('listitem')).toHaveText([
    /Health insurance \(VHI\)\s*≈\s*matched with\s*Health insurance \(VHI\) for you and your family/,
    /Pension\s*≈\s*matched with\s*Pension 5% matched/,
  ])
  await pairs.scrollIntoViewIfNeeded()
  await bothThemes(app, 'offer-benefit-pairs')

  // "Crèche vouchers" and "Childcare support" share no word: only the user can say they are one.
  await pairs.getByLabel('Missing from the offer').selectOption('Crèche vouchers')
  await pairs.getByLabel('Added in the offer').selectOption('Childcare support')
  await pairs.getByRole('button', { name: 'These are the same' }).click()
  await expect(verdict).toContainText('matches the advert')
  await expect(terms).not.toContainText('Crèche vouchers, but')
  await expect(pairs).toContainText('(paired by you)')
  await expect(pairs.getByRole('button', { name: 'These are the same' })).toHaveCount(0)

  // The matching took the pension for the same one; the user says the match is wrong.
  const notPension = pairs.getByRole('button', {
    name: 'Not the same: Pension and Pension 5% matched',
  })
  await notPension.focus()
  await page.keyboard.press('Enter')
  await expect(
    pairs.getByRole('heading', { name: 'Benefits matched with the advert' }),
  ).toBeFocused()
  await expect(verdict).toContainText('falls short of the advert')
  await expect(terms).toContainText('The advert mentioned Pension, but the offer does not.')
  await expect(terms).toContainText('The offer adds Pension 5% matched')
  await pairs.scrollIntoViewIfNeeded()
  await bothThemes(app, 'offer-benefit-pairs-chosen')

  await app.restart()
  await app.page.getByRole('button', { name: 'Offers' }).click()
  const again = app.page.getByTestId('benefit-pairs')
  await expect(app.page.getByTestId('verdict')).toContainText('falls short of the advert')
  await expect(again).toContainText('(paired by you)')
  await expect(again.getByRole('listitem')).toHaveCount(2)
  await expect(again.getByLabel('Missing from the offer')).toHaveValue('Pension')
  expect(app.consoleErrors).toEqual([])
})
