/** Steps the sync specs share: two computers, each an app instance, over one folder. */
import type { Page } from '@playwright/test'
import { expect, type AfterviewApp } from './app'
import { addInterview, goTo, PANEL } from './journeys'

/** Adds an application to `company` with an interview and the usual three interviewers. */
export async function interview(page: Page, company: string): Promise<void> {
  await addInterview(page, {
    company,
    role: 'Responsable produit',
    date: '2026-02-24',
    time: '14:30',
    people: PANEL,
  })
}

/** Waits until `company` shows on the board of `app` (sync may take a pass or two). */
export async function onBoard(app: AfterviewApp, company: string): Promise<void> {
  await goTo(app.page, 'Board')
  await expect(app.page.getByText(company).first()).toBeVisible({ timeout: 20_000 })
}

/** Settings › Sync now. */
export async function syncNow(app: AfterviewApp): Promise<void> {
  await goTo(app.page, 'Settings')
  await app.page.getByTestId('sync-now').click()
}
