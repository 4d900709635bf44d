/**
 * Attachments between two synced computers: two app instances over one temp folder, each through
 * its own link. The laptop works on its own copy of the folder, so the spec plays its sync
 * service: the records reach the shared folder first, the sealed files later and cut short.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, usingElectron, type AfterviewApp } from './support/app'
import { goTo } from './support/journeys'
import { businessCardPng } from './support/samples'
import { linkIn, pairThroughLinks, syncNow } from './support/syncJourneys'

test.skip(usingElectron, 'scripts the folder, open and save dialogs through the test ports')

let root = ''
test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'afterview-e2e-sync-attach-'))
})
test.afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Every file under `folder`'s `devices/` and `attachments/`, relative. */
async function files(folder: string): Promise<string[]> {
  const out: string[] = []
  const devices = join(folder, 'devices')
  for (const device of await readdir(devices).catch(() => [])) {
    for (const file of await readdir(join(devices, device))) out.push(`devices/${device}/${file}`)
  }
  for (const file of await readdir(join(folder, 'attachments')).catch(() => [])) {
    out.push(`attachments/${file}`)
  }
  return out.sort()
}

/** Settings › Sync now, and waits for the pass to end. */
async function pass(app: AfterviewApp): Promise<void> {
  await syncNow(app)
  await expect(app.page.getByTestId('sync-now')).toBeEnabled()
}

/** Opens the application to `company` from the board; answers its Attachments card. */
async function attachmentsOf(app: AfterviewApp, company: string) {
  await goTo(app.page, 'Board')
  await app.page
    .getByRole('button', { name: new RegExp(`^${company}`) })
    .first()
    .click()
  return app.page.getByRole('region', { name: 'Attachments' })
}

const CARD = 'Carte de visite — Zoë Ångström.png'
const NOTE = 'Notes — Siobhán Ní Bhraonáin.txt'
const NOTE_TEXT = 'Salaire proposé 58 000 € brut, Zoë Ångström-Łukasiewicz rappelle jeudi'

test('a file attached on one computer opens on the other once its copy is whole', async ({
  app,
  secondApp,
}) => {
  test.setTimeout(180_000)
  const shared = await pairThroughLinks(root, app, secondApp, 'Fjordlight Analytics ApS')
  const desktop = secondApp.page

  // The laptop attaches two files while it writes to its own copy of the folder.
  const laptopCopy = join(root, 'laptop copy')
  await cp(shared, laptopCopy, { recursive: true })
  await linkIn(root, 'laptop', laptopCopy)
  const card = businessCardPng()
  const note = Buffer.from(NOTE_TEXT)
  const panel = await attachmentsOf(app, 'Fjordlight Analytics ApS')
  for (const [name, bytes] of [
    [CARD, card],
    [NOTE, note],
  ] as const) {
    const path = join(app.ports!.documentsDir, name)
    await writeFile(path, bytes)
    app.ports!.dialog.opens.push(path)
    await panel.getByRole('button', { name: 'Attach a file…' }).click()
    await expect(panel.getByRole('status')).toHaveText(`Attached ${name}.`)
  }
  await pass(app)
  const inCopy = await files(laptopCopy)
  const sealed = inCopy.filter((name) => name.startsWith('attachments/'))
  expect(sealed).toHaveLength(2)
  for (const name of sealed) expect(name).toMatch(/^attachments\/[0-9a-f]{64}\.avattach$/)

  // Its sync service uploads the records first: the desktop lists the files as on their way.
  for (const name of inCopy.filter((n) => n.startsWith('devices/'))) {
    await mkdir(join(shared, name, '..'), { recursive: true })
    await cp(join(laptopCopy, name), join(shared, name))
  }
  await pass(secondApp)
  await expect(desktop.getByTestId('sync-status')).toContainText(
    '2 attached files are still on their way to this computer.',
  )
  await desktop.getByTestId('sync-status').scrollIntoViewIfNeeded()
  await secondApp.screenshot('sync-attachments-status')
  const waiting = await attachmentsOf(secondApp, 'Fjordlight Analytics ApS')
  const rows = waiting.getByRole('listitem')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('On its way from your other computer')
  await expect(waiting.getByRole('button', { name: `Preview ${CARD}` })).toHaveCount(0)
  await waiting.scrollIntoViewIfNeeded()
  await secondApp.screenshot('sync-attachment-waiting')

  // The picture arrives cut short first: it is left, not opened.
  await mkdir(join(shared, 'attachments'), { recursive: true })
  for (const name of sealed) {
    const bytes = await readFile(join(laptopCopy, name))
    await writeFile(join(shared, name), bytes.subarray(0, bytes.length >> 1))
  }
  await waiting.getByRole('button', { name: `Check again for ${CARD}` }).click()
  await expect(waiting.getByRole('status')).toHaveText(
    `${CARD} has not arrived yet. Afterview keeps looking for it.`,
  )

  // Whole now: the next pass brings both files (main's watcher of the folder may start it before
  // Sync now does, so the spec waits on the pass, not on a button that can vanish), and it opens.
  for (const name of sealed) await cp(join(laptopCopy, name), join(shared, name))
  await pass(secondApp)
  await expect(desktop.getByTestId('sync-status')).not.toContainText('on their way')
  const arrived = await attachmentsOf(secondApp, 'Fjordlight Analytics ApS')
  await expect(arrived).not.toContainText('On its way')
  await arrived.getByRole('button', { name: `Preview ${CARD}` }).click()
  const preview = desktop.getByRole('dialog', { name: CARD })
  const image = preview.getByRole('img', { name: CARD })
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(360)
  await secondApp.screenshot('sync-attachment-arrived')
  await preview.getByRole('button', { name: 'Close' }).click()

  // A saved copy of the note is the laptop's file byte for byte.
  const after = await attachmentsOf(secondApp, 'Fjordlight Analytics ApS')
  const copy = join(secondApp.ports!.documentsDir, 'note copy.txt')
  secondApp.ports!.dialog.saves.push(copy)
  await after.getByRole('button', { name: `Save a copy of ${NOTE}` }).click()
  await expect(after.getByRole('status')).toHaveText(`Saved a copy of ${NOTE}.`)
  expect(Buffer.compare(await readFile(copy), note)).toBe(0)

  // Nothing readable in the folder: not the records, not the files' names or contents.
  await linkIn(root, 'laptop', shared)
  await pass(app)
  for (const name of await files(shared)) {
    const bytes = await readFile(join(shared, name))
    for (const word of ['Fjordlight', 'Ångström', 'Siobhán', 'Salaire', '58 000', 'Carte'])
      expect(bytes.includes(word), `${word} in ${name}`).toBe(false)
    expect(bytes.includes('IHDR')).toBe(false)
    expect(bytes.includes(card.subarray(0, 64))).toBe(false)
  }
  expect(app.consoleErrors).toEqual([])
  expect(secondApp.consoleErrors).toEqual([])
})
