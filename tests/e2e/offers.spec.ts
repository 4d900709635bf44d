import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/app'
import { readDocx } from '../support/readDocx'

test('enter an advert and an offer below its band, write the notes and export them', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Offers' }).click()
  await expect(page.getByRole('heading', { name: 'Your offers' })).toBeVisible()
  await app.screenshot('offers-empty')

  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Northwind Logistics')
  await page.getByLabel('Role').fill('Senior Data Analyst')
  await page.locator('#offer-payMin').fill('-42000')
  await page.locator('#advert-payMin').fill('55,000')
  await page.locator('#advert-payMax').fill('45,000')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(
    page.getByText('Base pay: "-42000" reads as -£42,000, and it cannot be below zero.'),
  ).toBeVisible()
  await expect(page.getByText('The top of the band is below the bottom. Swap them?')).toBeVisible()
  await app.screenshot('offer-form-errors')

  await page.locator('#offer-payMin').fill('42,000')
  await page.locator('#offer-holiday').fill('25')
  await page.locator('#offer-location').fill('Leeds')
  await page.locator('#advert-payMin').fill('45,000')
  await page.locator('#advert-payMax').fill('55,000')
  await page.locator('#advert-holiday').fill('28')
  await page.locator('#advert-location').fill('Leeds')
  await page.getByRole('button', { name: 'Save the offer' }).click()

  const terms = page.getByTestId('terms-table')
  await expect(terms).toContainText('£45,000 to £55,000 a year')
  await expect(terms).toContainText('£42,000 a year')
  await expect(page.getByTestId('verdict')).toContainText('The offer falls short of the advert')
  await expect(page.getByTestId('verdict')).toContainText('£3,000')
  await expect(page.getByTestId('blockers')).toContainText('in writing')
  await page.getByRole('heading', { name: /at Northwind Logistics/ }).scrollIntoViewIfNeeded()
  await app.screenshot('offer-check')
  // The talking points start from the findings, with the figures.
  await expect(page.getByLabel('Talking points')).toHaveValue(/£42,000/)

  await page.getByLabel(/What I will ask for/).fill('50,000')
  await page.getByLabel(/My walk-away figure/).fill('45,000')
  await page.getByLabel('Why I am worth it').fill('Six years of forecasting in logistics.')
  await page.getByLabel('What to say').fill('The salary is below the band in the advert.')
  await page.getByRole('button', { name: 'Save the notes' }).click()
  await expect(page.getByText('Notes saved.')).toBeVisible()
  await app.screenshot('offer-detail')

  const saved = join(app.ports!.documentsDir, 'Negotiation notes - Northwind Logistics.docx')
  app.ports!.dialog.saves.push(saved)
  await page.getByRole('button', { name: 'Save the negotiation notes…' }).click()
  await expect(
    page.getByText(/^Saved as Negotiation notes - Northwind Logistics\.docx\.$/),
  ).toBeVisible()
  const doc = readDocx(new Uint8Array(await readFile(saved)))
  expect(doc.paragraphs).toContain('Ask for: £50,000 a year')
  expect(doc.paragraphs).toContain('Six years of forecasting in logistics.')
  expect(doc.paragraphs.some((p) => p.startsWith('The offer falls short of the advert'))).toBe(true)
  const comparison = doc.tables.find((t) => t[0]?.[0] === 'Term')
  expect(comparison?.[0]).toEqual(['Term', 'Advert', 'Offer', 'Gap'])
  expect(comparison?.[1]?.[3]).toBe('−£3,000 a year')

  // A second offer, paid by the hour, compared with the first on a yearly footing.
  await page.getByRole('button', { name: 'Add an offer' }).click()
  await page.getByLabel('Company').fill('Harbour Freight')
  await page.getByLabel('Role').fill('Data Analyst')
  await page.locator('#offer-payMin').fill('25')
  await page.locator('#offer-period').selectOption('hour')
  await page.locator('#offer-hours').fill('40')
  await page.getByLabel('I have the advert').uncheck()
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await page.getByRole('button', { name: 'Compare all offers' }).click()
  const table = page.getByTestId('compare-table')
  await expect(table).toContainText('£52,000')
  await expect(table).toContainText('£42,000')
  await app.screenshot('offers-compare')
  expect(app.consoleErrors).toEqual([])
})
