import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildHandlers, type HandlerTable } from '../ipc/handlers'
import { dispatch } from '../ipc/dispatch'
import { loadSodium } from '@shared/vault/sodium'
import { CHUNK_BYTES } from '@shared/vault/secretStream'
import { snapshot } from '../../tests/support/mainPorts'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'
import { flipped, randomBytes } from '../../tests/support/vaultKit'

let env: TestPorts & { root: string }
let table: HandlerTable

beforeEach(async () => {
  const ports = await createTestPorts({
    now: Date.UTC(2026, 10, 21, 12),
    overrides: { attachmentLimitBytes: 200_000 },
  })
  // Files the user "picks" live outside the data folder, like a real Downloads folder.
  env = { ...ports, root: await mkdtemp(join(tmpdir(), 'afterview-picked-')) }
  table = buildHandlers(env.ports)
})
afterEach(async () => {
  await env.dispose()
  await rm(env.root, { recursive: true, force: true })
})

async function call(channel: string, payload: unknown) {
  return dispatch(table, channel, payload)
}

async function importFile(name: string, bytes: Uint8Array) {
  const source = join(env.root, name)
  await writeFile(source, bytes)
  env.dialog.opens.push(source)
  const answer = await call('attachments/import', {})
  if (!answer.ok) throw new Error(answer.error.kind)
  return answer.value as {
    fileId: string
    keyB64: string
    name: string
    size: number
    mediaType: string
    digest: string
  }
}

