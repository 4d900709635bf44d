import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, usingElectron } from './support/app'
import { createVault, deleteDatabase, unlock, TEST_PASSPHRASE } from './support/vault'

test.skip(usingElectron, 'scripts the save and open dialogs through the test ports')
test.use({ vaultStart: 'fresh' })

const SECOND = 'harbour copper sandwich evening'
const THIRD = 'violet tractor umbrella whisper'

test('the vault journey: create, lock, unlock, change, restart, recover, back up, wipe, restore', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const ports = app.ports!
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Protect your job search' })).toBeVisible()
  await app.screenshot('vault-create')
  const code = await createVault(page)
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)

  // Data: an encrypted setting, and an attachment whose key the test keeps (as a record would).
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  await page.getByLabel('Lock after this many minutes without use').fill('17')
  await page.getByLabel('Lock after this many minutes without use').press('Tab')
  const original = Buffer.from('%PDF-1.4 offer letter from Globex '.repeat(3000))
  const picked = join(ports.documentsDir, 'Offer letter.pdf')
  await writeFile(picked, original)
  ports.dialog.opens.push(picked)
  const attachment = await page.evaluate(() => window.afterview!.call('attachments/import', {}))
  expect(attachment).toMatchObject({ name: 'Offer letter.pdf', mediaType: 'application/pdf' })
  await app.screenshot('vault-settings')

  // Lock, then a wrong and a right passphrase.
  await page.getByTestId('lock-now').click()
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  await unlock(page, 'not my passphrase')
  await expect(page.getByTestId('unlock-error')).toHaveText(/passphrase is not right/)
  await app.screenshot('vault-wrong-passphrase')
  await unlock(page, TEST_PASSPHRASE)
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()

  // Change the passphrase.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  await page.getByTestId('change-passphrase').click()
  await page.getByTestId('current-passphrase').fill(TEST_PASSPHRASE)
  await page.getByTestId('new-passphrase').fill(SECOND)
  await page.getByTestId('confirm-passphrase').fill(SECOND)
  await expect(page.getByTestId('save-passphrase')).toBeEnabled()
  await page.getByTestId('save-passphrase').click()
  await expect(page.getByText('Your passphrase has been changed')).toBeVisible({ timeout: 30_000 })

  // Restart: the old passphrase no longer opens it, the new one does.
  await app.restart()
  await unlock(app.page, TEST_PASSPHRASE)
  await expect(app.page.getByTestId('unlock-error')).toBeVisible({ timeout: 30_000 })
  await unlock(app.page, SECOND)
  await app.page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  await expect(app.page.getByLabel('Lock after this many minutes without use')).toHaveValue('17')

  // Forgot it: reset with the recovery code (typed sloppily) and a new passphrase.
  await app.page.keyboard.press('Control+L')
  await app.page.getByRole('button', { name: /recovery code/ }).click()
  await app.page.getByTestId('recovery-code-input').fill(code.toLowerCase().replace(/-/g, ' '))
  await app.page.getByTestId('new-passphrase').fill(THIRD)
  await app.page.getByTestId('confirm-passphrase').fill(THIRD)
  await app.screenshot('vault-recovery')
  await app.page.getByTestId('reset-passphrase').click()
  await expect(app.page.getByRole('navigation', { name: 'Sections' })).toBeVisible({
    timeout: 30_000,
  })

  // Back up through the save dialog.
  await app.page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  const backupPath = join(ports.documentsDir, 'journey.afterview-backup')
  ports.dialog.saves.push(backupPath)
  await app.page.getByTestId('back-up-now').click()
  await expect(app.page.getByTestId('backup-status')).toContainText('Backup saved')
  const asked = ports.dialog.asked.at(-1)
  expect(asked?.defaultPath).toMatch(
    /Afterview backups.Afterview backup \d{4}-\d{2}-\d{2}\.afterview-backup$/,
  )
  expect((await readFile(backupPath)).subarray(0, 8).toString()).toBe('AVBACKUP')

  // Wipe: the database and the data folder, as on a new computer.
  await deleteDatabase(app.page)
  await rm(join(ports.dataDir, 'attachments'), { recursive: true, force: true })
  await app.restart()
  await expect(app.page.getByRole('heading', { name: 'Protect your job search' })).toBeVisible()

  // Restore from the first-run screen with the backup's passphrase.
  await app.page.getByRole('button', { name: 'Restore from a backup instead' }).click()
  ports.dialog.opens.push(backupPath)
  await app.page.getByTestId('choose-backup').click()
  await expect(app.page.getByTestId('chosen-backup')).toHaveText('journey.afterview-backup')
  await app.page.getByTestId('restore-passphrase').fill(SECOND)
  await app.page.getByTestId('restore-passphrase').press('Enter')
  await expect(app.page.getByTestId('restore-error')).toHaveText(/passphrase is not right/, {
    timeout: 30_000,
  })
  await app.page.getByTestId('restore-passphrase').fill(THIRD)
  await app.screenshot('vault-restore')
  await app.page.getByTestId('restore').click()

  // Nothing lost: the setting and the attachment are back, under the backup's passphrase.
  await expect(app.page.getByRole('navigation', { name: 'Sections' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(app.page.getByText('Restored your settings and 1 attachment.')).toBeVisible()
  await app.page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  await expect(app.page.getByLabel('Lock after this many minutes without use')).toHaveValue('17')
  const read = await app.page.evaluate(
    (a) => window.afterview!.call('attachments/read', { fileId: a.fileId, keyB64: a.keyB64 }),
    attachment,
  )
  expect(Buffer.from(read.dataB64, 'base64').equals(original)).toBe(true)
  await app.page.getByTestId('lock-now').click()
  await unlock(app.page, THIRD)
  await expect(app.page.getByRole('navigation', { name: 'Sections' })).toBeVisible({
    timeout: 30_000,
  })
  expect(app.consoleErrors).toEqual([])
})

test('a new recovery code ends the old one; Settings says what becomes of old backups', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const oldCode = await createVault(page)
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  await page.getByTestId('change-passphrase').click()
  await expect(page.getByTestId('rotation-explained')).toContainText(
    'Backups you made before still open with the passphrase they were made with.',
  )
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await app.screenshot(`${scheme}-vault-change-passphrase`)
  }
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByTestId('new-recovery-code').click()
  await page.getByTestId('renew-passphrase').fill(TEST_PASSPHRASE)
  await app.screenshot('dark-vault-new-recovery-code-form')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByTestId('make-recovery-code').click()
  const shown = page.getByTestId('recovery-code')
  await expect(shown).toBeVisible({ timeout: 30_000 })
  const newCode = (await shown.textContent())?.trim() ?? ''
  expect(newCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
  expect(newCode).not.toBe(oldCode)
  await app.screenshot('vault-new-recovery-code')
  await page.getByTestId('code-stored').check()
  await page.getByTestId('code-done').click()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()

  // The old code no longer resets the passphrase; the new one does.
  await page.keyboard.press('Control+L')
  await page.getByRole('button', { name: /recovery code/ }).click()
  await page.getByTestId('recovery-code-input').fill(oldCode)
  await page.getByTestId('new-passphrase').fill(THIRD)
  await page.getByTestId('confirm-passphrase').fill(THIRD)
  await page.getByTestId('reset-passphrase').click()
  await expect(page.getByRole('alert')).toHaveText(/recovery code does not match/, {
    timeout: 30_000,
  })
  await page.getByTestId('recovery-code-input').fill(newCode)
  await page.getByTestId('reset-passphrase').click()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({
    timeout: 30_000,
  })
  expect(app.consoleErrors).toEqual([])
})

