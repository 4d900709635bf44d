import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/app'
import { readDocx } from '../support/readDocx'
import { noSeriousViolations } from './support/axe'
import { acmeOfferInWriting, fixClock, goTo } from './support/journeys'

/** A date `days` from today, as a British user types it: "17/3/2026". */
function fromToday(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`
}

test('plan a start with a month of notice and a two-week break, keep it over a restart, settle the clash, export it', async ({
  app,
}) => {
  let page = app.page
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
  let conflict = page.getByTestId('conflict')
  await expect(conflict).toBeVisible()
  await expect(page.getByTestId('plan-blockers')).toHaveCount(0)
  await expect(page.getByLabel('Message to send')).toHaveValue(/Dear Priya,/)
  const mine = 'Dear Priya,\n\nMy notice runs for a month. Could we agree a later start?\n\nAlex'
  await page.getByLabel('Message to send').fill(mine)
  await page.getByLabel('Start on a Monday').check()
  await expect(page.getByTestId('message-status')).toHaveText('Your wording is saved.')
  await expect(page.getByTestId('plan-save-status')).toHaveText(
    'Your choices are saved as you make them.',
  )
  const suggested = await conflict.locator('.counter strong').textContent()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await noSeriousViolations(page, `plan (${scheme})`)
    await app.screenshot(`plan-conflict-${scheme}`)
  }
  await page.emulateMedia({ colorScheme: 'light' })

  // The choices and the rewritten message are in the vault: a restart finds them.
  await app.restart()
  page = app.page
  conflict = page.getByTestId('conflict')
  await goTo(page, 'Start plan')
  await expect(page.getByLabel('Break between jobs, days')).toHaveValue('14')
  await expect(page.getByLabel('Who to write to there')).toHaveValue('Priya Shah')
  await expect(page.getByLabel('Start on a Monday')).toBeChecked()
  await expect(page.getByLabel('Message to send')).toHaveValue(mine)
  await expect(conflict.locator('.counter strong')).toHaveText(suggested!)
  await app.screenshot('plan-after-restart')

  // Back to the suggested wording, then the user's own page.
  await page.getByRole('button', { name: 'Back to the suggested message' }).click()
  await expect(page.getByLabel('Message to send')).toHaveValue(/^Dear Priya,\n\nThank you/)
  await expect(page.getByTestId('message-status')).toHaveCount(0)
  await page.getByLabel('Message to send').fill(mine)

  // A break that is not a number is explained, and the plan keeps the last one that was.
  await page.getByLabel('Break between jobs, days').fill('two weeks')
  await expect(page.getByRole('alert')).toHaveText(
    'The break is a whole number of days, from 0 to 366.',
  )
  await expect(conflict.locator('.counter strong')).toHaveText(suggested!)
  await page.getByLabel('Break between jobs, days').fill('14')
  await expect(page.getByRole('alert')).toHaveCount(0)

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
  expect(doc.paragraphs).toContain('■\tStart date agreed')
  expect(app.consoleErrors).toEqual([])
})

test('an offer’s contract deadline becomes an action on Today and on the opportunity', async ({
  app,
}) => {
  const { page } = app
  await fixClock(page)
  // The terms: in writing, the contract due back on Thursday, two business days away.
  await acmeOfferInWriting(page)
  await page.getByLabel('Return the contract by').fill('05/03/2026')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(page.getByRole('heading', { name: /at Acme Ltd/ })).toBeVisible()

  await goTo(page, 'Today')
  const reminder = page
    .getByRole('region', { name: /Due now/ })
    .getByTestId('action')
    .filter({ hasText: 'Return the signed contract to Acme Ltd' })
  await expect(reminder).toBeVisible()
  await expect(reminder).toContainText('Due by Thu 5 Mar')
  await app.screenshot('today-contract-reminder')

  await goTo(page, 'Board')
  await page
    .getByRole('button', { name: /^Acme Ltd/ })
    .first()
    .click()
  await expect(
    page.getByTestId('action').filter({ hasText: 'Return the signed contract to Acme Ltd' }),
  ).toBeVisible()

  // Signed and returned: the reminder goes.
  await goTo(page, 'Offers')
  await page.getByRole('button', { name: 'Edit the offer' }).click()
  await page.getByLabel('I have signed and returned the contract').check()
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await goTo(page, 'Today')
  await expect(page.getByText('Return the signed contract to Acme Ltd')).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
})
