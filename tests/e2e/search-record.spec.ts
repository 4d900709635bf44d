/**
 * The record of the job search from Settings → Your data: two interviews logged, a thank-you
 * marked done, the record saved as Word for the dates picked and read back.
 */
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { test, expect, usingElectron } from './support/app'
import { ACME_MORNING, addInterview, fixClock, goTo } from './support/journeys'
import { readDocx } from '../support/readDocx'

test.skip(usingElectron, 'scripts the save dialog through the test ports')

test('save the record of my job search for the dates picked', async ({ app }) => {
  test.setTimeout(90_000)
  const { page } = app
  const ports = app.ports!
  await fixClock(page)
  await addInterview(page, ACME_MORNING)
  await page
    .getByRole('button', { name: /^Mark done/ })
    .first()
    .click()
  await addInterview(page, {
    company: 'Müller & Söhne Präzisionstechnik GmbH',
    role: 'Embedded Software Engineer',
    date: '20/2/2026',
    time: '15:00',
    people: [
      { name: 'Jürgen Weiß', title: 'Engineering Manager', email: '', discussed: 'firmware' },
    ],
  })

  await goTo(page, 'Settings')
  const record = page.getByRole('group', { name: 'Record of my job search' })
  // A date that does not exist stops the save, however fast the click follows the typing: the
  // last real date is not used behind the user's back.
  const from = record.getByLabel('From', { exact: true })
  await from.fill('31/2/2026')
  await record.getByRole('button', { name: 'Save the record as Word…' }).click()
  await expect(from).toHaveAccessibleDescription(
    '"31/2/2026" is not a real date: February 2026 has 28 days.',
  )
  await expect(from).toBeFocused()
  await expect(record.getByRole('status')).toHaveCount(0)
  await record.scrollIntoViewIfNeeded()
  await app.screenshot('search-record-date-refused')

  await record.getByLabel('From', { exact: true }).fill('05/03/2026')
  await record.getByLabel('To', { exact: true }).fill('01/03/2026')
  await record.getByRole('button', { name: 'Save the record as Word…' }).click()
  await expect(record.getByRole('alert')).toHaveText(
    'The first date is after the last. Swap them, then save.',
  )
  // Neither the refused date nor the swapped ones asked where to save.
  expect(ports.dialog.asked.filter((asked) => asked.kind === 'save')).toEqual([])

  await record.getByLabel('From', { exact: true }).fill('01/02/2026')
  await record.getByLabel('To', { exact: true }).fill('31/03/2026')
  const path = join(ports.documentsDir, 'record.docx')
  ports.dialog.saves.push(path)
  await record.getByRole('button', { name: 'Save the record as Word…' }).click()
  await expect(record.getByRole('status')).toHaveText('Saved as record.docx.')
  await record.scrollIntoViewIfNeeded()
  await app.screenshot('search-record-settings')

  const doc = readDocx(new Uint8Array(await readFile(path)))
  expect(doc.paragraphs[0]).toBe('Record of my job search')
  const [, applications, interviews, followUps] = doc.tables
  expect(applications!.slice(1).map((row) => row[0])).toEqual([
    'Müller & Söhne Präzisionstechnik GmbH',
    'Acme Ltd',
  ])
  expect(interviews![1]).toEqual([
    'Fri 20 Feb 2026',
    'Müller & Söhne Präzisionstechnik GmbH',
    'In person',
    'Jürgen Weiß (Engineering Manager)',
  ])
  expect(interviews![2]![3]).toBe('Priya Shah (Head of Design), Tom Ellis (Engineering lead)')
  expect(followUps!.slice(1)).toHaveLength(1)
  expect(followUps![1]![0]).toBe('Tue 3 Mar 2026')
})
