/**
 * Attachments from end to end: files kept with an interview and the offer letter kept with an
 * offer, through main's real handlers. The open and save dialogs are scripted, so the files are
 * real ones in temp folders, and the data folder is checked for what it holds on disk.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { FILE_ID_PATTERN } from '@shared/domain/attachment'
import { test, expect, usingElectron } from './support/app'
import { bothThemes, noSeriousViolations } from './support/axe'
import { ACME_MORNING, addInterview, fixClock, goTo } from './support/journeys'
import { businessCardPng, damagedPdf, letterPdf, pagesPdf } from './support/samples'
import { snapshot } from '../support/mainPorts'
import type { TestPorts } from '../support/testPorts'

test.skip(usingElectron, 'scripts the open and save dialogs through the test ports')

/** Writes `bytes` where the user would pick them, and scripts the next open dialog to answer. */
async function pick(ports: TestPorts, name: string, bytes: Buffer): Promise<Buffer> {
  const path = join(ports.documentsDir, name)
  await writeFile(path, bytes)
  ports.dialog.opens.push(path)
  return bytes
}

/**
 * The encrypted attachment files in the data folder, by file id. Main deletes a discarded file
 * without the page waiting for it, so one listed here may be gone by the time it is read: the
 * snapshot leaves such a file out rather than failing the poll that waits for it to go.
 */
async function storedFiles(ports: TestPorts): Promise<Map<string, Buffer>> {
  const files = await snapshot(join(ports.dataDir, 'attachments'))
  return new Map([...files].filter(([name]) => FILE_ID_PATTERN.test(name)))
}

/**
 * For each page canvas in `scope`: how many of its pixels are dark ink (0 for a blank or empty
 * canvas). Read back from the canvas itself, so it counts what pdf.js really drew.
 */
async function inkPerPage(scope: Locator): Promise<number[]> {
  return scope.locator('canvas').evaluateAll((canvases: HTMLCanvasElement[]) =>
    canvases.map((canvas) => {
      if (!canvas.width || !canvas.height) return 0
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let ink = 0
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) ink++
      return ink
    }),
  )
}

const ADVERT_TEXT = 'Product designer advert from Acme Ltd'

