/**
 * Adverts in, from end to end: a pasted UK advert and a dropped German job page are read, their
 * terms accepted (one edited) and saved with the interview, and shown against the offer; a PDF
 * opened through the dialog is read by pdf.js; an empty file, a picture and a scanned PDF are
 * refused with their reason and nothing is kept. The adverts are tests/fixtures/adverts.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { FILE_ID_PATTERN } from '@shared/domain/attachment'
import { test, expect, usingElectron, type AfterviewApp } from './support/app'
import { repoRoot } from './support/global-setup'
import { fixClock, goTo, recordOffer } from './support/journeys'
import { businessCardPng, pagesPdf } from './support/samples'
import { snapshot } from '../support/mainPorts'
import type { TestPorts } from '../support/testPorts'

test.skip(usingElectron, 'drops files and scripts the open dialog through the test ports')

const fixture = (name: string) => readFile(resolve(repoRoot, 'tests/fixtures/adverts', name))

/** Drops a file with `bytes` on the advert's drop area, as the system's file manager would. */
async function drop(page: Page, name: string, bytes: Buffer, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, b64, type }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([data], name, { type }))
      return transfer
    },
    { name, b64: bytes.toString('base64'), type },
  )
  await page.getByTestId('advert-drop').dispatchEvent('drop', { dataTransfer })
}

/** The encrypted attachment files in the data folder. */
async function storedFiles(ports: TestPorts): Promise<string[]> {
  const files = await snapshot(join(ports.dataDir, 'attachments')).catch(() => new Map())
  return [...files.keys()].filter((name) => FILE_ID_PATTERN.test(name))
}

/** Starts a new interview with one round and one interviewer; the advert is left to the spec. */
async function startInterview(page: Page, company: string, role: string): Promise<void> {
  await goTo(page, 'New interview')
  if (company) await page.getByRole('textbox', { name: 'Company', exact: true }).fill(company)
  if (role) await page.getByRole('textbox', { name: 'Role', exact: true }).fill(role)
  await page.locator('#f-rounds-0-date').fill('02/03/2026')
  await page.locator('#f-rounds-0-time').fill('14:00')
  await page.locator('#f-rounds-0-interviewers-0-name').fill('Siobhán Ní Bhriain')
}

/** Scrolls `part` to the top of the window, then saves a screenshot named `name`. */
async function shot(app: AfterviewApp, part: Locator, name: string): Promise<void> {
  await part.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await app.screenshot(name)
}

const choose = (page: Page, term: string, choice: 'Accept' | 'Edit' | 'Ignore') =>
  page.getByRole('group', { name: term, exact: true }).getByLabel(choice, { exact: true }).check()

