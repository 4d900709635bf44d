/**
 * Every screen of the board, in light and dark, checked by axe (no serious or critical
 * violation) and photographed; and the same screens at 200% zoom (a 640x400 CSS viewport in a
 * 1280x800 window) without text running off the side.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/app'
import { noSeriousViolations } from './support/axe'
import { addInterview, fixClock, goTo, PANEL } from './support/journeys'

async function seed(page: Page): Promise<void> {
  await fixClock(page)
  await addInterview(page, {
    company: 'Acme Ltd',
    role: 'Product designer',
    date: '3/3/2026',
    time: '09:30',
    people: PANEL,
    agency: 'Hays Recruitment',
  })
  await page.getByRole('button', { name: 'Add a difficult question' }).click()
  await page.getByLabel('Difficult question 1').fill('Tell us about a design decision you regret.')
  await page.getByRole('button', { name: 'Save reflection' }).click()
  await expect(page.getByText('Reflection saved.')).toBeVisible()
  await addInterview(page, {
    company: 'Globex',
    role: 'UX researcher',
    date: '20/2/2026',
    time: '14:00',
    people: [],
  })
  await goTo(page, 'Referees')
  await page.getByRole('button', { name: 'Add a referee' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill('Sam Green')
  await page.getByRole('textbox', { name: 'How they know you' }).fill('Line manager at Initech')
  await page.getByRole('button', { name: 'Save referee' }).click()
}

const SCREENS: [string, (page: Page) => Promise<void>][] = [
  ['today', (p) => goTo(p, 'Today')],
  ['board', (p) => goTo(p, 'Board')],
  [
    'detail',
    async (p) => {
      await goTo(p, 'Board')
      await p
        .getByRole('button', { name: /^Acme Ltd/ })
        .first()
        .click()
    },
  ],
  ['form', (p) => goTo(p, 'New interview')],
  ['people', (p) => goTo(p, 'People')],
  ['referees', (p) => goTo(p, 'Referees')],
  ['questions', (p) => goTo(p, 'Question bank')],
  ['insights', (p) => goTo(p, 'Insights')],
  ['settings', (p) => goTo(p, 'Settings')],
]

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${scheme} theme`, async ({ app }) => {
    // Eleven axe runs over full screens take about a minute.
    test.setTimeout(180_000)
    const { page } = app
    await page.emulateMedia({ colorScheme: scheme })
    await noSeriousViolations(page, 'first run')
    await app.screenshot(`${scheme}-first-run`)
    await seed(page)
    for (const [name, open] of SCREENS) {
      await open(page)
      await page.locator('main h1').first().waitFor()
      await noSeriousViolations(page, name)
      await app.screenshot(`${scheme}-${name}`)
    }
    await goTo(page, 'Board')
    await page
      .getByRole('button', { name: /^Globex/ })
      .first()
      .focus()
    await page.keyboard.press('m')
    await noSeriousViolations(page, 'move menu')
    await app.screenshot(`${scheme}-move-menu`)
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toBeVisible()
    await noSeriousViolations(page, 'rejection dialog')
    await app.screenshot(`${scheme}-dialog`)
    expect(app.consoleErrors).toEqual([])
  })
}

test('at 200% zoom every screen fits the window width', async ({ app }) => {
  const { page } = app
  await seed(page)
  await page.setViewportSize({ width: 640, height: 400 })
  for (const [name, open] of SCREENS) {
    await open(page)
    await page.locator('main h1').first().waitFor()
    const overflow = await page.evaluate(() => {
      const el = document.scrollingElement!
      return el.scrollWidth - el.clientWidth
    })
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0)
    await app.screenshot(`zoom-${name}`)
  }
})

test('every placeholder on every screen is read whole', async ({ app }) => {
  const { page } = app
  await seed(page)
  for (const [name, open] of SCREENS) {
    await open(page)
    await page.locator('main h1').first().waitFor()
    const cut = await page.evaluate(() => {
      const canvas = document.createElement('canvas').getContext('2d')!
      const inputs = [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')]
      return inputs
        .filter((input) => input.offsetParent !== null && input.placeholder)
        .filter((input) => {
          const style = getComputedStyle(input)
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
          const room =
            input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
          return canvas.measureText(input.placeholder).width > room
        })
        .map((input) => input.placeholder)
    })
    expect(cut, `${name}: placeholders cut short`).toEqual([])
  }
})