test('files kept with an interview: attach, preview, save a copy, remove with Undo, restart', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const ports = app.ports!
  const { page } = app
  await fixClock(page)
  await addInterview(page, ACME_MORNING)
  const panel = page.getByRole('region', { name: 'Attachments' })
  await expect(panel).toContainText('No files attached yet.')

  // A cancelled dialog changes nothing: once main has asked and the page has its answer (the
  // button, disabled while the dialog is open, is back), there is no message and no file.
  const attach = panel.getByRole('button', { name: 'Attach a file…' })
  await attach.click()
  await expect.poll(() => ports.dialog.asked.length).toBe(1)
  await expect(attach).toBeEnabled()
  await expect(panel.getByRole('alert')).toHaveCount(0)
  await expect(panel.getByRole('listitem')).toHaveCount(0)

  const card = await pick(ports, 'Priya Shah card.png', businessCardPng())
  await panel.getByRole('button', { name: 'Attach a file…' }).click()
  await expect(panel.getByRole('status')).toHaveText('Attached Priya Shah card.png.')
  const advert = await pick(
    ports,
    'Advert.pdf',
    letterPdf([ADVERT_TEXT, 'Salary 45,000 to 55,000']),
  )
  await panel.getByRole('button', { name: 'Attach a file…' }).click()
  await expect(panel.getByRole('status')).toHaveText('Attached Advert.pdf.')
  const rows = panel.getByRole('listitem')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('Priya Shah card.png')
  // The picture compresses to under a kilobyte: its size shows in bytes.
  expect(card.length).toBeLessThan(1000)
  await expect(rows.nth(0)).toContainText(`${card.length} bytes · PNG image`)
  await expect(rows.nth(1)).toContainText('Advert.pdf')
  await expect(rows.nth(1)).toContainText(/(bytes|KB) · PDF/)

  // On disk: two files, neither readable as the original.
  const stored = await storedFiles(ports)
  expect(stored.size).toBe(2)
  for (const bytes of stored.values()) {
    expect(bytes.includes('IHDR')).toBe(false)
    expect(bytes.includes('%PDF')).toBe(false)
    expect(bytes.includes(ADVERT_TEXT)).toBe(false)
    expect(bytes.includes(card.subarray(0, 64))).toBe(false)
  }

  // Preview the picture in the window.
  await panel.getByRole('button', { name: 'Preview Priya Shah card.png' }).click()
  const preview = page.getByRole('dialog', { name: 'Priya Shah card.png' })
  const image = preview.getByRole('img', { name: 'Priya Shah card.png' })
  await expect(image).toBeVisible()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(360)
  await bothThemes(app, 'attachment-preview')
  await preview.getByRole('button', { name: 'Close' }).click()
  await expect(preview).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Preview Priya Shah card.png' })).toBeFocused()

  // Save a decrypted copy: byte for byte the file that was attached.
  const copy = join(ports.documentsDir, 'Copy of the advert.pdf')
  ports.dialog.saves.push(copy)
  await panel.getByRole('button', { name: 'Save a copy of Advert.pdf' }).click()
  await expect(panel.getByRole('status')).toHaveText('Saved a copy of Advert.pdf.')
  expect(Buffer.compare(await readFile(copy), advert)).toBe(0)
  expect(ports.dialog.asked.at(-1)?.defaultPath).toMatch(/Advert\.pdf$/)
  await page.mouse.move(0, 0)
  await bothThemes(app, 'detail-attachments')

  // Remove the advert, then take it back: it returns, and its file was never deleted.
  await panel.getByRole('button', { name: 'Remove Advert.pdf' }).click()
  await expect(rows).toHaveCount(1)
  const toast = page.getByTestId('toast').filter({ hasText: 'Removed Advert.pdf from Acme Ltd.' })
  await expect(toast).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Attach a file…' })).toBeFocused()
  await app.screenshot('attachment-removed-toast')
  expect((await storedFiles(ports)).size).toBe(2)
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('Advert.pdf')

  // After a restart both files are still there, and still open.
  await app.restart()
  await fixClock(app.page)
  await goTo(app.page, 'Board')
  await app.page
    .getByRole('button', { name: /^Acme Ltd/ })
    .first()
    .click()
  const after = app.page.getByRole('region', { name: 'Attachments' })
  await expect(after.getByRole('listitem')).toHaveCount(2)
  await expect(after.getByRole('listitem').nth(0)).toContainText('Priya Shah card.png')
  await expect(after.getByRole('listitem').nth(1)).toContainText('Advert.pdf')
  await after.getByRole('button', { name: 'Preview Priya Shah card.png' }).click()
  await expect(app.page.getByRole('dialog').getByRole('img')).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(app.page.getByRole('dialog')).toHaveCount(0)

  // Removed for good: once the message is dismissed, the encrypted file goes too.
  const before = await storedFiles(ports)
  await after.getByRole('button', { name: 'Remove Advert.pdf' }).click()
  await app.page
    .getByTestId('toast')
    .getByRole('button', { name: 'Dismiss: Removed Advert.pdf from Acme Ltd.' })
    .click()
  await expect.poll(async () => (await storedFiles(ports)).size).toBe(before.size - 1)
  expect(app.consoleErrors).toEqual([])
})

