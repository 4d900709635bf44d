import { test, expect } from './support/app'
import { addInterview, fixClock, goTo, PANEL } from './support/journeys'

test('first run teaches the flow and the form explains what to fix', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: /After the interview/ })).toBeVisible()
  await app.screenshot('first-run')
  await page.getByRole('button', { name: 'Add your first interview' }).click()
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Analyst')
  await page.getByRole('button', { name: 'Save interview' }).first().click()
  const summary = page.getByRole('alert').filter({ hasText: 'A few things to fix' })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Add the company’s name.')
  // Nothing typed is lost on a failed save.
  await expect(page.getByRole('textbox', { name: 'Role', exact: true })).toHaveValue('Analyst')
  await app.screenshot('form-errors')
  expect(app.consoleErrors).toEqual([])
})

test('add an interview with two interviewers, see both thank-yous due, send one, open a draft', async ({
  app,
}) => {
  const { page } = app
  await fixClock(page)
  await addInterview(page, {
    company: 'Acme Ltd',
    role: 'Product designer',
    date: '3/3/2026',
    time: '09:30',
    people: PANEL,
  })
  await app.screenshot('detail')

  await goTo(page, 'Today')
  const due = page.getByRole('region', { name: /Due now/ })
  await expect(
    due.getByTestId('action').filter({ hasText: 'Thank Priya Shah by email' }),
  ).toBeVisible()
  await expect(
    due.getByTestId('action').filter({ hasText: 'Thank Tom Ellis by email' }),
  ).toBeVisible()
  await expect(due.getByTestId('action').first()).toContainText('Due today')
  await app.screenshot('today')

  await due.getByRole('button', { name: 'Mark done: Thank Priya Shah by email' }).click()
  await expect(page.getByTestId('announcer')).toContainText('Done: Thank Priya Shah by email.')
  await expect(due.getByTestId('action').filter({ hasText: 'Thank Priya Shah' })).toHaveCount(0)

  await due.getByRole('button', { name: 'Acme Ltd' }).first().click()
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible()
  await page.getByRole('button', { name: 'Open in mail app: Thank Tom Ellis by email' }).click()
  await expect(page.getByText('Opened in your mail app.')).toBeVisible()
  expect(app.ports?.opened[0]).toMatch(/^mailto:tom@acme\.example\?subject=/)
  expect(app.consoleErrors).toEqual([])
})

