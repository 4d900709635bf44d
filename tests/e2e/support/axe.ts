/** Accessibility checks the specs share. */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Fails with the rule and the elements when axe finds a serious or critical violation. */
export async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  expect(serious).toEqual([])
}

/** Photographs the page in the light and the dark theme, checking each with axe. */
export async function bothThemes(
  app: { page: Page; screenshot(n: string): Promise<string> },
  name: string,
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await noSeriousViolations(app.page, `${name} (${scheme})`)
    await app.screenshot(`${scheme}-${name}`)
  }
  await app.page.emulateMedia({ colorScheme: 'light' })
}
