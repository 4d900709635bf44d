/**
 * Every journey of the board and the interview record without a mouse: only the keyboard moves
 * focus and presses buttons, and wherever focus lands it can be seen.
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/app'
import { fixClock, PANEL, type PersonInput } from './support/journeys'

/** What `document.activeElement` is, and whether it shows a focus indicator. */
async function focusState(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return { visible: false, what: 'nothing (the page body)' }
    const style = getComputedStyle(el)
    const rect = el.getBoundingClientRect()
    const outlined =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 1 &&
      style.outlineColor !== 'transparent' &&
      style.outlineColor !== 'rgba(0, 0, 0, 0)'
    const ringed = style.boxShadow !== 'none' && el.matches(':focus-visible')
    const name =
      el.getAttribute('aria-label') ||
      (el as HTMLInputElement).labels?.[0]?.textContent ||
      el.textContent ||
      ''
    return {
      visible: (outlined || ringed) && rect.width > 0 && rect.height > 0,
      what: `${el.tagName.toLowerCase()} "${name.trim().replace(/\s+/g, ' ').slice(0, 60)}" (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, ${Math.round(rect.width)}x${Math.round(rect.height)})`,
    }
  })
}

/** Fails unless the focused element shows a visible focus indicator. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const state = await focusState(page)
  expect(state.visible, `focus on ${state.what} should be visible`).toBe(true)
}

/**
 * Presses Tab, or Shift+Tab when `target` comes before the focused element, until `target` has
 * focus, checking at every stop that focus can be seen. Fails if it is not reached in `max`.
 */
async function tabTo(page: Page, target: Locator, max = 90): Promise<void> {
  const back = await target.evaluate((el) => {
    const active = document.activeElement
    if (!active || active === document.body || active === el) return false
    return !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      await expectVisibleFocus(page)
      return
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    await expectVisibleFocus(page)
  }
  throw new Error(`Could not reach ${target} with ${back ? 'Shift+Tab' : 'Tab'}`)
}

/** Presses a key and checks focus is still visible afterwards. */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key)
  await expectVisibleFocus(page)
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true })

/** Goes to a section through the sidebar, from wherever focus is, and checks its heading. */
async function navigate(page: Page, section: string, heading: string | RegExp): Promise<void> {
  await tabTo(page, nav(page, section))
  await press(page, 'Enter')
  await expect(page.locator('main h1').first()).toHaveText(heading)
  await expectVisibleFocus(page)
}

/** Types one interviewer's fields, starting with focus in their Name field. */
async function typePerson(page: Page, i: number, person: PersonInput): Promise<void> {
  await expect(page.locator(`#f-rounds-0-interviewers-${i}-name`)).toBeFocused()
  await page.keyboard.type(person.name)
  await press(page, 'Tab')
  await page.keyboard.type(person.title)
  await press(page, 'Tab')
  await page.keyboard.type(person.email)
  await tabTo(page, page.locator(`#f-rounds-0-interviewers-${i}-discussed`))
  await page.keyboard.type(person.discussed)
}

/** Adds an interview through the form; ends on its detail view. */
async function addInterview(
  page: Page,
  company: string,
  role: string,
  people: PersonInput[],
): Promise<void> {
  await navigate(page, 'New interview', 'New interview')
  await tabTo(page, page.getByRole('textbox', { name: 'Company', exact: true }))
  await page.keyboard.type(company)
  await press(page, 'Tab')
  await page.keyboard.type(role)
  for (const [i, person] of people.entries()) {
    if (i === 0) await tabTo(page, page.locator('#f-rounds-0-interviewers-0-name'))
    else {
      await tabTo(page, page.getByRole('button', { name: 'Add another interviewer' }))
      await press(page, 'Enter')
    }
    await typePerson(page, i, person)
  }
  await tabTo(page, page.getByRole('button', { name: 'Save interview' }).last())
  await press(page, 'Enter')
  // The saved record opens with focus on its heading, where reading starts.
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeFocused()
  await expectVisibleFocus(page)
}

const card = (page: Page, stage: string, company: string) =>
  page
    .getByTestId(`column-${stage}`)
    .getByRole('button', { name: new RegExp(`^${company}`) })
    .first()

