/**
 * People, tags and the archive: the same interviewer met in two applications (typed without her
 * accents the second time) is recognised, found once in People and linked to both; an
 * application is tagged and the board filtered by the tag; a declined one is archived, brought
 * back, and its bringing back undone. Photographed for the People screen and a tagged card.
 */
import { test, expect } from './support/app'
import { addInterview, fixClock, goTo, LUMIERE_PANEL } from './support/journeys'

test('one person across two applications, tags on the board, and the archive', async ({ app }) => {
  test.setTimeout(120_000)
  const { page } = app
  const announcer = page.getByTestId('announcer')
  await fixClock(page)
  await addInterview(page, {
    company: 'Lumière Analytics',
    role: 'Data analyst',
    date: '2/3/2026',
    time: '14:00',
    people: LUMIERE_PANEL,
  })
  await page
    .getByRole('button', { name: 'Mark done: Thank Aurélie Dubois-Fernández by email' })
    .click()
  await expect(announcer).toContainText('Done: Thank Aurélie Dubois-Fernández by email.')

  // A second application with her again, typed plainly: the form asks before filling anything.
  await goTo(page, 'New interview')
  await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Lumière Analytics')
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Senior data analyst')
  await page.locator('#f-rounds-0-date').fill('03/03/2026')
  await page.locator('#f-rounds-0-time').fill('09:00')
  await page.locator('#f-rounds-0-interviewers-0-name').fill('aurelie dubois-fernandez')
  const offer = page.getByRole('group', { name: 'Same person as Aurélie Dubois-Fernández?' })
  await expect(offer).toContainText('Same person as Aurélie Dubois-Fernández at Lumière Analytics?')
  await expect(page.locator('#f-rounds-0-interviewers-0-email')).toHaveValue('')
  await app.screenshot('people-same-person')
  await offer.getByRole('button', { name: 'Yes, same person' }).click()
  await expect(page.locator('#f-rounds-0-interviewers-0-email')).toHaveValue(
    'aurelie@lumiere.example',
  )
  await expect(page.locator('#f-rounds-0-interviewers-0-email')).toBeFocused()
  await expect(offer).toBeHidden()
  await page.locator('#f-rounds-0-interviewers-0-discussed').fill('the data platform roadmap')
  await page.getByRole('button', { name: 'Save interview' }).first().click()
  await page.getByRole('heading', { level: 1, name: 'Lumière Analytics' }).waitFor()
  await expect(page.getByText('Senior data analyst ·')).toBeVisible()

  // People: one Aurélie, linked to both applications, with the thank-you she was sent.
  await goTo(page, 'People')
  await expect(page.getByTestId('person')).toHaveCount(3)
  await page.getByRole('searchbox', { name: 'Search people' }).fill('aurelie')
  const aurelie = page.getByRole('article', { name: 'Aurélie Dubois-Fernández' })
  await expect(page.getByTestId('person')).toHaveCount(1)
  await expect(aurelie).toContainText('Interviewer · Lumière Analytics')
  await expect(aurelie).toContainText('aurelie@lumiere.example')
  await expect(aurelie).toContainText('Sent a thank-you (Lumière Analytics)')
  await expect(aurelie.getByRole('button', { name: /^Lumière Analytics — / })).toHaveCount(2)
  await page.getByRole('searchbox', { name: 'Search people' }).fill('')
  await app.screenshot('people')
  await aurelie.getByRole('button', { name: 'Lumière Analytics — Data analyst' }).click()
  await expect(page.getByText('Data analyst ·', { exact: false }).first()).toBeVisible()

  // Tags, on the record and on its card; the board filters by one.
  const tagField = page.getByRole('combobox', { name: 'Add a tag' })
  for (const tag of ['Remote', '#fintech  ']) {
    await tagField.fill(tag)
    await tagField.press('Enter')
  }
  await expect(announcer).toContainText('Tagged Lumière Analytics: fintech.')
  const tags = page.getByRole('list', { name: 'Tags of this application' })
  await expect(tags.getByRole('listitem')).toHaveText([/Remote/, /fintech/])
  await tags.scrollIntoViewIfNeeded()
  await app.screenshot('people-detail-tags')
  await goTo(page, 'Board')
  const cards = page.getByTestId('card')
  await expect(cards).toHaveCount(2)
  await expect(cards.filter({ hasText: 'Data analyst' }).getByTestId('tags')).toHaveText(
    /Remote\s*fintech/,
  )
  await app.screenshot('board-tags')
  await page.getByLabel('Show tag').selectOption('fintech')
  await expect(cards).toHaveCount(1)
  await expect(cards).toContainText('Data analyst')
  await page.getByLabel('Show tag').selectOption('')
  await page.getByRole('searchbox', { name: 'Search the board' }).fill('REMOTE')
  await expect(cards).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Search the board' }).fill('')
  await expect(cards).toHaveCount(2)

  // The senior role is declined, archived, brought back, and the bringing back undone.
  await cards.filter({ hasText: 'Senior data analyst' }).getByRole('button').first().click()
  await page.getByLabel('Close as').selectOption('declined')
  await expect(announcer).toContainText('Lumière Analytics closed: declined.')
  await page.getByRole('button', { name: 'Archive', exact: true }).click()
  await expect(announcer).toContainText('Lumière Analytics archived.')
  await expect(page.getByRole('heading', { name: /^Archived on / })).toBeVisible()
  await goTo(page, 'Board')
  await expect(cards).toHaveCount(1)
  const shows = page.getByLabel('Show applications')
  await shows.selectOption('closed')
  await expect(page.getByTestId('ended-item')).toHaveCount(0)
  await shows.selectOption('archived')
  const archived = page.getByTestId('ended-item')
  await expect(archived).toHaveCount(1)
  await expect(archived).toContainText('Senior data analyst')
  await expect(archived).toContainText('Declined')
  await app.screenshot('board-archived')
  await page.getByRole('button', { name: 'Bring back Lumière Analytics' }).click()
  await expect(announcer).toContainText('Lumière Analytics is back in the closed list.')
  await expect(archived).toHaveCount(0)
  await page
    .getByTestId('toast')
    .filter({ hasText: 'is back in the closed list' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(archived).toHaveCount(1)
  await page.getByRole('button', { name: 'Bring back Lumière Analytics' }).click()
  await shows.selectOption('closed')
  await expect(page.getByTestId('ended-item')).toContainText('Senior data analyst')
  expect(app.consoleErrors).toEqual([])
})
