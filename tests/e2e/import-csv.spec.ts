/**
 * A search brought in from elsewhere: Huntr's and Teal's CSV exports and a home-made sheet
 * (Windows-1252, semicolons, German money, an impossible date, a negative salary) imported
 * through the mapping step and the preview; a duplicate merged; one import undone; bad files
 * refused with a message and nothing written.
 */
import { copyFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/app'
import { bothThemes } from './support/axe'
import { repoRoot } from './support/global-setup'
import { addInterview, fixClock, goTo, PANEL } from './support/journeys'

const FIXTURES = resolve(repoRoot, 'tests/fixtures/import')

/** Picks `name` (a copy in the test's Documents folder) with "Import applications from CSV…". */
async function pickCsv(page: Page, opens: (string | null)[], path: string): Promise<void> {
  opens.push(path)
  await page.getByTestId('import-csv').click()
}

const board = (page: Page) => page.getByTestId('card')

test('imports Huntr and Teal exports, shows them on the board, and undoes one import', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const ports = app.ports!
  const { page } = app
  await fixClock(page)
  const docs = ports.documentsDir
  for (const name of ['huntr.csv', 'teal.csv']) {
    await copyFile(join(FIXTURES, name), join(docs, name))
  }
  await goTo(page, 'Settings')

  // Huntr: every column it needs is recognised; ISO dates keep the user's British format.
  await pickCsv(page, ports.dialog.opens, join(docs, 'huntr.csv'))
  const mapping = page.getByTestId('csv-mapping')
  await expect(mapping).toContainText('5 rows, read as UTF-8 with cells separated by commas')
  await expect(page.getByTestId('csv-column-16')).toHaveValue('company')
  await expect(page.getByTestId('csv-column-14')).toHaveValue('stage')
  await expect(page.getByTestId('csv-locale')).toHaveValue('en-GB')
  await expect(page.getByTestId('csv-stage-Wishlist')).toHaveValue('archived')
  await expect(page.getByTestId('csv-first-rows')).toContainText('US$170,000 to US$190,000 a year')
  await app.screenshot('csv-mapping-huntr')
  await page.getByTestId('csv-continue').click()
  await expect(page.getByTestId('import-added')).toHaveText('New here: 5 applications.')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('data-status')).toContainText('Imported 5 applications.')

  // Teal: its US dates cannot be read day first, so the file is read month first on its own.
  await pickCsv(page, ports.dialog.opens, join(docs, 'teal.csv'))
  await expect(page.getByTestId('csv-locale')).toHaveValue('en-US')
  await expect(page.getByTestId('csv-stage-No Response')).toHaveValue('ghosted')
  await page.getByTestId('csv-continue').click()
  await expect(page.getByTestId('import-added')).toHaveText('New here: 5 applications.')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('data-status')).toContainText('Imported 5 applications.')

  await goTo(page, 'Board')
  await expect(board(page).filter({ hasText: 'Northwind Traders' })).toHaveCount(1)
  await expect(board(page).filter({ hasText: 'Adatum Corporation' })).toHaveCount(1)
  await expect(
    page.getByTestId('column-offer').getByTestId('card').filter({ hasText: 'Litware Inc.' }),
  ).toHaveCount(1)

  // Teal's import undone in one step: its applications go, Huntr's stay.
  await goTo(page, 'Settings')
  await page.getByTestId('undo-import').click()
  await expect(page.getByTestId('data-status')).toHaveText('The import was undone.')
  await goTo(page, 'Board')
  await expect(board(page).filter({ hasText: 'Adatum Corporation' })).toHaveCount(0)
  await expect(board(page).filter({ hasText: 'Northwind Traders' })).toHaveCount(1)
})