test('every journey by keyboard alone, with focus always visible', async ({ app }) => {
  test.setTimeout(240_000)
  const { page } = app
  await fixClock(page)

  // Two new interviews typed into the form, the first with two interviewers.
  await addInterview(page, 'Acme Ltd', 'Product designer', PANEL)
  await addInterview(page, 'Globex', 'UX researcher', [])

  // Acme's detail view, opened from its card: mark Priya's thank-you done.
  await navigate(page, 'Board', 'Board')
  await tabTo(page, card(page, 'interviewed', 'Acme Ltd'))
  await press(page, 'Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Ltd' })).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: 'Mark done: Thank Priya Shah by email' }))
  await press(page, 'Enter')
  await expect(page.getByTestId('announcer')).toContainText('Done: Thank Priya Shah by email.')
  // The done action offers to put it back, and the keyboard is there rather than lost.
  await expect(
    page.getByRole('button', { name: 'Put back on the list: Thank Priya Shah by email' }),
  ).toBeFocused()
  // The detail view's Move select: arrow keys only show a column, Enter moves the card there.
  const subtitle = page.locator('#detail-title + p')
  await tabTo(page, page.getByLabel('Move to', { exact: true }))
  await press(page, 'ArrowDown')
  await press(page, 'ArrowDown')
  await expect(page.getByLabel('Move to', { exact: true })).toHaveValue('offer')
  await expect(subtitle).toContainText('Interviewed')
  await press(page, 'ArrowUp')
  await press(page, 'Enter')
  await expect(subtitle).toContainText('Followed up')
  await expect(page.getByTestId('announcer')).toContainText('Moved Acme Ltd to Followed up.')
  await expect(page.getByLabel('Move to', { exact: true })).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: '← Back' }))
  await press(page, 'Enter')
  // Back on the board, the keyboard is on the card it left from.
  await expect(card(page, 'followed-up', 'Acme Ltd')).toBeFocused()

  // On the board, Shift+ArrowRight moves Globex on; nothing was sent, so the app asks first.
  await tabTo(page, card(page, 'interviewed', 'Globex'))
  await press(page, 'Shift+ArrowRight')
  const question = page.getByRole('dialog', { name: 'Are you sure?' })
  await expect(question.getByRole('button', { name: 'Leave it where it is' })).toBeFocused()
  await tabTo(page, question.getByRole('button', { name: 'Move it' }))
  await press(page, 'Enter')
  // Focus follows the card to its new column.
  await expect(card(page, 'followed-up', 'Globex')).toBeFocused()
  await expect(page.getByTestId('announcer')).toContainText('Moved Globex to Followed up.')
  await app.screenshot('keyboard-card-moved')

  // Globex is a no: M opens the move menu, End is Rejected, and the rejection dialog follows.
  await press(page, 'm')
  await expect(page.getByRole('menu', { name: 'Move Globex to' })).toBeVisible()
  await press(page, 'End')
  await expect(page.getByRole('menuitem', { name: 'Rejected' })).toBeFocused()
  await press(page, 'Enter')
  const noDialog = page.getByRole('dialog', { name: 'A no from Globex' })
  await expect(noDialog).toBeVisible()
  await tabTo(page, noDialog.getByLabel('An email'))
  // Arrow keys choose within the radio group.
  await press(page, 'ArrowUp')
  await expect(noDialog.getByLabel('A phone call')).toBeChecked()
  await tabTo(page, noDialog.getByLabel('They gave feedback'))
  await press(page, 'Space')
  await tabTo(page, noDialog.getByLabel('What they said'))
  await page.keyboard.type('Another candidate had more research experience.')
  await tabTo(page, noDialog.getByRole('button', { name: 'Record the rejection' }))
  await press(page, 'Enter')
  await expect(noDialog).toBeHidden()
  await expect(card(page, 'rejected', 'Globex')).toBeFocused()

  // Acme has an offer: M, down to Offer; the dialog asks when it came, then the offer's terms.
  await tabTo(page, card(page, 'followed-up', 'Acme Ltd'))
  await press(page, 'm')
  await expect(page.getByRole('menu', { name: 'Move Acme Ltd to' })).toBeVisible()
  await press(page, 'ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Offer' })).toBeFocused()
  await press(page, 'Enter')
  const offerDialog = page.getByRole('dialog', { name: 'An offer from Acme Ltd' })
  await expect(offerDialog).toBeVisible()
  await expect(offerDialog.getByLabel('The offer arrived on')).toBeFocused()
  await tabTo(page, offerDialog.getByRole('button', { name: 'Record the offer' }))
  await press(page, 'Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'A new offer' })).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: 'Save the offer' }))
  await press(page, 'Enter')
  await expect(page.getByRole('button', { name: /Acme Ltd/ }).first()).toBeVisible()
  await expectVisibleFocus(page)
  await navigate(page, 'Board', 'Board')
  await expect(page.getByTestId('column-offer').getByTestId('card')).toHaveCount(1)

  // Search, then clear it with Escape.
  const search = page.getByRole('searchbox', { name: 'Search the board' })
  await tabTo(page, search)
  await page.keyboard.type('tom ellis')
  await expect(page.getByTestId('card')).toHaveCount(1)
  await press(page, 'Escape')
  await expect(page.getByTestId('card')).toHaveCount(2)

  // Delete Globex from its card, then take it back from the keyboard.
  await tabTo(page, card(page, 'rejected', 'Globex'))
  await press(page, 'Delete')
  await expect(page.getByTestId('card')).toHaveCount(1)
  await expect(page.getByTestId('toast').filter({ hasText: 'Deleted Globex.' })).toBeVisible()
  await app.screenshot('keyboard-deleted')
  await press(page, 'Control+z')
  await expect(page.getByTestId('card')).toHaveCount(2)
  await expectVisibleFocus(page)

  // Every other section through the navigation. On Today, with one application live, the
  // keep-looking nudge is there to settle from the keyboard too.
  await navigate(page, 'Today', 'Today')
  const nudge = page.getByRole('region', { name: 'Keep looking' })
  await tabTo(page, nudge.getByRole('button', { name: 'Mark done: Keep applying elsewhere' }))
  await press(page, 'Enter')
  await expect(nudge).toBeHidden()
  await expectVisibleFocus(page)
  await navigate(page, 'Referees', 'Referees')
  await navigate(page, 'Question bank', 'Question bank')
  await navigate(page, 'Insights', 'Insights')
  await navigate(page, 'Settings', 'Settings')
  expect(app.consoleErrors).toEqual([])
})
