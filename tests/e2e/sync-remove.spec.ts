/**
 * Removing a computer from sync: two app instances over one temp folder. The laptop removes
 * the desktop after a confirmation; the desktop, syncing again, is told it was removed.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/app'
import { addInterview, goTo, PANEL } from './support/journeys'
import { TEST_PASSPHRASE } from './support/vault'

let shared = ''
test.beforeEach(async () => {
  shared = await mkdtemp(join(tmpdir(), 'afterview-e2e-sync-remove-'))
})
test.afterEach(async () => {
  await rm(shared, { recursive: true, force: true })
})

test('a computer removed from sync is told so when it comes back', async ({ app, secondApp }) => {
  test.setTimeout(120_000)
  const laptop = app.page
  const desktop = secondApp.page
  await addInterview(laptop, {
    company: 'Fjordlight Analytics ApS',
    role: 'Responsable produit',
    date: '2026-02-24',
    time: '14:30',
    people: PANEL,
  })
  await goTo(laptop, 'Settings')
  app.ports!.dialog.folders.push(shared)
  await laptop.getByTestId('sync-choose').click()
  await expect(laptop.getByTestId('sync-status')).toContainText('last read the folder')

  await desktop.getByTestId('start-join').click()
  secondApp.ports!.dialog.folders.push(shared)
  await desktop.getByTestId('join-choose').click()
  await desktop.getByTestId('join-passphrase').fill(TEST_PASSPHRASE)
  await desktop.getByTestId('join-vault').click()
  await expect(desktop.getByText('Fjordlight Analytics ApS').first()).toBeVisible({
    timeout: 20_000,
  })

  // The laptop hears from the desktop, and removes it after saying what that does.
  await laptop.getByTestId('sync-now').click()
  const computers = laptop.getByTestId('sync-computers')
  await expect(computers).toBeVisible({ timeout: 20_000 })
  await computers.getByRole('button', { name: 'Remove this computer' }).click()
  await expect(computers).toContainText('stops reading its new files')
  await computers.scrollIntoViewIfNeeded()
  await app.screenshot('sync-remove-confirm')
  await computers.getByTestId('sync-remove-confirm').click()
  await expect(laptop.getByTestId('sync-status')).toContainText('it was removed from sync')
  await expect(laptop.getByTestId('sync-computers')).toHaveCount(0)

  // The desktop syncs again and is told, rather than merged.
  await goTo(desktop, 'Settings')
  await desktop.getByTestId('sync-now').click()
  await expect(desktop.getByTestId('sync-status')).toContainText(
    'This computer was removed from sync',
  )
  await desktop.getByTestId('sync-status').scrollIntoViewIfNeeded()
  await secondApp.screenshot('sync-removed')
  expect(app.consoleErrors).toEqual([])
  expect(secondApp.consoleErrors).toEqual([])
})
