/**
 * Two offers built differently (a higher base alone; a lower base with pension, equity and a
 * learning budget), compared on their totals, the notes saved and read back, and the offer's
 * header at 200% zoom. Figures worked by hand in the comments.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/app'
import { bothThemes } from './support/axe'
import { readDocx } from '../support/readDocx'
import { acmeOfferInWriting, fixClock, goTo } from './support/journeys'

test('two offers of different structure are totalled, compared and noted', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Offers' }).click()

  // Offer one: the higher base, nothing else, no advert.
  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Nordlicht Analytik GmbH')
  await page.getByLabel('Role').fill('Leitende Datenanalystin')
  // The currency is shown and typed by its name; a code reads too (offer two).
  await expect(page.locator('#offer-currency')).toHaveValue('British Pound')
  await page.locator('#offer-currency').fill('Euro')
  await page.locator('#offer-payMin').fill('68,000')
  await page.locator('#offer-hours').fill('40')
  await page.locator('#offer-holiday').fill('28')
  await page.getByLabel('I have the advert').uncheck()
  await page.getByRole('button', { name: 'Save the offer' }).click()
  const totals = page.getByTestId('offer-totals')
  // 40 hours x (52 - 28/5 = 46.4 weeks) = 1,856 hours; €68,000 / 1,856 = €36.64
  await expect(totals).toContainText('€68,000')
  await expect(totals).toContainText('€272,000')
  await expect(totals).toContainText('€36.64')

  // Offer two: a lower base with an 8% pension, €40,000 of equity and a learning budget,
  // against an advert that gave a 6% pension.
  await page.getByRole('button', { name: 'Add an offer' }).click()
  await page.getByLabel('Company').fill('Café Lumière Économie SAS')
  await page.getByLabel('Role').fill('Responsable des données')
  await page.locator('#offer-currency').fill('EUR')
  await page.locator('#offer-payMin').fill('62,000')
  await page.locator('#offer-hours').fill('37.5')
  await page.locator('#offer-holiday').fill('30')
  await page.locator('#offer-pension').fill('120')
  await page.locator('#offer-pensionYouPay').fill('4')
  await page.locator('#offer-equityGrant').fill('40,000')
  await page.locator('#offer-vesting').selectOption('custom')
  await page.locator('#offer-vestingMonths').fill('36')
  await page.locator('#offer-cliffMonths').fill('48')
  await page.locator('#offer-learningAllowance').fill('1,500')
  await page.locator('#offer-commuteCost').fill('90')
  await page.locator('#offer-commuteMinutes').fill('40')
  await page.locator('#advert-currency').fill('EUR')
  await page.locator('#advert-payMin').fill('58,000')
  await page.locator('#advert-payMax').fill('66,000')
  await page.locator('#advert-hours').fill('37.5')
  await page.locator('#advert-benefits').fill('Pension 6%')
  await page.locator('#advert-comp summary').click()
  await page.locator('#advert-pension').fill('6')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(page.getByText('Employer pension: a percentage from 0 to 100.')).toBeVisible()
  await expect(
    page.getByText('Cliff: 48 months is longer than the 36 months the grant vests over.'),
  ).toBeVisible()
  await app.screenshot('offer-form-total-pay-errors')

  await page.locator('#offer-pension').fill('8')
  await page.locator('#offer-vesting').selectOption('four-years-cliff-monthly')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  const verdict = page.getByTestId('verdict')
  await expect(verdict).toContainText('The offer is better than the advert.')
  await expect(verdict).toContainText('The employer pension is 8% of pay against 6% in the advert.')
  await expect(verdict).not.toContainText('the offer does not')
  await expect(verdict).toContainText('The offer adds an equity grant of €40,000 in all')
  // €62,000 + 8% pension €4,960 + learning €1,500 = €68,460 a year, and a quarter of the
  // €40,000 grant at the one-year cliff: €78,460. Four years: 4 x €68,460 + €40,000 = €313,840.
  // Guaranteed cash: €62,000 + €1,500. Hours: 37.5 x (52 - 30/5 = 46) = 1,725; €78,460 / 1,725.
  await expect(totals).toContainText('€63,500')
  await expect(totals).toContainText('€78,460')
  await expect(totals).toContainText('€313,840')
  await expect(totals).toContainText('€45.48')
  await bothThemes(app, 'offer-total-pay')

  await page.getByRole('button', { name: 'Compare all offers' }).click()
  const table = page.getByTestId('compare-table')
  const row = (key: string) => table.locator(`tr[data-row="${key}"] td`)
  await expect(row('base')).toHaveText(['€68,000', '€62,000'])
  await expect(row('pension')).toHaveText(['None stated', '€4,960'])
  await expect(row('firstYear')).toHaveText(['€68,000', '€78,460'])
  await expect(row('fourYears')).toHaveText(['€272,000', '€313,840'])
  await expect(row('perHour')).toHaveText(['€36.64', '€45.48'])
  // With 40 minutes a day there and back: 1,725 + 153.3 hours.
  await expect(row('perHourWithCommute')).toHaveText(['None stated', '€41.77'])
  await expect(table.locator('thead')).toContainText('Highest first year')
  await expect(page.getByTestId('compare-notes')).toContainText(
    "The employer's 8% pension counts only if you pay in 4% yourself.",
  )
  await bothThemes(app, 'offers-compare-totals')

  await page
    .getByRole('button', { name: /Café Lumière/ })
    .first()
    .click()
  const saved = join(app.ports!.documentsDir, 'Negotiation notes - Café Lumière.docx')
  app.ports!.dialog.saves.push(saved)
  await page.getByRole('button', { name: 'Save the negotiation notes…' }).click()
  await expect(page.getByText(/^Saved as /)).toBeVisible()
  const doc = readDocx(new Uint8Array(await readFile(saved)))
  const comparison = doc.tables.find((t) => t[0]?.[0] === 'Term')!
  const total = comparison.find((r) => r[0] === 'Total pay')!
  expect(total[2]).toBe(
    'First year €78,460; four years €313,840; guaranteed cash €63,500 a year; €45.48 an hour worked',
  )
  expect(comparison.find((r) => r[0] === 'Bonus, pension, equity')?.[1]).toBe('Employer pension 6%')

  // Their current employer counters with €60,000 and a 5% pension: €63,000 a year to stay.
  const counter = page.getByTestId('counter-offer')
  await counter.getByLabel('Their pension, %').fill('105')
  await counter.getByRole('button', { name: 'Save the counter-offer' }).click()
  await expect(counter).toContainText('Their counter-offer: ')
  await expect(counter).toContainText('Their pension: a percentage from 0 to 100.')
  await counter.getByLabel('They offer, a year').fill('60,000')
  await counter.getByLabel('Their pension, %').fill('5')
  await counter.getByRole('button', { name: 'Save the counter-offer' }).click()
  await expect(page.getByTestId('counter-weighing')).toHaveText(
    /^The new offer is worth €78,460 in its first year, €15,460 more than the €63,000 your employer offers to keep you\./,
  )
  await expect(counter.getByLabel('Letter turning down the counter-offer')).toHaveValue(
    /I have decided to go ahead with the move/,
  )
  await expect(counter.getByLabel('Letter turning down this offer')).toHaveValue(
    /I have decided to stay with my current employer/,
  )
  await counter.scrollIntoViewIfNeeded()
  await bothThemes(app, 'offer-counter-offer')

  // At 200% zoom (a 640-pixel-wide window) the header's actions wrap instead of running off.
  await page.setViewportSize({ width: 640, height: 800 })
  const remove = page.getByRole('button', { name: 'Delete', exact: true })
  await expect(remove).toBeVisible()
  const box = await remove.boundingBox()
  expect(box!.x + box!.width).toBeLessThanOrEqual(640)
  await page.getByRole('heading', { name: /at Café Lumière/ }).scrollIntoViewIfNeeded()
  await app.screenshot('offer-header-narrow')
  expect(app.consoleErrors).toEqual([])
})

test('the date they want an answer by counts down on the offer and on Today', async ({ app }) => {
  const { page } = app
  await fixClock(page)
  await acmeOfferInWriting(page)
  await page.getByLabel('They want an answer by').fill('02/03/2026')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(page.getByText('Answer by: this is before the offer arrived.')).toBeVisible()
  // Friday 13 March: the request for more time is due by Tuesday 10 March.
  await page.getByLabel('They want an answer by').fill('13/03/2026')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(page.getByTestId('answer-by')).toHaveText(
    /They want your answer by Friday 13 March( 2026)?: in 10 days/,
  )

  await goTo(page, 'Today')
  const ask = page.getByTestId('action').filter({ hasText: 'Ask Acme Ltd for more time to decide' })
  await expect(ask).toBeVisible()
  await expect(ask).toContainText('Tue 10 Mar')
  await app.screenshot('today-more-time')
  expect(app.consoleErrors).toEqual([])
})