test('imports a home-made sheet read as German, lists unreadable rows and merges a duplicate', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const ports = app.ports!
  const { page } = app
  await fixClock(page)
  await addInterview(page, {
    company: 'Société Générale',
    role: 'Responsable des données',
    date: '24/2/2026',
    time: '14:00',
    people: [PANEL[0]!],
  })
  const docs = ports.documentsDir
  await copyFile(join(FIXTURES, 'homemade-1252.csv'), join(docs, 'homemade-1252.csv'))
  const mapping = page.getByTestId('csv-mapping')

  // Its status column is named by hand, and it is read as German with euros.
  await goTo(page, 'Settings')
  await pickCsv(page, ports.dialog.opens, join(docs, 'homemade-1252.csv'))
  await expect(mapping).toContainText(
    'read as Windows-1252 (Western European) with cells separated by semicolons',
  )
  await expect(page.getByTestId('csv-column-2')).toHaveValue('')
  await page.getByTestId('csv-column-2').selectOption('stage')
  await expect(page.getByTestId('csv-stage-Ghosted')).toHaveValue('ghosted')
  await page.getByTestId('csv-locale').selectOption('de-DE')
  await page.getByTestId('csv-currency').selectOption('EUR')
  const firstRows = page.getByTestId('csv-first-rows')
  await expect(firstRows).toContainText('1 February 2025')
  await expect(firstRows).toContainText('€85,000 a year')
  await expect(firstRows).toContainText('Cannot be read: Date applied or added: "31/02/2025"')
  await mapping.scrollIntoViewIfNeeded()
  await bothThemes(app, 'csv-mapping-homemade')
  await firstRows.scrollIntoViewIfNeeded()
  await app.screenshot('csv-first-rows-homemade')
  await page.getByTestId('csv-continue').click()

  const preview = page.getByTestId('import-preview')
  await expect(page.getByTestId('import-added')).toHaveText('New here: 2 applications.')
  await expect(page.getByTestId('import-duplicates')).toContainText(
    'Row 2: Société Générale — Responsable des données',
  )
  await expect(page.getByTestId('import-problems')).toContainText(
    'Row 4 — Date applied or added: "31/02/2025" is not a real date: February 2025 has 28 days.',
  )
  await expect(page.getByTestId('import-problems')).toContainText('Row 5 — Pay: "-3.000 €"')
  await expect(page.getByTestId('import-ambiguous')).toContainText('they were read day first')
  await page.getByTestId('import-merge').check()
  await preview.scrollIntoViewIfNeeded()
  await bothThemes(app, 'csv-preview-homemade')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('data-status')).toContainText(
    'Imported 2 applications, and filled in 1 application you already had.',
  )

  await goTo(page, 'Board')
  await expect(board(page).filter({ hasText: 'Müller & Söhne GmbH' })).toHaveCount(1)
  await expect(board(page).filter({ hasText: 'Café Crème SARL' })).toHaveCount(0)
  // The merge added nothing beside the one Société Générale the user typed.
  await expect(board(page).filter({ hasText: 'Société Générale' })).toHaveCount(1)
})

test('refuses bad files with a clear message and writes nothing', async ({ app }) => {
  const ports = app.ports!
  const { page } = app
  const docs = ports.documentsDir
  await goTo(page, 'Settings')
  const status = page.getByTestId('data-status')

  await copyFile(join(FIXTURES, 'malformed.csv'), join(docs, 'malformed.csv'))
  await pickCsv(page, ports.dialog.opens, join(docs, 'malformed.csv'))
  await expect(status).toHaveText(
    'malformed.csv looks damaged: a quotation mark opened on row 4 is never closed, so the rows after it cannot be told apart. Nothing was imported.',
  )
  await status.scrollIntoViewIfNeeded()
  await app.screenshot('csv-refused-malformed')

  await writeFile(join(docs, 'colons.csv'), 'Company:Role\nAcme:Analyst\nGlobex:Engineer\n')
  await pickCsv(page, ports.dialog.opens, join(docs, 'colons.csv'))
  await expect(status).toContainText('Only one column was found in colons.csv.')

  await writeFile(join(docs, 'sheet.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0]))
  await pickCsv(page, ports.dialog.opens, join(docs, 'sheet.xlsx'))
  await expect(status).toContainText('sheet.xlsx is not a text file')

  await writeFile(join(docs, 'empty.csv'), '')
  await pickCsv(page, ports.dialog.opens, join(docs, 'empty.csv'))
  await expect(status).toHaveText('empty.csv is empty. Nothing was imported.')

  await expect(page.getByTestId('csv-mapping')).toHaveCount(0)
  await goTo(page, 'Board')
  await expect(board(page)).toHaveCount(0)
})