test('restore from Settings says what it brought back, or exactly why it did not', async ({
  app,
}) => {
  test.setTimeout(150_000)
  const ports = app.ports!
  const { page } = app
  await createVault(page)
  const nav = page.getByRole('navigation', { name: 'Sections' })
  await nav.getByRole('button', { name: 'Offers', exact: true }).click()
  await page.getByRole('button', { name: 'Add your first offer' }).click()
  await page.getByLabel('Company').fill('Société Générale Luxembourg')
  await page.getByLabel('Role').fill('Analyste crédit senior')
  await page.locator('#offer-payMin').fill('61,500')
  await page.getByRole('button', { name: 'Save the offer' }).click()
  await expect(page.getByRole('heading', { name: /at Société Générale/ })).toBeVisible()
  await nav.getByRole('button', { name: 'Settings', exact: true }).click()
  const backupPath = join(ports.documentsDir, 'settings.afterview-backup')
  ports.dialog.saves.push(backupPath)
  await page.getByTestId('back-up-now').click()
  await expect(page.getByTestId('backup-status')).toContainText('Backup saved')

  // A file that is not a backup, then a wrong passphrase: each says why, and Settings stays.
  const notBackup = join(ports.documentsDir, 'holiday photo.afterview-backup')
  await writeFile(notBackup, Buffer.from('JFIF not a backup at all'.repeat(20)))
  await page.getByTestId('start-restore').click()
  ports.dialog.opens.push(notBackup)
  await page.getByTestId('choose-backup').click()
  await page.getByTestId('restore-passphrase').fill(TEST_PASSPHRASE)
  await page.getByTestId('restore').click()
  await expect(page.getByTestId('restore-error')).toHaveText(/not an Afterview backup/, {
    timeout: 30_000,
  })
  ports.dialog.opens.push(backupPath)
  await page.getByTestId('choose-backup').click()
  await page.getByTestId('restore-passphrase').fill('not the passphrase at all')
  await page.getByTestId('restore').click()
  await expect(page.getByTestId('restore-error')).toHaveText(/passphrase is not right/, {
    timeout: 30_000,
  })
  await app.screenshot('vault-settings-restore-error')

  // The right passphrase: a summary of what came back, and the data is on screen again.
  await page.getByTestId('restore-passphrase').fill(TEST_PASSPHRASE)
  await page.getByTestId('restore').click()
  await expect(page.getByTestId('backup-status')).toHaveText(
    'Restored 1 offer and your settings.',
    { timeout: 30_000 },
  )
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await app.screenshot(`${scheme}-vault-settings-restored`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await nav.getByRole('button', { name: 'Offers', exact: true }).click()
  await expect(page.getByRole('heading', { name: /at Société Générale/ })).toBeVisible()
  expect(app.consoleErrors).toEqual([])
})

test('a damaged auto-lock setting is kept and said, and replaced only by the user’s choice', async ({
  app,
}) => {
  const { page } = app
  await createVault(page)
  const nav = page.getByRole('navigation', { name: 'Sections' })
  await nav.getByRole('button', { name: 'Settings', exact: true }).click()
  await page.getByLabel('Lock after this many minutes without use').fill('45')
  await page.getByLabel('Lock after this many minutes without use').press('Tab')
  await page.getByTestId('lock-now').click()
  // Locking loads the page afresh: the disk is edited from the new lock screen.
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  // Damage the stored row on disk, as a bad sector would: one flipped ciphertext byte.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('afterview')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const store = open.result.transaction('records', 'readwrite').objectStore('records')
          const get = store.get(['vault-settings', 'vault'])
          get.onsuccess = () => {
            const row = get.result as { ciphertext: Uint8Array }
            row.ciphertext[40] = row.ciphertext[40]! ^ 0x20
            store.put(row).onsuccess = () => {
              open.result.close()
              done()
            }
          }
        }
      }),
  )
  await unlock(page, TEST_PASSPHRASE)
  await nav.getByRole('button', { name: 'Settings', exact: true }).click()
  await expect(page.getByText('Your saved auto-lock time could not be read')).toBeVisible()
  await expect(page.getByTestId('unreadable-list')).toContainText('vault-settings')
  await expect(page.getByTestId('allow-replacing-vault-settings')).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await app.screenshot(`${scheme}-vault-unreadable-setting`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByTestId('allow-replacing-vault-settings').click()
  await expect(page.getByText('Afterview may now save over it')).toBeVisible()
  await page.getByLabel('Lock after this many minutes without use').fill('30')
  await page.getByLabel('Lock after this many minutes without use').press('Tab')
  await expect(page.getByText('Your saved auto-lock time could not be read')).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
})

