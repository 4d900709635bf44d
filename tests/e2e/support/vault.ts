/**
 * Steps of the vault's screens shared by specs: set up a new vault, unlock. Every spec starts on
 * the lock screen, because the app shows nothing else until the vault is open.
 */
import { expect, type Page } from '@playwright/test'

/** A passphrase the strength estimate accepts. */
export const TEST_PASSPHRASE = 'orbit lantern quietly marmalade'

/** Creates the vault on the first-run screen and confirms the recovery code; answers the code. */
export async function createVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<string> {
  await page.getByTestId('new-passphrase').fill(passphrase)
  await page.getByTestId('confirm-passphrase').fill(passphrase)
  await expect(page.getByTestId('create-vault')).toBeEnabled()
  await page.getByTestId('confirm-passphrase').press('Enter')
  const code = page.getByTestId('recovery-code')
  await expect(code).toBeVisible({ timeout: 30_000 })
  const text = (await code.textContent())?.trim() ?? ''
  await page.getByTestId('code-stored').check()
  await page.getByTestId('code-done').click()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  return text
}

/** Unlocks from the lock screen with `passphrase`. */
export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('unlock-passphrase').fill(passphrase)
  await page.getByTestId('unlock-passphrase').press('Enter')
}
