/**
 * The rotation claim of docs/SECURITY.md, tested on Chromium's own files: after a passphrase
 * change, the old passphrase (with the header it opened) opens nothing on disk written after
 * the change. The spec reads the raw files of the profile's IndexedDB folder (LevelDB's log
 * keeps every version of a row until it is compacted), finds every record envelope in them by
 * its clear prefix, and tries the old and the new records key on each, for every table and id,
 * with the key id forced to match. The attachment files in main's data folder are tried with
 * every file key an old envelope holds.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { AttachmentRef } from '@shared/domain/attachment'
import { decryptAttachment } from '@shared/vault/attachmentFile'
import { fromBase64, fromUtf8, readU32 } from '@shared/vault/bytes'
import { openRecord, RECORD_VERSION } from '@shared/vault/recordEnvelope'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { deriveVaultKeys } from '@shared/vault/subkeys'
import { decodeVaultHeader } from '@shared/vault/vaultHeader'
import { inlineDerive, unlockWithPassphrase } from '@shared/vault/vaultKeys'
import { attachmentRefsIn } from '../../src-renderer/vault/rotationFiles'
import { test, expect, usingElectron } from './support/app'
import { addInterview, goTo } from './support/journeys'
import { businessCardPng } from './support/samples'
import { createVault, storedHeaderText, TEST_PASSPHRASE, unlock } from './support/vault'

test.skip(usingElectron, 'scripts the open dialog through the test ports')
test.use({ vaultStart: 'fresh' })

const SECOND = 'harbour copper sandwich evening'
const BEFORE = 'Zoë asked about my notice period and the €71,500 floor'
const AFTER = 'Siobhán wants the portfolio by Thursday, before the panel with Jürgen'

/** A stretch of the raw files that may be a record envelope (version 2). */
interface Envelope {
  bytes: Uint8Array
}

/** Every byte of the profile's IndexedDB folders (LevelDB logs, tables, blobs), file by file. */
async function indexedDbFiles(profileDir: string): Promise<Uint8Array[]> {
  const files: Uint8Array[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) files.push(new Uint8Array(await readFile(path)))
    }
  }
  await walk(join(profileDir, 'Default', 'IndexedDB'))
  return files
}

/** 1 + 4 + 8 + 24: version, key id, counter, nonce. */
const ENVELOPE_HEAD = 37
/** Padded plaintext sizes (recordPadding.ts) plus the 16-byte tag. */
const ENVELOPE_LENGTHS = Array.from({ length: 9 }, (_, k) => ENVELOPE_HEAD + (256 << k) + 16)

/**
 * Every stretch of the files that starts like an envelope under one of `keyIds` and has an
 * envelope's length: the candidates an attacker with the disk would try.
 */
function candidates(files: Uint8Array[], keyIds: number[]): Envelope[] {
  const found: Envelope[] = []
  for (const file of files)
    for (let at = 0; at + ENVELOPE_HEAD < file.length; at++) {
      if (file[at] !== RECORD_VERSION || !keyIds.includes(readU32(file, at + 1))) continue
      for (const length of ENVELOPE_LENGTHS)
        if (at + length <= file.length) found.push({ bytes: file.slice(at, at + length) })
    }
  return found
}

/** The plaintexts of the candidates `recordsKey` opens, for any row name, key id forced. */
function openedBy(
  sodium: Sodium,
  recordsKey: Uint8Array,
  found: Envelope[],
  rows: [string, string][],
): string[] {
  const opened: string[] = []
  for (const { bytes } of found)
    for (const [table, id] of rows) {
      try {
        const plain = openRecord(sodium, recordsKey, readU32(bytes, 1), table, id, bytes)
        opened.push(fromUtf8(plain))
        break
      } catch {
        // Not this row, not this length, or not this key.
      }
    }
  return opened
}

/** The records key and key id the header and passphrase open. */
async function recordsKey(sodium: Sodium, headerText: string, passphrase: string) {
  const header = decodeVaultHeader(headerText)
  const dataKey = await unlockWithPassphrase(sodium, header, passphrase, inlineDerive(sodium))
  return { keyId: header.keyId, records: deriveVaultKeys(sodium, dataKey, header.keyId).records }
}

/** Every (table, id) the page's database lists now (in clear on disk too). */
async function rowNames(page: Page): Promise<[string, string][]> {
  return page.evaluate(
    () =>
      new Promise<[string, string][]>((resolve, reject) => {
        const open = indexedDB.open('afterview')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const read = open.result.transaction('records').objectStore('records').getAllKeys()
          read.onerror = () => reject(read.error)
          read.onsuccess = () => {
            open.result.close()
            resolve(read.result as [string, string][])
          }
        }
      }),
  )
}