test('move cards by drag and drop and by keyboard; record an offer and a rejection', async ({
  app,
}) => {
  const { page } = app
  await fixClock(page)
  for (const company of ['Acme Ltd', 'Globex']) {
    await addInterview(page, {
      company,
      role: 'Designer',
      date: '2/3/2026',
      time: '14:00',
      people: PANEL,
    })
  }
  await goTo(page, 'Board')
  await app.screenshot('board')

  // Drag Acme to Followed up: nothing was sent, so the app asks first.
  const acme = page.getByTestId('card').filter({ hasText: 'Acme Ltd' })
  await acme.dragTo(page.getByTestId('column-followed-up'))
  await expect(page.getByRole('dialog', { name: 'Are you sure?' })).toBeVisible()
  await app.screenshot('move-question')
  await page.getByRole('button', { name: 'Move it' }).click()
  await expect(page.getByTestId('column-followed-up').getByTestId('card')).toHaveCount(1)
  await expect(page.getByTestId('announcer')).toContainText('Moved Acme Ltd to Followed up.')

  // Keyboard: focus the card, M opens the move menu, pick Offer.
  await page
    .getByTestId('column-followed-up')
    .getByRole('button', { name: /Acme Ltd/ })
    .first()
    .focus()
  await page.keyboard.press('m')
  await expect(page.getByRole('menu', { name: 'Move Acme Ltd to' })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const offer = page.getByRole('dialog', { name: 'An offer from Acme Ltd' })
  await expect(offer).toBeVisible()
  await offer.getByLabel('The offer arrived on').fill('03/03/2026')
  await app.screenshot('move-offer')
  await offer.getByRole('button', { name: 'Record the offer' }).click()
  // Recording the offer goes straight on to its terms, with what the interview already knows.
  await expect(page.getByRole('heading', { name: 'A new offer' })).toBeVisible()
  await expect(page.getByLabel('Company')).toHaveValue('Acme Ltd')
  await expect(page.getByLabel('Offer received on')).toHaveValue('03/03/2026')
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Board' })
    .click()
  await expect(page.getByTestId('column-offer').getByTestId('card')).toHaveCount(1)

  // Globex is a no: Shift+ArrowRight three times would walk it; use the menu to Rejected.
  await page
    .getByTestId('column-interviewed')
    .getByRole('button', { name: /Globex/ })
    .first()
    .focus()
  await page.keyboard.press('m')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  const rejected = page.getByRole('dialog', { name: 'A no from Globex' })
  await rejected.getByLabel('A phone call').check()
  await rejected.getByLabel('They gave feedback').check()
  await rejected
    .getByLabel('What they said')
    .fill('Another candidate had more research experience.')
  await app.screenshot('move-rejected')
  await rejected.getByRole('button', { name: 'Record the rejection' }).click()
  await expect(page.getByTestId('column-rejected').getByTestId('card')).toHaveCount(1)
  expect(app.consoleErrors).toEqual([])
})

test('search, undo a delete, and find everything after a restart', async ({ app }) => {
  const { page } = app
  await fixClock(page)
  await addInterview(page, {
    company: 'Acme Ltd',
    role: 'Designer',
    date: '2/3/2026',
    time: '10:00',
    people: PANEL,
    agency: 'Hays',
  })
  await addInterview(page, {
    company: 'Initech',
    role: 'Analyst',
    date: '2/3/2026',
    time: '15:00',
    people: [],
  })
  await goTo(page, 'Board')
  await page.getByLabel('Search the board').fill('tom ellis')
  await expect(page.getByTestId('card')).toHaveCount(1)
  await page.getByLabel('Search the board').fill('hays')
  await expect(page.getByTestId('card')).toHaveText(/Acme Ltd/)
  await app.screenshot('board-search')
  await page.getByLabel('Search the board').fill('')

  // Delete Initech from the keyboard, then undo from the toast.
  await page
    .getByRole('button', { name: /Initech/ })
    .first()
    .focus()
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('card')).toHaveCount(1)
  await expect(page.getByTestId('toast')).toContainText('Deleted Initech.')
  await app.screenshot('undo-toast')
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('card')).toHaveCount(2)

  await app.restart()
  await fixClock(app.page)
  await goTo(app.page, 'Board')
  await expect(app.page.getByTestId('card')).toHaveCount(2)
  await app.page
    .getByRole('button', { name: /Acme Ltd/ })
    .first()
    .click()
  await expect(
    app.page
      .getByRole('region', { name: 'The interview' })
      .getByText('Priya Shah', { exact: true }),
  ).toBeVisible()
  expect(app.consoleErrors).toEqual([])
})

test('a card shows a long company, role and next action whole, not cut to "Th…"', async ({
  app,
}) => {
  const { page } = app
  await fixClock(page)
  await addInterview(page, {
    company: 'Société Générale des Établissements',
    role: 'Responsable de la conception des expériences numériques',
    date: '3/3/2026',
    time: '14:00',
    agency: 'Øresund Talent Partners Scandinavia',
    people: [
      {
        name: 'Anne-Sophie Lefèvre-Dubois',
        title: 'Directrice du design',
        email: 'as.lefevre@sgei.example',
        discussed: 'the design system',
      },
    ],
  })
  await goTo(page, 'Board')
  const card = page.getByTestId('card').first()
  await expect(card).toContainText('Thank Anne-Sophie Lefèvre-Dubois by email')
  await app.screenshot('board-long-names')
  // Nothing on the card is clipped: the company and the role take their two lines each, the
  // next action its three.
  for (const part of ['.company', '.role', '.next']) {
    const clipped = await card
      .locator(part)
      .evaluate(
        (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      )
    expect(clipped, `${part} is clipped`).toBe(false)
  }
  for (const part of ['.company', '.role']) {
    const lines = await card.locator(part).evaluate((el) => {
      const style = getComputedStyle(el)
      return Math.round(el.clientHeight / parseFloat(style.lineHeight))
    })
    expect(lines, `${part} lines`).toBe(2)
  }
  // When and through whom is one line; the whole of it is in its tooltip.
  await expect(card.locator('.meta')).toHaveAttribute(
    'title',
    'Interviewed today · via Øresund Talent Partners Scandinavia',
  )
  // The card's content ends inside the card.
  const inside = await card.evaluate((el) => {
    const last = el.querySelector('.next')!.getBoundingClientRect()
    return last.bottom <= el.getBoundingClientRect().bottom
  })
  expect(inside).toBe(true)
  expect(app.consoleErrors).toEqual([])
})