test('the offer letter: attach it with the offer, preview, replace with Undo, find it after a restart', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const ports = app.ports!
  const { page } = app
  await goTo(page, 'Offers')
  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Northwind Logistics')
  await page.getByLabel('Role').fill('Senior Data Analyst')
  await page.locator('#offer-payMin').fill('52,000')

  const form = page.getByRole('region', { name: 'The offer letter' })
  const letter = await pick(
    ports,
    'Northwind offer letter.pdf',
    letterPdf(['Northwind Logistics', 'Offer of employment: Senior Data Analyst', 'Salary 52,000']),
  )
  await form.getByRole('button', { name: 'Attach the letter…' }).click()
  await expect(form.getByRole('listitem')).toContainText('Northwind offer letter.pdf')
  await expect(form.getByRole('button', { name: 'Replace the letter…' })).toBeVisible()
  await app.screenshot('offer-form-letter')
  await page.getByRole('button', { name: 'Save the offer' }).click()

  const card = page.getByRole('region', { name: 'The offer letter' })
  await expect(card.getByRole('listitem')).toContainText('Northwind offer letter.pdf')
  await expect(card.getByRole('listitem')).toContainText('· PDF')
  const stored = await storedFiles(ports)
  expect(stored.size).toBe(1)
  for (const bytes of stored.values()) {
    expect(bytes.includes('%PDF')).toBe(false)
    expect(bytes.includes('Offer of employment')).toBe(false)
  }

  await card.getByRole('button', { name: 'Preview Northwind offer letter.pdf' }).click()
  const preview = page.getByRole('dialog', { name: 'Northwind offer letter.pdf' })
  // pdf.js draws the letter on a canvas in the page: no frame, no browser plugin.
  const pages = preview.getByRole('region', { name: 'Northwind offer letter.pdf, 1 page' })
  const first = pages.getByRole('group', { name: 'Page 1 of 1' })
  await expect.poll(async () => (await inkPerPage(first))[0]).toBeGreaterThan(500)
  await expect(first).toContainText('Offer of employment: Senior Data Analyst')
  await expect(first).toContainText('Salary 52,000')
  await expect(preview.locator('iframe, embed, object')).toHaveCount(0)
  // Drawn for the screen it is on: as many canvas pixels per CSS pixel as the display has.
  const sharpness = await first
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width)
  expect(sharpness).toBeCloseTo(await page.evaluate(() => window.devicePixelRatio), 1)
  // The pages scroll from the keyboard: Tab reaches them after the buttons, with a visible ring.
  await preview.getByRole('button', { name: 'Close' }).focus()
  await page.keyboard.press('Tab')
  await expect(pages).toBeFocused()
  await bothThemes(app, 'offer-letter-preview')
  await preview.getByRole('button', { name: 'Close' }).click()

  const copy = join(ports.documentsDir, 'Letter copy.pdf')
  ports.dialog.saves.push(copy)
  await card.getByRole('button', { name: 'Save a copy of Northwind offer letter.pdf' }).click()
  await expect(card.getByRole('status')).toHaveText('Saved a copy of Northwind offer letter.pdf.')
  expect(Buffer.compare(await readFile(copy), letter)).toBe(0)
  await card.scrollIntoViewIfNeeded()
  await page.mouse.move(0, 0)
  await bothThemes(app, 'offer-letter')

  // Replace it, then take that back: the first letter returns and the second one's file goes.
  await pick(ports, 'Revised offer.pdf', letterPdf(['Northwind Logistics', 'Revised offer']))
  await card.getByRole('button', { name: 'Replace the letter…' }).click()
  await expect(card.getByRole('listitem')).toContainText('Revised offer.pdf')
  const toast = page
    .getByTestId('toast')
    .filter({ hasText: 'Replaced Northwind offer letter.pdf with Revised offer.pdf.' })
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(card.getByRole('listitem')).toContainText('Northwind offer letter.pdf')
  await expect.poll(async () => [...(await storedFiles(ports)).keys()]).toEqual([...stored.keys()])

  await app.restart()
  await goTo(app.page, 'Offers')
  await app.page.getByRole('button', { name: /Northwind Logistics/ }).click()
  const after = app.page.getByRole('region', { name: 'The offer letter' })
  await expect(after.getByRole('listitem')).toContainText('Northwind offer letter.pdf')
  const again = join(ports.documentsDir, 'Letter after restart.pdf')
  ports.dialog.saves.push(again)
  await after.getByRole('button', { name: 'Save a copy of Northwind offer letter.pdf' }).click()
  await expect(after.getByRole('status')).toHaveText(/^Saved a copy/)
  expect(Buffer.compare(await readFile(again), letter)).toBe(0)
  expect(app.consoleErrors).toEqual([])
})

