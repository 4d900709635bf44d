import type { Page } from '@playwright/test'
import { test, expect } from './support/app'
import { goTo } from './support/journeys'
import { bothThemes } from './support/axe'

test('region and time zone are chosen by name and kept as codes across a restart', async ({
  app,
}) => {
  const { page } = app
  await goTo(page, 'Settings')
  const region = page.getByRole('combobox', { name: 'Region for public holidays' })
  const zone = page.getByRole('combobox', { name: 'Time zone' })
  await expect(region).toHaveValue('England, United Kingdom')
  await expect(zone).toHaveValue('London (Europe)')

  await region.fill('Atlantis')
  await expect(page.locator('#f-region-hint')).toContainText('pick it from the list')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.locator('#f-region-error')).toHaveText(
    'Region for public holidays: pick a country or state from the list, like Scotland.',
  )
  await expect(page.getByText('Some values need fixing; nothing was changed.')).toBeVisible()

  await region.fill('Scotland')
  await expect(page.locator('#f-region-hint')).toHaveText(
    'GB-SCT: the public holidays of Scotland, United Kingdom are not counted as working days.',
  )
  await zone.fill('Edinburgh')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.locator('#f-timeZone-error')).toHaveText(
    'Time zone: pick a city from the list, like London.',
  )
  await zone.fill('Dublin')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved. Plans now follow them.')).toBeVisible()
  await page.locator('#rules-title').scrollIntoViewIfNeeded()
  await bothThemes(app, 'settings-region-by-name')

  await app.restart()
  await goTo(app.page, 'Settings')
  await expect(app.page.getByRole('combobox', { name: 'Region for public holidays' })).toHaveValue(
    'Scotland, United Kingdom',
  )
  await expect(app.page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Dublin (Europe)')
})

test('the advert currency is typed by name', async ({ app }) => {
  const { page } = app
  await goTo(page, 'New interview')
  const currency = page.getByRole('combobox', { name: 'Currency' })
  await expect(currency).toHaveValue('British Pound')
  await currency.fill('Euro')
  await currency.scrollIntoViewIfNeeded()
  await bothThemes(app, 'advert-currency-by-name')
})

test('the offer currency is typed by name and shown by name when the offer is edited', async ({
  app,
}) => {
  const { page } = app
  await goTo(page, 'Offers')
  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Nordlicht Analytik GmbH')
  await page.getByLabel('Role').fill('Leitende Datenanalystin')
  const currency = page.locator('#offer-currency')
  await expect(currency).toHaveValue('British Pound')
  await currency.fill('Euros')
  await page.locator('#offer-payMin').fill('68,000')
  await page.getByLabel('I have the advert').uncheck()
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(
    page.getByText('Currency: pick one from the list, like Euro or British Pound.'),
  ).toBeVisible()
  await currency.fill('Euro')
  await currency.scrollIntoViewIfNeeded()
  await bothThemes(app, 'offer-currency-by-name')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(page.getByTestId('offer-totals')).toContainText('€68,000')
})

/** The countries whose public holidays the page has loaded: one chunk each, named by its code. */
async function holidayChunks(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  )
  return urls
    .map((url) => /\/assets\/([A-Z]{2})-[\w-]+\.js$/.exec(url)?.[1])
    .filter((code): code is string => code !== undefined)
    .sort()
}

test('only the public holidays of the region in Settings load, and a new region’s on saving', async ({
  app,
}) => {
  const { page } = app
  await goTo(page, 'Settings')
  const region = page.getByRole('combobox', { name: 'Region for public holidays' })
  await expect(region).toHaveValue('England, United Kingdom')
  expect(await holidayChunks(page)).toEqual(['GB'])

  await region.fill('Bayern')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved. Plans now follow them.')).toBeVisible()
  expect(await holidayChunks(page)).toEqual(['DE', 'GB'])

  await app.restart()
  await goTo(app.page, 'Settings')
  await expect(app.page.getByRole('combobox', { name: 'Region for public holidays' })).toHaveValue(
    'Bayern, Germany',
  )
  expect(await holidayChunks(app.page)).toEqual(['DE'])
})
