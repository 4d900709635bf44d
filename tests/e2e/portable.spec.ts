/**
 * The search out and back in: everything exported as JSON, the vault wiped as on a new computer,
 * the file imported after its preview, compared record by record; the import undone in one step;
 * a damaged file refused by name; the applications as CSV with formulas defused.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/app'
import { bothThemes } from './support/axe'
import { deleteDatabase } from './support/vault'
import { addInterview, fixClock, goTo, PANEL } from './support/journeys'

/** The `tables` of an export file, without when it was made. */
async function tablesOf(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')).tables
}

async function exportJson(
  page: Page,
  dialogAnswers: (string | null)[],
  path: string,
): Promise<void> {
  dialogAnswers.push(path)
  await page.getByTestId('export-json').click()
  await expect(page.getByTestId('data-status')).toContainText('saved as')
}

test('exports everything, imports it into a new vault with nothing lost, and undoes an import', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const ports = app.ports!
  let { page } = app
  await fixClock(page)
  await addInterview(page, {
    company: 'Société Générale Île-de-France',
    role: 'Responsable des données, équipe plateformes',
    date: '24/2/2026',
    time: '14:00',
    people: [
      {
        name: 'Zoë Ó Briain',
        title: 'Directrice',
        email: 'zoe@sg.example',
        discussed: 'Kubernetes migration',
      },
      ...PANEL,
    ],
    agency: 'Hays',
  })
  await addInterview(page, {
    company: '=HYPERLINK("http://evil.example")',
    role: 'Analyst',
    date: '2/3/2026',
    time: '09:30',
    people: [PANEL[0]!],
  })

  await goTo(page, 'Settings')
  const first = join(ports.documentsDir, 'search.json')
  await exportJson(page, ports.dialog.saves, first)
  await page.getByTestId('data-status').scrollIntoViewIfNeeded()
  await app.screenshot('data-exported')
  const exported = JSON.parse(await readFile(first, 'utf8'))
  expect(exported).toMatchObject({ format: 'afterview-export', version: 1 })
  expect(exported.tables.opportunities).toHaveLength(2)

  // The applications as CSV: a byte-order mark, one row each, the formula-looking name defused.
  ports.dialog.saves.push(join(ports.documentsDir, 'applications.csv'))
  await page.getByTestId('export-csv').click()
  await expect(page.getByTestId('data-status')).toContainText(
    '2 applications saved as applications.csv',
  )
  const csv = await readFile(join(ports.documentsDir, 'applications.csv'), 'utf8')
  expect(csv.startsWith('\uFEFFCompany,Role,Stage')).toBe(true)
  expect(csv).toContain('Société Générale Île-de-France')
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`)

  // A new computer: no database, no data folder.
  await deleteDatabase(page)
  await rm(join(ports.dataDir, 'attachments'), { recursive: true, force: true })
  await app.restart()
  // The app sets up a new vault after a restart on an empty database, as a new user would.
  page = app.page
  await goTo(page, 'Settings')

  // A file that is not an export is refused by name, and nothing is written.
  const wrong = join(ports.documentsDir, 'notes.json')
  await writeFile(wrong, '{"rows": [1, 2, 3]}')
  ports.dialog.opens.push(wrong)
  await page.getByTestId('import-json').click()
  await expect(page.getByTestId('data-status')).toHaveText(
    'notes.json is JSON, but not an Afterview export. Nothing was imported.',
  )

  ports.dialog.opens.push(first)
  await page.getByTestId('import-json').click()
  await expect(page.getByTestId('import-added')).toContainText('2 applications')
  await bothThemes(app, 'data-import-preview')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('data-status')).toContainText('Imported 2 applications')
  await goTo(page, 'Board')
  await expect(page.getByText('Société Générale Île-de-France')).toBeVisible()

  // Record by record: exporting the new vault gives back the same tables.
  await goTo(page, 'Settings')
  const second = join(ports.documentsDir, 'again.json')
  await exportJson(page, ports.dialog.saves, second)
  expect(await tablesOf(second)).toEqual(await tablesOf(first))

  // Importing the same file again finds everything here; replacing and undoing leaves it as it was.
  ports.dialog.opens.push(first)
  await page.getByTestId('import-json').click()
  await expect(page.getByTestId('import-existing')).toContainText('2 applications')
  await page.getByTestId('import-replace').check()
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('undo-import')).toBeVisible()
  await page.getByTestId('undo-import').click()
  await expect(page.getByTestId('data-status')).toHaveText('The import was undone.')
  const third = join(ports.documentsDir, 'after-undo.json')
  await exportJson(page, ports.dialog.saves, third)
  expect(await tablesOf(third)).toEqual(await tablesOf(first))
  await page.getByTestId('data-status').scrollIntoViewIfNeeded()
  await bothThemes(app, 'data-undone')
})
