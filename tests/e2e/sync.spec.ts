/**
 * Sync through a folder between two computers: two app instances, each with its own profile and
 * test ports, over one shared temp folder. Each computer reaches the folder through its own link
 * (as each reaches Dropbox through its own copy): removing a link takes that computer offline,
 * and pointing it at a private copy lets the spec play the sync service, which copies files
 * across late and cut short.
 */
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/app'
import { goTo } from './support/journeys'
import { interview, linkIn, onBoard, pairThroughLinks, syncNow } from './support/syncJourneys'

let root = ''
test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'afterview-e2e-sync-'))
})
test.afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Points a computer's link at `target` (null: the folder is unreachable from it). */
const link = (name: string, target: string | null) => linkIn(root, name, target)

/** Every file under `folder`, relative, with its size. */
async function files(folder: string): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  const devices = join(folder, 'devices')
  for (const device of await readdir(devices).catch(() => [])) {
    for (const file of await readdir(join(devices, device)).catch(() => [])) {
      // An atomic write's temp file (named with a dot) is renamed away at any moment.
      if (file.startsWith('.')) continue
      const size = await stat(join(devices, device, file)).then(
        (s) => s.size,
        () => null,
      )
      if (size !== null) out.set(`devices/${device}/${file}`, size)
    }
  }
  return out
}

test('two computers pair, edit offline, converge, and survive a file cut short', async ({
  app,
  secondApp,
}) => {
  test.setTimeout(180_000)
  // The laptop already has an application, then starts syncing; the desktop joins with the
  // folder and the passphrase.
  const shared = await pairThroughLinks(
    root,
    app,
    secondApp,
    'Fjordlight Analytics ApS',
    async () => void (await secondApp.screenshot('sync-join')),
  )
  await expect.poll(async () => (await files(shared)).size).toBeGreaterThan(0)
  expect(await readFile(join(shared, 'vault-header.json'), 'utf8')).toContain('"slots"')
  const desktop = secondApp.page

  // Offline: neither computer reaches the folder; each adds an application.
  await link('laptop', null)
  await link('desktop', null)
  await interview(app.page, 'Ørsted Vind A/S')
  await interview(desktop, 'Société Générale de Logiciels')
  await syncNow(app)
  await expect(app.page.getByTestId('sync-status')).toContainText('cannot be found')
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await app.page.getByTestId('sync-status').scrollIntoViewIfNeeded()
    await app.screenshot(`sync-offline-${scheme}`)
  }
  await app.page.emulateMedia({ colorScheme: 'light' })

  // The laptop comes back to its own copy of the folder; its sync service has not uploaded yet.
  const laptopCopy = join(root, 'laptop copy')
  await cp(shared, laptopCopy, { recursive: true })
  await link('laptop', laptopCopy)
  const before = await files(laptopCopy)
  await syncNow(app)
  await expect.poll(async () => (await files(laptopCopy)).size).toBeGreaterThan(before.size)
  const fresh = [...(await files(laptopCopy)).keys()].filter((name) => !before.has(name))

  // The upload arrives cut short first, then whole.
  for (const name of fresh) {
    const bytes = await readFile(join(laptopCopy, name))
    await writeFile(join(shared, name), bytes.subarray(0, Math.floor(bytes.length * 0.6)))
  }
  await link('desktop', shared)
  await syncNow(secondApp)
  await expect(secondApp.page.getByTestId('sync-status')).toContainText('still being copied')
  await secondApp.screenshot('sync-waiting')
  await goTo(desktop, 'Board')
  await expect(desktop.getByText('Ørsted Vind A/S')).toHaveCount(0)
  for (const name of fresh) await cp(join(laptopCopy, name), join(shared, name))
  await syncNow(secondApp)
  await onBoard(secondApp, 'Ørsted Vind A/S')
  await onBoard(secondApp, 'Société Générale de Logiciels')

  // The laptop's sync service reconnects it to the shared folder: both hold all three.
  await link('laptop', shared)
  await syncNow(app)
  for (const company of [
    'Fjordlight Analytics ApS',
    'Ørsted Vind A/S',
    'Société Générale de Logiciels',
  ]) {
    await onBoard(app, company)
    await onBoard(secondApp, company)
  }
  await goTo(app.page, 'Settings')
  await expect(app.page.getByTestId('sync-status')).not.toContainText('cannot be found')
  await app.page.getByTestId('sync-status').scrollIntoViewIfNeeded()
  await app.screenshot('sync-settled')

  // Nothing readable reached the folder.
  for (const name of (await files(shared)).keys()) {
    const text = (await readFile(join(shared, name))).toString('latin1')
    for (const word of ['Fjordlight', 'Vind', 'Logiciels', 'Priya'])
      expect(text).not.toContain(word)
  }
  expect(app.consoleErrors).toEqual([])
  expect(secondApp.consoleErrors).toEqual([])
})