describe('attachment channels', () => {
  it('encrypt a chosen file into the data folder under a random name and read it back', async () => {
    const bytes = randomBytes(CHUNK_BYTES * 2 + 5)
    const imported = await importFile('Offer letter.pdf', bytes)
    expect(imported).toMatchObject({
      name: 'Offer letter.pdf',
      size: bytes.length,
      mediaType: 'application/pdf',
    })
    expect(imported.fileId).toMatch(/^[0-9a-f]{32}$/)
    expect(await readdir(join(env.ports.dataDir, 'attachments'))).toEqual([imported.fileId])
    const read = await call('attachments/read', {
      fileId: imported.fileId,
      keyB64: imported.keyB64,
    })
    expect(read.ok && Buffer.from((read.value as { dataB64: string }).dataB64, 'base64')).toEqual(
      Buffer.from(bytes),
    )
  })

  it('refuse a file over the size limit with too-large, writing nothing', async () => {
    await writeFile(join(env.root, 'big.bin'), randomBytes(200_001))
    env.dialog.opens.push(join(env.root, 'big.bin'))
    const answer = await call('attachments/import', {})
    expect(answer).toMatchObject({ ok: false, error: { kind: 'too-large' } })
    expect((await snapshot(env.ports.dataDir)).size).toBe(0)
  })

  it('report a cancelled dialog as cancelled', async () => {
    expect(await call('attachments/import', {})).toMatchObject({
      ok: false,
      error: { kind: 'cancelled' },
    })
  })

  it('store a dropped file from its bytes under its own name, never a path', async () => {
    const page = new TextEncoder().encode('<html><body>Müller & Söhne</body></html>')
    const answer = await call('attachments/import-bytes', {
      name: 'C:\\Users\\amara\\Downloads\\Müller job.html',
      dataB64: Buffer.from(page).toString('base64'),
    })
    expect(answer).toMatchObject({
      ok: true,
      value: { name: 'Müller job.html', size: page.length, mediaType: 'text/html' },
    })
    if (!answer.ok) return
    const { fileId, keyB64 } = answer.value as { fileId: string; keyB64: string }
    const read = await call('attachments/read', { fileId, keyB64 })
    expect(read).toMatchObject({
      ok: true,
      value: { dataB64: Buffer.from(page).toString('base64') },
    })
  })

  it('refuse a dropped file over the size limit with too-large, writing nothing', async () => {
    const answer = await call('attachments/import-bytes', {
      name: 'huge.pdf',
      dataB64: Buffer.from(randomBytes(200_001)).toString('base64'),
    })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'too-large' } })
    expect((await snapshot(env.ports.dataDir)).size).toBe(0)
  })

  it('offer saved pages and PDFs when the file is an advert', async () => {
    await call('attachments/import', { kind: 'advert' })
    expect(env.dialog.asked).toEqual([{ kind: 'open', title: 'Open a saved job advert' }])
  })

  it('encrypt a file again under a new key into a new file, leaving the old one to be deleted', async () => {
    const bytes = randomBytes(CHUNK_BYTES + 17)
    const old = await importFile('Contrat de travail – Müller & Söhne.pdf', bytes)
    const answer = await call('attachments/rekey', { fileId: old.fileId, keyB64: old.keyB64 })
    if (!answer.ok) throw new Error(answer.error.kind)
    const next = answer.value as { fileId: string; keyB64: string; digest: string }
    expect(next.fileId).toMatch(/^[0-9a-f]{32}$/)
    expect(next.digest).not.toBe(old.digest)
    expect(next.fileId).not.toBe(old.fileId)
    expect(next.keyB64).not.toBe(old.keyB64)
    const folder = join(env.ports.dataDir, 'attachments')
    expect((await readdir(folder)).sort()).toEqual([old.fileId, next.fileId].sort())
    const read = await call('attachments/read', { fileId: next.fileId, keyB64: next.keyB64 })
    if (!read.ok) throw new Error(read.error.kind)
    expect(Buffer.from((read.value as { dataB64: string }).dataB64, 'base64')).toEqual(
      Buffer.from(bytes),
    )
    const sealed = await readFile(join(folder, next.fileId))
    const sodium = await loadSodium()
    expect(next.digest).toBe(sodium.crypto_generichash(32, sealed, null, 'hex'))
    // The old key does not open the new file.
    expect(
      await call('attachments/read', { fileId: next.fileId, keyB64: old.keyB64 }),
    ).toMatchObject({ ok: false, error: { kind: 'corrupt-attachment' } })
  })

  it('refuse to re-key a missing or damaged file, writing nothing new', async () => {
    const old = await importFile('card.jpg', randomBytes(900))
    const path = join(env.ports.dataDir, 'attachments', old.fileId)
    await writeFile(path, flipped(await readFile(path), 40))
    expect(
      await call('attachments/rekey', { fileId: old.fileId, keyB64: old.keyB64 }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'corrupt-attachment' },
    })
    const missing = { fileId: 'b'.repeat(32), keyB64: old.keyB64 }
    expect(await call('attachments/rekey', missing)).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    })
    expect(await readdir(join(env.ports.dataDir, 'attachments'))).toEqual([old.fileId])
  })

  it('refuse file ids that are not random hex names, so no path can leave the folder', async () => {
    for (const fileId of ['../secret', 'A'.repeat(32), `${'a'.repeat(31)}/`, '']) {
      const answer = await call('attachments/delete', { fileId })
      expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    }
  })

  it('export a decrypted copy where the user picks, and delete the stored file', async () => {
    const imported = await importFile('card.png', new TextEncoder().encode('png bytes'))
    const target = join(env.root, 'copy.png')
    env.dialog.saves.push(target)
    const exported = await call('attachments/export', {
      fileId: imported.fileId,
      keyB64: imported.keyB64,
      name: 'card.png',
    })
    expect(exported).toEqual({ ok: true, value: { saved: true } })
    expect(await readFile(target, 'utf8')).toBe('png bytes')
    expect(env.dialog.asked.at(-1)?.defaultPath).toBe(join(env.ports.documentsDir, 'card.png'))
    await call('attachments/delete', { fileId: imported.fileId })
    expect(
      await call('attachments/read', { fileId: imported.fileId, keyB64: imported.keyB64 }),
    ).toMatchObject({ ok: false, error: { kind: 'not-found' } })
  })

  it('answer a damaged file with its typed error for every flipped byte and write nothing', async () => {
    const imported = await importFile('notes.txt', randomBytes(700))
    const path = join(env.ports.dataDir, 'attachments', imported.fileId)
    const original = new Uint8Array(await readFile(path))
    const expected = (i: number) =>
      i < 8 ? 'not-an-attachment' : i === 8 ? 'unsupported-version' : 'corrupt-attachment'
    for (let i = 0; i < original.length; i++) {
      const damaged = flipped(original, i)
      await writeFile(path, damaged)
      const before = await snapshot(env.dataDir)
      const answer = await call('attachments/read', {
        fileId: imported.fileId,
        keyB64: imported.keyB64,
      })
      expect(answer.ok).toBe(false)
      if (!answer.ok && answer.error.kind !== expected(i))
        expect(answer.error.kind, `byte ${i}`).toBe(expected(i))
      expect(await snapshot(env.dataDir)).toEqual(before)
      expect((await snapshot(env.documentsDir)).size).toBe(0)
    }
  })

  it('hand every encrypted file to a backup and write them back on restore', async () => {
    const a = await importFile('a.pdf', randomBytes(10))
    const listed = await call('attachments/list-encrypted', {})
    const files = (listed.ok ? listed.value : { files: [] }) as {
      files: { fileId: string; dataB64: string }[]
    }
    expect(files.files.map((f) => f.fileId)).toEqual([a.fileId])
    await call('attachments/delete', { fileId: a.fileId })
    // The restore main starts when the user chooses a backup (restore.test.ts covers the gate).
    const backup = join(env.root, 'Sauvegarde de Zoë.afterview-backup')
    await writeFile(backup, randomBytes(4_096))
    env.dialog.opens.push(backup)
    expect((await call('backup/open', {})).ok).toBe(true)
    expect(await call('attachments/restore-encrypted', files)).toEqual({
      ok: true,
      value: { setAside: 0 },
    })
    expect((await call('attachments/read', { fileId: a.fileId, keyB64: a.keyB64 })).ok).toBe(true)
  })
})

describe('leak scan of the data folder', () => {
  it('never stores an attachment’s words or name in clear', async () => {
    await loadSodium()
    const canary = 'CANARY-Globex-salary-98765'
    await importFile(`${canary}.txt`, new TextEncoder().encode(`${canary} `.repeat(5000)))
    for (const [name, bytes] of await snapshot(env.ports.dataDir)) {
      expect(name).not.toContain('CANARY')
      expect(bytes.includes(Buffer.from(canary))).toBe(false)
      expect(bytes.includes(Buffer.from(canary, 'utf16le'))).toBe(false)
    }
  })
})
