/**
 * The keep-looking nudge on Today and edited drafts in the detail view: both kept in the vault
 * across a restart, both photographed in the light and dark themes and checked by axe.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './support/app'
import { ACME_THIS_MORNING, addInterview, fixClock, goTo } from './support/journeys'

const TOM = 'Thank Tom Ellis by email'
const MINE =
  'Dear Tom,\n\nThank you for walking me through how designs reach your developers. The handover checklist you showed me is something I would use from the first week.\n\nKind regards,\nAlex'

async function seed(page: Page): Promise<void> {
  await fixClock(page)
  await addInterview(page, ACME_THIS_MORNING)
}

async function noSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Rewrites Tom's draft and leaves the field, which saves it. */
async function rewriteTom(page: Page): Promise<void> {
  const field = page.getByRole('textbox', { name: `Message: ${TOM}` })
  await field.fill(MINE)
  await field.blur()
  await expect(page.getByRole('article', { name: TOM }).getByTestId('draft-edited')).toBeVisible()
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the nudge on Today and an edited draft, in the ${scheme} theme`, async ({ app }) => {
    const { page } = app
    await page.emulateMedia({ colorScheme: scheme })
    await seed(page)
    await rewriteTom(page)
    const drafts = page.getByRole('region', { name: 'Drafts' })
    await drafts.getByRole('article', { name: TOM }).scrollIntoViewIfNeeded()
    await noSeriousViolations(page)
    await app.screenshot(`${scheme}-detail-edited-draft`)

    await goTo(page, 'Today')
    const nudge = page.getByRole('region', { name: 'Keep looking' })
    await expect(nudge).toContainText('Keep applying elsewhere')
    await expect(nudge.getByRole('button', { name: 'Skip: Keep applying elsewhere' })).toBeVisible()
    await noSeriousViolations(page)
    await app.screenshot(`${scheme}-today-nudge`)
    expect(app.consoleErrors).toEqual([])
  })
}

test('a settled nudge and an edited draft are still there after a restart', async ({ app }) => {
  await seed(app.page)
  await rewriteTom(app.page)
  await goTo(app.page, 'Today')
  await app.page
    .getByRole('region', { name: 'Keep looking' })
    .getByRole('button', { name: 'Mark done: Keep applying elsewhere' })
    .click()
  await expect(app.page.getByTestId('announcer')).toContainText('Done: Keep applying elsewhere.')

  await app.restart()
  const page = app.page
  await fixClock(page)
  await goTo(page, 'Today')
  await expect(page.getByRole('heading', { name: 'Due now' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Keep looking' })).toHaveCount(0)

  await goTo(page, 'Board')
  await page
    .getByRole('button', { name: /^Acme Ltd/ })
    .first()
    .click()
  const tom = page.getByRole('article', { name: TOM })
  await expect(tom.getByRole('textbox')).toHaveValue(MINE)
  await expect(tom.getByTestId('draft-edited')).toBeVisible()
  await tom.getByRole('button', { name: `Open in mail app: ${TOM}` }).click()
  await expect(tom.getByText('Opened in your mail app.')).toBeVisible()
  expect(decodeURIComponent(app.ports!.opened.at(-1)!)).toContain('handover checklist')

  await tom.getByRole('button', { name: `Reset to suggested: ${TOM}` }).click()
  await expect(tom.getByRole('textbox')).not.toHaveValue(MINE)
  await expect(tom.getByTestId('draft-edited')).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
})
