/**
 * A passphrase changed on one computer reaches the other: two app instances over one shared
 * temp folder. The laptop changes its passphrase; the desktop asks for the new one, refuses a
 * wrong one without changing anything, takes the right one, and both then sync as before.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/app'
import { goTo } from './support/journeys'
import { interview, onBoard, pair, syncNow } from './support/syncJourneys'
import { TEST_PASSPHRASE } from './support/vault'

const NEW_PASSPHRASE = 'harbour copper sandwich evening'

let root = ''
test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'afterview-e2e-syncrot-'))
})
test.afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** The key id of the folder's header copy. */
async function folderKeyId(folder: string): Promise<number> {
  const text = await readFile(join(folder, 'vault-header.json'), 'utf8')
  return (JSON.parse(text) as { keyId: number }).keyId
}

test('a passphrase changed on one computer is asked for, and taken up, on the other', async ({
  app,
  secondApp,
}) => {
  test.setTimeout(240_000)
  const shared = join(root, 'Afterview sync')
  await mkdir(shared)

  // Paired: the laptop syncs through the folder, the desktop joins it.
  await pair(app, secondApp, { laptop: shared, desktop: shared }, 'Fjordlight Analytics ApS')
  const desktop = secondApp.page
  const firstKey = await folderKeyId(shared)

  // The laptop changes its passphrase; its header copy in the folder follows.
  await goTo(app.page, 'Settings')
  await app.page.getByTestId('change-passphrase').click()
  await app.page.getByTestId('current-passphrase').fill(TEST_PASSPHRASE)
  await app.page.getByTestId('new-passphrase').fill(NEW_PASSPHRASE)
  await app.page.getByTestId('confirm-passphrase').fill(NEW_PASSPHRASE)
  await app.page.getByTestId('save-passphrase').click()
  await expect(app.page.getByText('Your passphrase has been changed')).toBeVisible({
    timeout: 60_000,
  })
  await expect.poll(() => folderKeyId(shared), { timeout: 30_000 }).not.toBe(firstKey)
  await interview(app.page, 'Ørsted Vind A/S')

  // The desktop notices: a banner over its screens, and the request in Settings.
  await goTo(desktop, 'Board')
  await expect(desktop.getByTestId('sync-new-passphrase-banner')).toBeVisible({ timeout: 30_000 })
  await secondApp.screenshot('sync-rotation-banner')
  await desktop.getByTestId('sync-new-passphrase-banner').getByRole('button').click()
  const request = desktop.getByTestId('sync-new-passphrase')
  await expect(request).toContainText('changed on another computer')

  // A wrong passphrase (the old one) is refused and changes nothing.
  await desktop.getByTestId('sync-new-passphrase-input').fill(TEST_PASSPHRASE)
  await desktop.getByTestId('sync-new-passphrase-save').click()
  await expect(desktop.getByTestId('sync-new-passphrase-error')).toContainText(
    'not the new passphrase',
  )
  await request.scrollIntoViewIfNeeded()
  await secondApp.screenshot('sync-rotation-request')
  await expect(desktop.getByText('Ørsted Vind A/S')).toHaveCount(0)

  // The right one: the desktop moves to the new key and reads what waited.
  await desktop.getByTestId('sync-new-passphrase-input').fill(NEW_PASSPHRASE)
  await desktop.getByTestId('sync-new-passphrase-save').click()
  await goTo(desktop, 'Settings')
  await expect(desktop.getByTestId('sync-new-passphrase-taken')).toBeVisible({ timeout: 60_000 })
  await onBoard(secondApp, 'Ørsted Vind A/S')

  // An edit on each afterwards reaches the other.
  await interview(desktop, 'Société Générale de Logiciels')
  await interview(app.page, 'Þórsdóttir Ráðgjöf ehf.')
  await syncNow(secondApp)
  await syncNow(app)
  await syncNow(secondApp)
  for (const company of [
    'Fjordlight Analytics ApS',
    'Ørsted Vind A/S',
    'Société Générale de Logiciels',
    'Þórsdóttir Ráðgjöf ehf.',
  ]) {
    await onBoard(app, company)
    await onBoard(secondApp, company)
  }
  await goTo(desktop, 'Settings')
  await expect(desktop.getByTestId('sync-status')).not.toContainText('cannot read')
  await expect(desktop.getByTestId('sync-status')).not.toContainText('locked with a passphrase')
  await desktop.getByTestId('sync-status').scrollIntoViewIfNeeded()
  await secondApp.screenshot('sync-rotation-settled')
  expect(app.consoleErrors).toEqual([])
  expect(secondApp.consoleErrors).toEqual([])
})
