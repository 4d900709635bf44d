import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import type { AttachmentRef } from '@shared/domain/attachment'
import { opportunity } from '@shared/rules/testing/fixtures'
import { twoDevices } from '../../tests/support/syncSessions'
import type { SyncSession } from './syncSession'
import type { AttachmentCopier, SyncedFile } from './attachmentSync'

const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

/** A reference as a record keeps it; `digest: undefined` for one written before sync. */
function fileRef(hex: string, name: string, digest?: string): AttachmentRef {
  return {
    fileId: hex.repeat(32),
    keyB64: hex.toUpperCase().repeat(43) + '=',
    name,
    size: 48_213,
    mediaType: name.endsWith('.png') ? 'image/png' : 'application/pdf',
    ...(digest ? { digest } : {}),
  }
}
const letter = fileRef('a', 'Lettre d’offre — Société Générale.pdf', 'b'.repeat(64))
const olderFile = fileRef('c', 'Zoë Ångström — carte de visite.png')

/**
 * Main's copying as each computer sees it: files it holds go to a shared folder; those it lacks
 * arrive only once `deliver` runs (the sync service has copied them). Records every call.
 */
function copiers() {
  const folder = new Set<string>()
  const held = [new Set<string>(), new Set<string>()]
  const calls: SyncedFile[][][] = [[], []]
  const copier =
    (index: number): AttachmentCopier =>
    async (files) => {
      calls[index]!.push(files)
      const waiting: string[] = []
      const arrived: string[] = []
      for (const file of files) {
        if (held[index]!.has(file.fileId)) folder.add(file.digest)
        else if (folder.has(file.digest)) {
          held[index]!.add(file.fileId)
          arrived.push(file.fileId)
        } else waiting.push(file.fileId)
      }
      return { waiting, arrived }
    }
  return { held, calls, copier }
}

describe('attachments in a sync session', () => {
  it('sends the files synced records name and lists those still on their way', async () => {
    const { first, second, folders, start } = await twoDevices(sessions)
    const files = copiers()
    files.held[0]!.add(letter.fileId)
    const application = opportunity({
      id: 'd0d0cafe'.repeat(4),
      company: 'Société Générale de Logiciels Ørsted & Fils',
      attachments: [letter, olderFile],
    })
    await first.records.put('opportunities', application.id, application)
    const a = await start(first, 0, files.copier(0))
    await a.sync()
    // Only the reference with a digest travels; the older one stays on its computer.
    expect(files.calls[0]).toEqual([[{ fileId: letter.fileId, digest: letter.digest }]])
    expect(a.status().attachmentsWaiting).toEqual([])

    folders.deliverAll()
    const b = await start(second, 1, async (asked) => {
      files.calls[1]!.push(asked)
      // The folder's copy has not arrived yet.
      return { waiting: asked.map((f) => f.fileId), arrived: [] }
    })
    await b.sync()
    expect(await second.records.get('opportunities', application.id)).toEqual(application)
    expect(b.status().attachmentsWaiting).toEqual([letter.fileId])
    // Something waits: asked again on the next pass, though no record changed.
    await b.sync()
    expect(files.calls[1]).toHaveLength(2)
  })

  it('asks main only when a record changed or a file waits', async () => {
    const { first, start } = await twoDevices(sessions)
    const files = copiers()
    files.held[0]!.add(letter.fileId)
    const a = await start(first, 0, files.copier(0))
    await a.sync()
    await a.sync()
    expect(files.calls[0]).toEqual([]) // no record names a file: nothing to ask
    const application = opportunity({ id: 'beef'.repeat(8), attachments: [letter] })
    await first.records.put('opportunities', application.id, application)
    await a.sync()
    await a.sync()
    expect(files.calls[0]).toEqual([[{ fileId: letter.fileId, digest: letter.digest }]])
  })
})
