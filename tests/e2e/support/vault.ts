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

/** From whichever lock screen shows, ends in the app: creates the vault or unlocks it. */
export async function openVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  const create = page.getByRole('heading', { name: 'Protect your job search' })
  const locked = page.getByRole('heading', { name: 'Unlock Afterview' })
  await expect(create.or(locked)).toBeVisible({ timeout: 30_000 })
  if (await create.isVisible()) {
    await createVault(page, passphrase)
    return
  }
  await unlock(page, passphrase)
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: 30_000 })
}

/** Deletes the app's database, as on a computer that never ran Afterview (restart afterwards). */
export async function deleteDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const request = indexedDB.deleteDatabase('afterview')
        request.onsuccess = () => done()
        request.onerror = () => done()
      }),
  )
}

/** The vault header as the page's database holds it (non-secret: KDF costs, salts, slots). */
export async function storedHeaderText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('afterview')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const read = open.result.transaction('meta').objectStore('meta').get('header')
          read.onerror = () => reject(read.error)
          read.onsuccess = () => {
            open.result.close()
            resolve((read.result as { value: string }).value)
          }
        }
      }),
  )
}
