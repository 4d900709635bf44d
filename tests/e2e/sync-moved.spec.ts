/**
 * The synced folder moves (a USB drive mounted under another name, a Dropbox folder moved): two
 * paired computers find it missing, each is shown where it is now with "Choose the folder
 * again…", and sync carries on through it.
 */
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, usingElectron, type AfterviewApp } from './support/app'
import { goTo } from './support/journeys'
import { interview, onBoard, pairThroughLinks, syncNow } from './support/syncJourneys'

test.skip(usingElectron, 'scripts the folder dialog through the test ports')

let root = ''
test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'afterview-e2e-sync-moved-'))
})
test.afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Syncs now and waits until the panel says the folder cannot be found, with the way out. */
async function seesMissing(app: AfterviewApp): Promise<void> {
  await syncNow(app)
  await expect(app.page.getByTestId('sync-status')).toContainText(
    'The sync folder cannot be found.',
  )
  await expect(app.page.getByTestId('sync-moved')).toBeVisible()
}

/** Answers the folder dialog with `folder` and chooses the folder again in the missing block. */
async function chooseAgain(app: AfterviewApp, folder: string): Promise<void> {
  app.ports!.dialog.folders.push(folder)
  await app.page.getByTestId('sync-moved').getByTestId('sync-choose-again').click()
  await expect(app.page.getByRole('status').filter({ hasText: 'Found it.' })).toHaveText(
    'Found it. Afterview now syncs through the folder “Afterview sync”.',
  )
  await expect(app.page.getByTestId('sync-moved')).toHaveCount(0)
  await expect(app.page.getByTestId('sync-status')).not.toContainText('cannot be found')
}

test('a moved synced folder is chosen again on each computer, and sync carries on', async ({
  app,
  secondApp,
}) => {
  test.setTimeout(180_000)
  const shared = await pairThroughLinks(root, app, secondApp, 'Fjordlight Analytics ApS')

  // The folder moves: the drive now mounts as "ZOË USB (F)".
  const drive = join(root, 'ZOË USB (F)')
  await mkdir(drive)
  const moved = join(drive, 'Afterview sync')
  await rename(shared, moved)

  await seesMissing(app)
  await app.page.getByTestId('sync-moved').scrollIntoViewIfNeeded()
  await app.screenshot('sync-folder-moved')

  // A folder that is not the synced one is refused, and nothing is written into it.
  const photos = join(drive, 'Photos – Malmö')
  await mkdir(photos)
  app.ports!.dialog.folders.push(photos)
  await app.page.getByTestId('sync-moved').getByTestId('sync-choose-again').click()
  await expect(app.page.getByRole('alert')).toContainText(
    'The folder “Photos – Malmö” is not one Afterview syncs through',
  )
  await expect(app.page.getByTestId('sync-moved')).toBeVisible()
  expect(await readdir(photos)).toEqual([])

  await chooseAgain(app, moved)
  await app.screenshot('sync-folder-found')

  // The laptop adds an application; the desktop, shown the folder too, receives it.
  await interview(app.page, 'Nørrebro Søfart & Co.')
  await syncNow(app)
  await seesMissing(secondApp)
  await chooseAgain(secondApp, moved)
  await onBoard(secondApp, 'Nørrebro Søfart & Co.')
  await goTo(secondApp.page, 'Settings')
  await expect(secondApp.page.getByTestId('sync-status')).toContainText('last read the folder')
})
