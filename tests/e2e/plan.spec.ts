import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/app'
import { readDocx } from '../support/readDocx'

/** A date `days` from today, as the date input takes it. */
function fromToday(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

test('plan a start with a month of notice and a two-week break, settle the clash, export it', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Start plan' }).click()
  await expect(page.getByRole('heading', { name: 'No offer to plan from yet' })).toBeVisible()
  await app.screenshot('plan-empty')

  await page.getByLabel('Your name').fill('Alex Morgan')
  await page.getByLabel('Current employer').fill('Acme Freight')
  await page.getByLabel('Notice', { exact: true }).fill('1')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Saved to your profile.')).toBeVisible()

  // The offer: in writing, contract signed, accepted; they would like a start in two weeks.
  await page.getByRole('button', { name: 'Go to Offers' }).click()
  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Northwind Logistics')
  await page.getByLabel('Role').fill('Senior Data Analyst')
  await page.locator('#offer-payMin').fill('50,000')
  await page.getByLabel('I have the advert').uncheck()
  await page.getByLabel('Start date they proposed').fill(fromToday(14))
  await page.getByLabel('The offer is in writing').check()
  await page.getByLabel('I have signed and returned the contract').check()
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await page.getByLabel('Decision').selectOption('accepted')

  await page.getByRole('button', { name: 'Start plan' }).click()
  await page.getByLabel('Break between jobs, days').fill('14')
  await page.getByLabel('Who to write to there').fill('Priya Shah')
  const conflict = page.getByTestId('conflict')
  await expect(conflict).toBeVisible()
  await expect(page.getByTestId('plan-blockers')).toHaveCount(0)
  await expect(page.getByLabel('Message to send')).toHaveValue(/Dear Priya,/)
  await page
    .getByLabel('Message to send')
    .fill('Dear Priya,\n\nMy notice runs for a month. Could we agree a later start?\n\nAlex')
  await app.screenshot('plan-conflict')

  const agree = conflict.getByRole('button', { name: /They agreed to/ })
  const counter = (await agree.textContent())!.replace('They agreed to', '').trim()
  await agree.click()
  await expect(conflict).toHaveCount(0)
  await expect(page.getByTestId('timeline')).toContainText(counter)
  await app.screenshot('plan-timeline')

  const saved = join(app.ports!.documentsDir, 'Start plan - Northwind Logistics.docx')
  app.ports!.dialog.saves.push(saved)
  await page.getByRole('button', { name: 'Save the start plan…' }).click()
  await expect(page.getByText('Saved as Start plan - Northwind Logistics.docx.')).toBeVisible()
  const doc = readDocx(new Uint8Array(await readFile(saved)))
  const [, , start] = doc.tables[0]![0]!
  expect(start!.split('\n')[0]).toBe('Start')
  expect(doc.paragraphs.join('\n')).toContain('prepared by Alex Morgan')
  expect(doc.paragraphs).toContain('☑\tStart date agreed')
  expect(app.consoleErrors).toEqual([])
})