test('PDF previews: a long letter is drawn as it scrolls, a locked or damaged one is explained', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const ports = app.ports!
  const { page } = app
  await fixClock(page)
  await addInterview(page, ACME_MORNING)
  const panel = page.getByRole('region', { name: 'Attachments' })
  const attach = async (name: string, bytes: Buffer) => {
    await pick(ports, name, bytes)
    await panel.getByRole('button', { name: 'Attach a file…' }).click()
    await expect(panel.getByRole('status')).toHaveText(`Attached ${name}.`)
  }
  const contract = Array.from({ length: 30 }, (_, i) => [
    `Contract of employment, clause ${i + 1}`,
    `Terms for section ${i + 1}`,
  ])
  await attach('Contract.pdf', pagesPdf(contract))
  await attach('Locked offer.pdf', pagesPdf([['Confidential offer']], { password: 'tulip' }))
  await attach('Damaged letter.pdf', damagedPdf())
  await attach('Not a letter.pdf', businessCardPng())

  // Thirty pages: the first ones are drawn, the last is not until it is scrolled to.
  await panel.getByRole('button', { name: 'Preview Contract.pdf' }).click()
  const preview = page.getByRole('dialog', { name: 'Contract.pdf' })
  const pages = preview.getByRole('region', { name: 'Contract.pdf, 30 pages' })
  const pageNo = (n: number) => pages.getByRole('group', { name: `Page ${n} of 30` })
  await expect(pages.getByRole('group')).toHaveCount(30)
  await expect.poll(async () => (await inkPerPage(pageNo(1)))[0]).toBeGreaterThan(500)
  await expect(pageNo(1)).toContainText('Contract of employment, clause 1')
  expect((await inkPerPage(pages)).filter((ink) => ink > 0).length).toBeLessThan(5)
  expect((await inkPerPage(pageNo(30)))[0]).toBe(0)
  await expect(pageNo(30)).not.toContainText('clause 30')
  // The keyboard scrolls the pages: End reaches the last one, which is then drawn and read.
  await pages.focus()
  await page.keyboard.press('End')
  await expect.poll(async () => (await inkPerPage(pageNo(30)))[0]).toBeGreaterThan(500)
  await expect(pageNo(30)).toContainText('Contract of employment, clause 30')
  // Pages far behind are blanked again, so a long file never holds every page drawn.
  await expect.poll(async () => (await inkPerPage(pageNo(1)))[0]).toBe(0)
  await noSeriousViolations(page, 'long PDF preview')
  await preview.getByRole('button', { name: 'Close' }).click()
  await expect(preview).toHaveCount(0)

  // A password, a damaged file and a picture named .pdf: each gets its reason and a way out.
  const cases = [
    ['Locked offer.pdf', /locked with a password/],
    ['Damaged letter.pdf', /cannot be read as one; it may be damaged/],
    ['Not a letter.pdf', /cannot be read as one; it may be damaged/],
  ] as const
  for (const [name, message] of cases) {
    await panel.getByRole('button', { name: `Preview ${name}` }).click()
    const dialog = page.getByRole('dialog', { name })
    await expect(dialog.getByRole('alert')).toHaveText(message)
    await expect(dialog.locator('canvas')).toHaveCount(0)
    await expect(dialog.getByRole('button', { name: 'Save a copy…' })).toBeVisible()
    if (name === 'Damaged letter.pdf') {
      await bothThemes(app, 'pdf-damaged')
      const copy = join(ports.documentsDir, 'Damaged copy.pdf')
      ports.dialog.saves.push(copy)
      await dialog.getByRole('button', { name: 'Save a copy…' }).click()
      await expect(dialog.getByRole('status')).toHaveText('Copy saved.')
      expect(Buffer.compare(await readFile(copy), damagedPdf())).toBe(0)
    }
    await dialog.getByRole('button', { name: 'Close' }).click()
  }
  expect(app.consoleErrors).toEqual([])
})