test('after a passphrase change the old passphrase opens nothing on disk written after it', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const ports = app.ports!
  const sodium = await loadSodium()
  await createVault(app.page)
  await addInterview(app.page, {
    company: 'Ørsted-Lindqvist & Søn',
    role: 'Principal service designer',
    date: '2025-11-18',
    time: '14:15',
    people: [
      { name: 'Zoë Ní Bhriain', title: 'Director', email: 'zoe@example.com', discussed: BEFORE },
    ],
  })
  const picked = join(ports.documentsDir, 'Zoë Ní Bhriain card.png')
  await writeFile(picked, businessCardPng())
  ports.dialog.opens.push(picked)
  const panel = app.page.getByRole('region', { name: 'Attachments' })
  await panel.getByRole('button', { name: 'Attach a file…' }).click()
  await expect(panel.getByRole('status')).toHaveText('Attached Zoë Ní Bhriain card.png.')

  const old = await recordsKey(sodium, await storedHeaderText(app.page), TEST_PASSPHRASE)
  // What the disk held before the change: the old key may open these, and only these.
  const before = new Set(
    candidates(await indexedDbFiles(app.profileDir), [old.keyId]).map((c) =>
      Buffer.from(c.bytes).toString('base64'),
    ),
  )

  await goTo(app.page, 'Settings')
  await app.page.getByTestId('change-passphrase').click()
  await app.page.getByTestId('current-passphrase').fill(TEST_PASSPHRASE)
  await app.page.getByTestId('new-passphrase').fill(SECOND)
  await app.page.getByTestId('confirm-passphrase').fill(SECOND)
  await app.page.getByTestId('save-passphrase').click()
  await expect(app.page.getByText('Your passphrase has been changed')).toBeVisible({
    timeout: 60_000,
  })
  // The screens were drawn afresh while the files moved; Settings still says it is done.
  await app.screenshot('vault-passphrase-changed')
  const next = await recordsKey(sodium, await storedHeaderText(app.page), SECOND)
  await addInterview(app.page, {
    company: 'Nordström Logistik AB',
    role: 'Lead researcher',
    date: '2025-11-25',
    time: '09:30',
    people: [
      {
        name: 'Siobhán Kelly',
        title: 'Head of UX',
        email: 'siobhan@example.com',
        discussed: AFTER,
      },
    ],
  })

  // Closing the browser closes the database; the restarted page waits on the lock screen.
  await app.restart()
  await expect(app.page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  const files = await indexedDbFiles(app.profileDir)
  const rows = await rowNames(app.page)
  const found = candidates(files, [old.keyId, next.keyId])

  // The probe is sound: the new key finds the text written after the change, and the text
  // written before it re-encrypted; the old key finds the versions the log kept from before.
  const withNew = openedBy(sodium, next.records, found, rows)
  expect(withNew.some((plain) => plain.includes(AFTER))).toBe(true)
  expect(withNew.some((plain) => plain.includes(BEFORE))).toBe(true)
  const oldOpened = found.filter((c) => openedBy(sodium, old.records, [c], rows).length > 0)
  expect(oldOpened.length).toBeGreaterThan(0)
  console.log(
    `LevelDB probe: ${files.length} files, ${found.length} envelope-shaped stretches tried, ` +
      `${withNew.length} opened by the new key, ${oldOpened.length} by the old (all from before)`,
  )
  // The claim: everything the old key opens was on disk before the change.
  for (const c of oldOpened) expect(before.has(Buffer.from(c.bytes).toString('base64'))).toBe(true)
  const oldPlain = openedBy(sodium, old.records, oldOpened, rows)
  expect(oldPlain.some((plain) => plain.includes(AFTER))).toBe(false)

  // The file keys the old records hold open no attachment file on disk now; the new ones do.
  const oldRefs = oldPlain.flatMap((plain) => attachmentRefsIn(JSON.parse(plain)))
  expect(oldRefs.map((r) => r.name)).toContain('Zoë Ní Bhriain card.png')
  const folder = join(ports.dataDir, 'attachments')
  const stored = await Promise.all(
    (await readdir(folder)).map(async (name) => new Uint8Array(await readFile(join(folder, name)))),
  )
  const opens = (refs: AttachmentRef[]) =>
    stored.filter((file) =>
      refs.some((ref) => {
        try {
          decryptAttachment(sodium, fromBase64(ref.keyB64), file)
          return true
        } catch {
          return false
        }
      }),
    ).length
  expect(opens(oldRefs)).toBe(0)
  const newRefs = withNew.flatMap((plain) => attachmentRefsIn(JSON.parse(plain)))
  expect(opens(newRefs)).toBe(1)

  // And the app: the old passphrase is refused, the new one opens both interviews.
  await unlock(app.page, TEST_PASSPHRASE)
  await expect(app.page.getByTestId('unlock-error')).toBeVisible({ timeout: 30_000 })
  await unlock(app.page, SECOND)
  await goTo(app.page, 'Board')
  await expect(app.page.getByText('Ørsted-Lindqvist & Søn').first()).toBeVisible()
  await expect(app.page.getByText('Nordström Logistik AB').first()).toBeVisible()
  expect(app.consoleErrors).toEqual([])
})
