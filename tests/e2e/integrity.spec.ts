/**
 * The vault's integrity as the user meets it: a record put back from an older copy is listed in
 * Settings and left alone, and a lost header row is put back from main's copy on the lock screen.
 */
import type { Page } from '@playwright/test'
import { test, expect, usingElectron } from './support/app'
import { createVault, unlock, TEST_PASSPHRASE } from './support/vault'

test.skip(usingElectron, 'edits the app’s IndexedDB from the page')
test.use({ vaultStart: 'fresh' })
// Each test creates a vault (Argon2id) and unlocks it again, one of them after a restart.
test.describe.configure({ timeout: 180_000 })

const AUTO_LOCK = 'Lock after this many minutes without use'

/** Reads the stored auto-lock row's ciphertext, as a copy of the disk would hold it. */
function readSettingRow(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((done, fail) => {
        const open = indexedDB.open('afterview')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const store = open.result.transaction('records').objectStore('records')
          const get = store.get(['vault-settings', 'vault'])
          get.onsuccess = () => {
            open.result.close()
            done(Array.from((get.result as { ciphertext: Uint8Array }).ciphertext))
          }
        }
      }),
  )
}

/**
 * Changes the app's database as someone with the disk could: puts a records row back (`row`
 * given), or deletes the header row (`row` null). One transaction.
 */
function editDisk(page: Page, row: number[] | null) {
  return page.evaluate(
    (bytes) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('afterview')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const name = bytes ? 'records' : 'meta'
          const tx = open.result.transaction(name, 'readwrite')
          if (bytes) {
            const ciphertext = new Uint8Array(bytes)
            tx.objectStore(name).put({ table: 'vault-settings', id: 'vault', ciphertext })
          } else tx.objectStore(name).delete('header')
          tx.oncomplete = () => {
            open.result.close()
            done()
          }
          tx.onerror = () => fail(tx.error)
        }
      }),
    row,
  )
}

test('a setting put back from an older copy is listed, kept, and replaced only by choice', async ({
  app,
}) => {
  const { page } = app
  await createVault(page)
  const nav = page.getByRole('navigation', { name: 'Sections' })
  await nav.getByRole('button', { name: 'Settings', exact: true }).click()
  await page.getByLabel(AUTO_LOCK).fill('45')
  await page.getByLabel(AUTO_LOCK).press('Tab')
  await expect.poll(() => readSettingRow(page)).not.toEqual([])
  const older = await readSettingRow(page)
  await page.getByLabel(AUTO_LOCK).fill('20')
  await page.getByLabel(AUTO_LOCK).press('Tab')
  await expect.poll(() => readSettingRow(page)).not.toEqual(older)
  await page.getByTestId('lock-now').click()
  // Locking loads the page afresh: the disk is edited from the new lock screen.
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  await editDisk(page, older)
  await unlock(page, TEST_PASSPHRASE)
  await nav.getByRole('button', { name: 'Settings', exact: true }).click()
  await expect(page.getByTestId('unreadable-list')).toContainText('vault-settings')
  await expect(page.getByTestId('unreadable-list')).toContainText('an older copy')
  // The older value is not used: the default applies, and the panel says why.
  await expect(page.getByText('Your saved auto-lock time could not be read')).toBeVisible()
  await page.getByTestId('unreadable-list').scrollIntoViewIfNeeded()
  await app.screenshot('integrity-rolled-back-setting')
  await page.getByTestId('allow-replacing-vault-settings').click()
  await page.getByLabel(AUTO_LOCK).fill('25')
  await page.getByLabel(AUTO_LOCK).press('Tab')
  await expect(page.getByText('Your saved auto-lock time could not be read')).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
})

test('a lost header row is put back from main’s copy, and the vault opens as before', async ({
  app,
}) => {
  await createVault(app.page)
  const nav = app.page.getByRole('navigation', { name: 'Sections' })
  await nav.getByRole('button', { name: 'Settings', exact: true }).click()
  await app.page.getByLabel(AUTO_LOCK).fill('33')
  await app.page.getByLabel(AUTO_LOCK).press('Tab')
  await expect.poll(() => readSettingRow(app.page)).not.toEqual([])
  await app.page.getByTestId('lock-now').click()
  // Locking loads the page afresh: the disk is edited from the new lock screen.
  await expect(app.page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  await editDisk(app.page, null)
  await app.restart()
  const { page } = app
  await expect(
    page.getByRole('heading', { name: 'Your data is here, but its lock is missing' }),
  ).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('create-vault')).toHaveCount(0)
  await app.screenshot('integrity-header-lost')
  await page.getByTestId('recover-header').click()
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  await unlock(page, TEST_PASSPHRASE)
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  await expect(page.getByLabel(AUTO_LOCK)).toHaveValue('33')
  expect(app.consoleErrors).toEqual([])
})
