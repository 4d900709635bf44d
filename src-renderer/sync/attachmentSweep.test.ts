import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import { attachmentFolderName } from '@shared/sync/attachmentNames'
import { opportunity } from '@shared/rules/testing/fixtures'
import { toBase64 } from '@shared/vault/bytes'
import { installRealHost } from '../../tests/support/realHost'
import { attachmentComputers } from '../../tests/support/syncAttachmentKit'
import { twoDevices } from '../../tests/support/syncSessions'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { host } from '../host'
import { hostAttachmentCopier, hostAttachmentFiles } from './attachmentSync'
import type { SyncSession } from './syncSession'

const root = tempFolderPerTest('attach-sweep')
const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

/** Two computers that both hold an application with one attachment, synced through the folder. */
async function sharedLetter() {
  const devices = await twoDevices(sessions)
  const { first, second, folders, start } = devices
  const kit = await attachmentComputers(root(), 2)
  const letter = await kit.attach(
    0,
    'Contrat de travail — Müller & Söhne GmbH.pdf',
    'Contrat, Zoë Ångström-Łukasiewicz, 72 000 CHF, Zürich',
  )
  const application = opportunity({
    id: 'c0ffee00'.repeat(4),
    company: 'Müller & Söhne Maschinenbau GmbH',
    attachments: [letter.ref],
  })
  await first.records.put('opportunities', application.id, application)
  const a = await start(first, 0, kit.ports(0))
  await a.sync()
  folders.deliverAll()
  const b = await start(second, 1, kit.ports(1))
  await b.sync()
  folders.deliverAll()
  await a.sync()
  expect(await kit.holds(1, letter.ref.fileId)).toBe(true)
  expect(await kit.listed()).toEqual([letter.digest])
  return { ...devices, kit, letter, application, a, b }
}

describe('the folder forgets attachment files no record names', () => {
  it('deletes one only once every device has seen the delete, and takes it back if named again', async () => {
    const { first, second, folders, kit, letter, application, a, b } = await sharedLetter()

    await first.records.remove('opportunities', application.id)
    await a.sync()
    await a.sync()
    // The other computer has not merged the delete: its record still names the file.
    expect(await kit.listed()).toEqual([letter.digest])

    folders.deliverAll()
    await b.sync()
    expect(await second.records.get('opportunities', application.id)).toBeUndefined()
    folders.deliverAll()
    await a.sync()
    folders.deliverAll()
    await b.sync()
    expect(await kit.listed()).toEqual([])

    // Named again (the application restored on the second computer, which kept its copy).
    await second.records.put('opportunities', application.id, application)
    await b.sync()
    expect(await kit.listed()).toEqual([letter.digest])
  })

  it('never deletes a file a record kept as a delete conflict names', async () => {
    const { first, second, folders, kit, letter, application, a, b } = await sharedLetter()

    await first.records.remove('opportunities', application.id)
    await second.records.put('opportunities', application.id, { ...application, stage: 'offer' })
    for (let round = 0; round < 4; round++) {
      await a.sync()
      await b.sync()
      folders.deliverAll()
    }
    for (const session of [a, b]) {
      expect(session.status().conflicts).toEqual([
        expect.objectContaining({ table: 'opportunities', id: application.id }),
      ])
    }
    expect(await first.records.get('opportunities', application.id)).toMatchObject({
      attachments: [letter.ref],
    })
    expect(await kit.listed()).toEqual([letter.digest])
  })

  it('remembers a file to delete across sessions', async () => {
    const { first, folders, kit, letter, application, a, b, start } = await sharedLetter()
    await first.records.remove('opportunities', application.id)
    await a.sync()
    await a.close()
    folders.deliverAll()
    await b.sync()
    folders.deliverAll()
    expect(await kit.listed()).toEqual([letter.digest])
    // The computer that saw the reference go deletes the file in a later session.
    const again = await start(first, 0, kit.ports(0))
    await again.sync()
    expect(await kit.listed()).toEqual([])
  })

  it('sends a file again when the folder lost one a record still names', async () => {
    const { kit, letter, a } = await sharedLetter()
    // Gone from the folder (a device that had not seen the record yet, a user tidying up).
    await rm(join(kit.syncedPath, attachmentFolderName(letter.digest)))
    await a.sync()
    await a.sync()
    expect(await kit.listed()).toEqual([letter.digest])
  })
})

describe('main’s attachment services over the bridge', () => {
  it('answers digests of files here, lists the folder’s files and deletes one by digest', async () => {
    const ports = await installRealHost()
    try {
      const folder = join(root(), 'Afterview sync')
      await mkdir(folder)
      ports.dialog.folders.push(folder)
      await host().call('sync/choose-folder', {})
      const stored = await host().call('attachments/import-bytes', {
        name: 'Arbeitszeugnis — Jürgen Weiß.pdf',
        dataB64: toBase64(new TextEncoder().encode('Arbeitszeugnis, Jürgen Weiß, sehr gut')),
      })
      const files = hostAttachmentFiles(host())
      const here = [{ fileId: stored.fileId, digest: stored.digest }]
      expect(await files.digests([stored.fileId, '0'.repeat(32)])).toEqual(here)
      expect(await files.listed()).toEqual([])
      await hostAttachmentCopier(host())(here)
      expect(await files.listed()).toEqual([stored.digest])
      await files.remove(stored.digest)
      expect(await files.listed()).toEqual([])
    } finally {
      await ports.dispose()
    }
  })
})
