/**
 * Removing a computer from sync: two app instances over one temp folder. The desktop is given
 * a name, which the laptop shows; the laptop removes it after a confirmation and deletes its
 * batches; the desktop, syncing again, is told it was removed and takes its folder away. Both
 * add an application meanwhile; the desktop joins again, under a new id, and the two converge,
 * the laptop listing the desktop once, by its name.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/app'
import { addInterview, goTo, PANEL } from './support/journeys'
import { interview, onBoard, syncNow } from './support/syncJourneys'
import { TEST_PASSPHRASE } from './support/vault'

let root = ''
/** The synced folder, named as a user would name it (its name shows in the panel). */
let shared = ''
const DESKTOP_NAME = 'Bureau de Zoë – Malmö'
const LAPTOP_NAME = 'Portátil de Inés'
/** The device folders in the synced folder, and the files in one. */
const deviceDirs = () => readdir(join(shared, 'devices')).then((names) => names.sort())
const filesIn = (device: string) =>
  readdir(join(shared, 'devices', device)).then(
    (names) => names.filter((n) => !n.startsWith('.')).sort(),
    () => [] as string[],
  )
test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'afterview-e2e-sync-remove-'))
  shared = join(root, 'Afterview')
  await mkdir(shared)
})
test.afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

test('a computer removed from sync is told so when it comes back, and can join again', async ({
  app,
  secondApp,
}) => {
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
  await laptop.getByTestId('sync-computer-name').fill(LAPTOP_NAME)
  await laptop.getByTestId('sync-computer-name-save').click()
  await expect(laptop.getByTestId('sync-status')).toContainText(`This computer (“${LAPTOP_NAME}”)`)
  const [laptopId] = await deviceDirs()

  await desktop.getByTestId('start-join').click()
  secondApp.ports!.dialog.folders.push(shared)
  await desktop.getByTestId('join-choose').click()
  await desktop.getByTestId('join-passphrase').fill(TEST_PASSPHRASE)
  await desktop.getByTestId('join-vault').click()
  await expect(desktop.getByText('Fjordlight Analytics ApS').first()).toBeVisible({
    timeout: 20_000,
  })

  // The desktop is named; the name reaches the folder sealed, never as a file's name.
  await goTo(desktop, 'Settings')
  await desktop.getByTestId('sync-computer-name').fill(`  ${DESKTOP_NAME} `)
  await desktop.getByTestId('sync-computer-name-save').click()
  await expect(desktop.getByRole('status').filter({ hasText: 'will call this one' })).toContainText(
    `“${DESKTOP_NAME}”`,
  )
  const desktopId = (await deviceDirs()).find((id) => id !== laptopId)!
  expect(await filesIn(desktopId)).toContain('device.avsync')

  // The laptop hears from the desktop by its name, and removes it after saying what that does.
  await laptop.getByTestId('sync-now').click()
  const computers = laptop.getByTestId('sync-computers')
  await expect(computers).toContainText(DESKTOP_NAME, { timeout: 20_000 })
  await computers.scrollIntoViewIfNeeded()
  await app.screenshot('sync-computers-named')
  await computers.getByRole('button', { name: 'Remove this computer' }).click()
  await expect(computers).toContainText(`Remove “${DESKTOP_NAME}” from sync?`)
  await expect(computers).toContainText('stops reading its new files')
  await app.screenshot('sync-remove-confirm')
  await computers.getByTestId('sync-remove-confirm').click()
  await expect(laptop.getByTestId('sync-status')).toContainText(
    `Afterview no longer reads new files from “${DESKTOP_NAME}”: it was removed from sync.`,
  )
  await expect(laptop.getByTestId('sync-computers')).toHaveCount(0)
  // The laptop has read everything of the desktop that is still followed: its batches go. Only
  // the desktop deletes its device file, which it may already have done if the folder's watcher
  // brought it the removal first: either way no batch or snapshot of it is left.
  await expect
    .poll(async () => (await filesIn(desktopId)).filter((name) => name !== 'device.avsync'))
    .toEqual([])

  // The desktop syncs again and is told, rather than merged.
  await desktop.getByTestId('sync-now').click()
  const removed = desktop.getByTestId('sync-removed')
  await expect(removed).toContainText('This computer was removed from sync')
  // It deletes what is left of its own, and its folder goes with it.
  await expect.poll(deviceDirs).toEqual([laptopId])
  await removed.scrollIntoViewIfNeeded()
  await secondApp.screenshot('sync-removed')

  // Both go on meanwhile: an application added on each, one of them on the removed desktop.
  await interview(desktop, 'Ångström & Nguyễn Conseil SARL')
  await interview(laptop, 'Ó Súilleabháin Teoranta')
  await syncNow(app)

  // The desktop joins again, after saying what that does; it comes back under a new id.
  await goTo(desktop, 'Settings')
  await removed.getByTestId('sync-join-again').click()
  await expect(removed).toContainText('Every record on this computer stays here')
  await expect(removed).toContainText(`as a new computer, still called “${DESKTOP_NAME}”`)
  await removed.scrollIntoViewIfNeeded()
  await secondApp.screenshot('sync-join-again-confirm')
  await removed.getByTestId('sync-join-again-confirm').click()
  await expect(desktop.getByTestId('sync-joined-again')).toBeVisible()
  await expect(desktop.getByTestId('sync-removed')).toHaveCount(0)
  await expect.poll(async () => (await deviceDirs()).length).toBe(2)
  const returnedId = (await deviceDirs()).find((id) => id !== laptopId)!
  expect(returnedId).not.toBe(desktopId)

  // Each has the other's application; the laptop lists the desktop once, by its name.
  await syncNow(app)
  await onBoard(app, 'Ångström & Nguyễn Conseil SARL')
  await syncNow(secondApp)
  await onBoard(secondApp, 'Ó Súilleabháin Teoranta')
  await goTo(laptop, 'Settings')
  const listed = laptop.getByTestId(`sync-computer-${returnedId}`)
  await expect(listed).toContainText(DESKTOP_NAME, { timeout: 20_000 })
  await expect(laptop.getByTestId('sync-computers').getByRole('listitem')).toHaveCount(1)
  await expect(laptop.getByTestId('sync-status')).not.toContainText('removed from sync')
  await expect(laptop.getByTestId('sync-status')).toContainText(`Changes from “${DESKTOP_NAME}”`)
  await laptop.getByTestId('sync-computers').scrollIntoViewIfNeeded()
  await app.screenshot('sync-computers-after-join-again')
  expect(app.consoleErrors).toEqual([])
  expect(secondApp.consoleErrors).toEqual([])
})
