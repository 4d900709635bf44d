/**
 * The memory claim of docs/SECURITY.md, tested in Chromium: after a lock, main loads the app
 * afresh, and a heap snapshot of the page holds no record plaintext, no passphrase and no key
 * in any encoding. The keys are derived here, in the test, from the known passphrase and the
 * stored header with the app's own KDF, so the app needs no test-only way to hand them out.
 *
 * A snapshot lists every JavaScript object and string of the page, not the bytes inside
 * ArrayBuffers (libsodium's WebAssembly memory is one): those are covered by the page being a
 * new document, whose old objects, that memory included, are no longer reachable at all.
 */
import type { Page } from '@playwright/test'
import { loadSodium } from '@shared/vault/sodium'
import { decodeVaultHeader } from '@shared/vault/vaultHeader'
import { inlineDerive, unlockWithPassphrase } from '@shared/vault/vaultKeys'
import { deriveVaultKeys } from '@shared/vault/subkeys'
import { expect, test } from './support/app'
import { addInterview, goTo } from './support/journeys'
import { storedHeaderText, TEST_PASSPHRASE, unlock } from './support/vault'

/** What the user typed about one interviewer: it must not outlive the lock. */
const NOTE = 'Zoë asked about my notice period at Ørsted-Lindqvist & Søn, and the €71,500 floor'

/** Every string of the page's JavaScript heap, from a CDP heap snapshot (after a full GC). */
async function heapStrings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk))
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await cdp.detach()
  const snapshot = JSON.parse(chunks.join('')) as { strings: string[] }
  return snapshot.strings
}

/** The keys of the vault in the page's database, derived here from the passphrase. */
async function vaultKeys(page: Page): Promise<Uint8Array[]> {
  const headerText = await storedHeaderText(page)
  const sodium = await loadSodium()
  const header = decodeVaultHeader(headerText)
  const dataKey = await unlockWithPassphrase(sodium, header, TEST_PASSPHRASE, inlineDerive(sodium))
  const keys = deriveVaultKeys(sodium, dataKey, header.keyId)
  return [keys.dataKey, keys.records, keys.backups]
}

/** The ways a key could appear in a string: hex, base64 (both alphabets), or one char a byte. */
function encodings(key: Uint8Array): string[] {
  const buffer = Buffer.from(key)
  return [
    buffer.toString('hex'),
    buffer.toString('hex').toUpperCase(),
    buffer.toString('base64').replace(/=+$/, ''),
    buffer.toString('base64url'),
    buffer.toString('latin1'),
  ]
}

/** The needles of `secrets` found in `strings`, by name. */
function found(strings: string[], secrets: Record<string, string[]>): string[] {
  return Object.entries(secrets)
    .filter(([, needles]) => needles.some((needle) => strings.some((s) => s.includes(needle))))
    .map(([name]) => name)
}

test('after a lock the page is loaded afresh and its heap holds no key, plaintext or passphrase', async ({
  app,
}) => {
  // Two heap snapshots of a page with pdf.js, docx and libsodium loaded: each takes seconds on
  // a quiet machine and minutes on a busy one.
  test.setTimeout(480_000)
  const { page } = app
  await addInterview(page, {
    company: 'Ørsted-Lindqvist & Søn',
    role: 'Principal service designer',
    date: '18/11/2025',
    time: '14:15',
    people: [
      {
        name: 'Zoë Ní Bhriain-Castellanos',
        title: 'Director of Research',
        email: 'zoe@orsted-lindqvist.example',
        discussed: NOTE,
      },
    ],
  })
  const keys = await vaultKeys(page)
  const secrets: Record<string, string[]> = {
    note: [NOTE],
    passphrase: [TEST_PASSPHRASE],
    'data key': encodings(keys[0]!),
    'records key': encodings(keys[1]!),
    'backups key': encodings(keys[2]!),
  }

  // The scan sees what the open app holds: the note is in its heap while unlocked.
  expect(found(await heapStrings(page), secrets)).toContain('note')

  await page.evaluate(() => Object.assign(window, { beforeLock: true }))
  await page.keyboard.press('Control+L')
  // "Locking…" shows until main has loaded the page afresh; only the fresh page asks for it.
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  expect(new URL(page.url()).searchParams.get('locked')).toBe('user')
  expect(await page.evaluate(() => 'beforeLock' in window)).toBe(false)
  await expect(page.getByTestId('unlock-passphrase')).toBeFocused()

  expect(found(await heapStrings(page), secrets)).toEqual([])

  // And the fresh page opens the vault as before.
  await unlock(page, TEST_PASSPHRASE)
  await goTo(page, 'Board')
  await expect(page.getByText('Ørsted-Lindqvist & Søn').first()).toBeVisible()
  expect(app.consoleErrors).toEqual([])
})