test('paste a UK advert, confirm each term, and see them against the offer', async ({ app }) => {
  test.setTimeout(90_000)
  const { page } = app
  await fixClock(page)
  await startInterview(page, 'Yorkshire Building Society Partners', 'Senior Data Analyst')
  await page.getByLabel('Advert text').fill((await fixture('leeds-analyst.txt')).toString('utf8'))
  await page.getByRole('button', { name: 'Suggest terms from the text' }).click()

  const found = page.getByRole('region', { name: 'Terms found in the advert text' })
  await expect(found.getByRole('listitem')).toHaveCount(7)
  const pay = found.getByRole('group', { name: 'Pay', exact: true })
  await expect(pay).toContainText('£45,000 to £52,000 a year')
  await expect(pay).toContainText('“Salary: £45,000 - £52,000 per annum, plus a 10% bonus”')
  await expect(found.getByRole('group', { name: 'Applications close' })).toContainText(
    'Wednesday 31 March 2027',
  )
  await shot(app, found, 'advert-proposals-pasted')

  // Nothing goes into the form until every term has a choice.
  await choose(page, 'Pay', 'Accept')
  await found.getByRole('button', { name: 'Put these terms in the form' }).click()
  await expect(found.getByRole('alert')).toContainText('Still to choose: Hours a week,')
  await expect(page.locator('#f-payMin')).toHaveValue('')

  await choose(page, 'Location', 'Edit')
  await found.getByLabel('Location', { exact: true }).fill('Leeds, Wellington Place')
  await choose(page, 'Benefits', 'Ignore')
  await shot(
    app,
    found.getByRole('group', { name: 'Location', exact: true }),
    'advert-proposals-edit',
  )
  await found.getByRole('button', { name: 'Accept the rest' }).click()
  await found.getByRole('button', { name: 'Put these terms in the form' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Put 6 terms in the form' }),
  ).toBeVisible()
  await expect(found).toHaveCount(0)

  await expect(page.locator('#f-payMin')).toHaveValue('45000')
  await expect(page.locator('#f-payMax')).toHaveValue('52000')
  await expect(page.locator('#f-currency')).toHaveValue('British Pound')
  await expect(page.locator('#f-period')).toHaveValue('year')
  await expect(page.locator('#f-hours')).toHaveValue('37.5')
  await expect(page.locator('#f-holiday')).toHaveValue('25')
  await expect(page.locator('#f-location')).toHaveValue('Leeds, Wellington Place')
  await expect(page.locator('#f-arrangement')).toHaveValue('hybrid')
  await expect(page.locator('#f-advertClosesOn')).toHaveValue('31/03/2027')
  await expect(page.locator('#f-benefits')).toHaveValue('')

  await page.getByRole('button', { name: 'Save interview' }).first().click()
  await page
    .getByRole('heading', { level: 1, name: 'Yorkshire Building Society Partners' })
    .waitFor()
  await expect(page.getByText('£45,000 to £52,000 a year')).toBeVisible()
  await expect(page.getByText('31 March 2027')).toBeVisible()

  await recordOffer(page, 'Yorkshire Building Society Partners', '3/3/2026')
  await page.locator('#offer-payMin').fill('47,500')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  const terms = page.getByTestId('terms-table')
  await expect(terms).toContainText('£45,000 to £52,000 a year')
  await expect(terms).toContainText('37.5 hours a week')
  await expect(terms).toContainText('25 days a year')
  await expect(terms).toContainText('Leeds, Wellington Place, Hybrid')
  await shot(app, terms, 'advert-terms-against-offer')
})

test('drop a saved German job page: its JobPosting data first, nothing fetched', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const { page } = app
  const ports = app.ports!
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await fixClock(page)
  await startInterview(page, '', '')
  await drop(page, 'munich-engineer.html', await fixture('munich-engineer.html'), 'text/html')

  const found = page.getByRole('region', { name: 'Terms found in munich-engineer.html' })
  await expect(found.getByRole('group', { name: 'Company' })).toContainText(
    'Müller & Söhne Präzisionstechnik GmbH',
  )
  const pay = found.getByRole('group', { name: 'Pay', exact: true })
  await expect(pay).toContainText('€68,000 to €79,500.50 a year')
  await expect(pay).toContainText('The page’s job details (baseSalary)')
  await expect(found.getByRole('group', { name: 'Holiday days a year' })).toContainText('30')
  await expect(found.getByRole('group', { name: 'Holiday days a year' })).toContainText(
    '“• 30 Tage Urlaub”',
  )
  await expect(found.getByRole('group', { name: 'Where the work is done' })).toContainText('Hybrid')
  await shot(app, found, 'advert-proposals-page')
  await found.getByRole('button', { name: 'Accept the rest' }).click()
  await found.getByRole('button', { name: 'Put these terms in the form' }).click()

  await expect(page.getByRole('textbox', { name: 'Company', exact: true })).toHaveValue(
    'Müller & Söhne Präzisionstechnik GmbH',
  )
  await expect(page.locator('#f-currency')).toHaveValue('Euro')
  await expect(page.locator('#f-payMax')).toHaveValue('79500.50')
  await expect(page.getByLabel('Advert text')).toHaveValue(/Firmware für unsere Messsysteme/)
  await page.getByRole('button', { name: 'Save interview' }).first().click()
  await page
    .getByRole('heading', { level: 1, name: 'Müller & Söhne Präzisionstechnik GmbH' })
    .waitFor()
  await expect(page.getByText('€68,000 to €79,500.50 a year')).toBeVisible()
  const files = page.getByRole('region', { name: 'Attachments' })
  await expect(files.getByRole('listitem')).toContainText('munich-engineer.html')
  await expect(files.getByRole('listitem')).toContainText('Web page')
  expect(await storedFiles(ports)).toHaveLength(1)
  // The page's stylesheet, scripts, tracker and logo were never asked for.
  expect(requests.filter((url) => url.includes('example.invalid'))).toEqual([])
})

test('open a PDF advert, and refuse an empty file, a picture and a scanned PDF', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const { page } = app
  const ports = app.ports!
  await fixClock(page)
  await startInterview(page, 'Chloé Beaumont Associates', 'Part-time Payroll Officer')

  const problem = page
    .getByRole('region', { name: 'Read the terms from the advert' })
    .getByRole('alert')
  await drop(page, 'advert.html', Buffer.alloc(0), 'text/html')
  await expect(problem).toHaveText(/^This file is empty, so there is no advert in it to read\./)
  await drop(page, 'advert.png', businessCardPng(), 'image/png')
  await expect(problem).toHaveText(/^Afterview reads adverts from saved web pages \(\.html\), PDFs/)
  await drop(page, 'scan.pdf', pagesPdf([[]]), 'application/pdf')
  await expect(problem).toHaveText(/^This PDF holds pictures of its pages but no text/)
  await shot(app, page.getByLabel('Advert text'), 'advert-refused-scan')
  expect(await storedFiles(ports)).toEqual([])

  const path = join(ports.documentsDir, 'york-payroll.pdf')
  await writeFile(path, await fixture('york-payroll.pdf'))
  ports.dialog.opens.push(path)
  await page.getByRole('button', { name: 'Open a saved page or PDF…' }).click()
  const found = page.getByRole('region', { name: 'Terms found in york-payroll.pdf' })
  await expect(found.getByRole('group', { name: 'Pay', exact: true })).toContainText(
    '£16.80 an hour',
  )
  await expect(found.getByRole('group', { name: 'Hours a week' })).toContainText('22.5')
  await expect(found.getByRole('group', { name: 'Where the work is done' })).toContainText(
    'On site',
  )
  await expect(problem).toHaveCount(0)
  await shot(app, found, 'advert-proposals-pdf')
  await found.getByRole('button', { name: 'Discard the suggestions' }).click()
  await expect(page.getByLabel('Advert text')).toHaveValue(/Employee assistance programme/)

  // Leaving the form unsaved lets the opened file go.
  expect(await storedFiles(ports)).toHaveLength(1)
  await page.getByRole('button', { name: 'Cancel' }).first().click()
  await expect.poll(() => storedFiles(ports)).toEqual([])
})