test('locks when main asks (system suspend) and says why', async ({ app }) => {
  await createVault(app.page)
  await app.emit('vault/lock-requested', { reason: 'suspend' })
  await expect(
    app.page.getByText('Afterview locked when the computer went to sleep.'),
  ).toBeVisible()
  await app.screenshot('vault-locked-suspend')
})

test.describe('features’ records', () => {
  test.use({ vaultStart: 'open' })

  test('an offer is dropped from the screen on lock and comes back after unlock and restart', async ({
    app,
  }) => {
    const { page } = app
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Offers', exact: true })
      .click()
    await page.getByRole('button', { name: 'Add your first offer' }).click()
    await page.getByLabel('Company').fill('Vault Test Ltd')
    await page.getByLabel('Role').fill('Analyst')
    await page.locator('#offer-payMin').fill('50,000')
    await page.getByRole('button', { name: 'Save the offer' }).click()
    await expect(page.getByRole('heading', { name: /at Vault Test Ltd/ })).toBeVisible()

    await page.keyboard.press('Control+L')
    await expect(page.getByText('Vault Test Ltd')).toHaveCount(0)
    await unlock(page, TEST_PASSPHRASE)
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Offers', exact: true })
      .click()
    await expect(page.getByRole('heading', { name: /at Vault Test Ltd/ })).toBeVisible()

    await app.restart()
    await app.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Offers', exact: true })
      .click()
    await expect(app.page.getByRole('heading', { name: /at Vault Test Ltd/ })).toBeVisible()
  })
})
