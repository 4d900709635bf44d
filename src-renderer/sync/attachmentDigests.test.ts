import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import 'fake-indexeddb/auto'
import type { AttachmentRef } from '@shared/domain/attachment'
import { opportunity } from '@shared/rules/testing/fixtures'
import { VaultError } from '@shared/vault/errors'
import { attachmentComputers } from '../../tests/support/syncAttachmentKit'
import { twoDevices } from '../../tests/support/syncSessions'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { DIGESTS_PER_PASS } from './attachmentDigests'
import type { SyncSession } from './syncSession'

const root = tempFolderPerTest('attach-digests')
const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

const letterText = 'Offre d’emploi — Société Générale, Zoë Ångström-Łukasiewicz, 58 000 € brut'
const id = (n: number) => n.toString(16).padStart(32, '0')

describe('references written before digests existed', () => {
  it('get their digest when sync runs, saved once, and the file reaches the other computer', async () => {
    const { first, second, folders, start } = await twoDevices(sessions)
    const kit = await attachmentComputers(root(), 2)
    const { ref, digest } = await kit.attach(
      0,
      'Lettre d’offre — Société Générale.pdf',
      letterText,
      false,
    )
    expect(ref.digest).toBeUndefined()
    const application = opportunity({
      id: id(1),
      company: 'Société Générale de Logiciels Ørsted & Fils',
      attachments: [ref],
    })
    await first.records.put('opportunities', application.id, application)
    const saves: string[] = []
    first.records.onWrite((rows) =>
      saves.push(...rows.filter((r) => r.table === 'opportunities').map((r) => r.id)),
    )

    const a = await start(first, 0, kit.ports(0))
    await a.sync()
    const withDigest = { ...application, attachments: [{ ...ref, digest }] }
    expect(await first.records.get('opportunities', application.id)).toEqual(withDigest)
    expect(saves).toEqual([application.id])
    expect(await kit.listed()).toEqual([digest])

    folders.deliverAll()
    const b = await start(second, 1, kit.ports(1))
    await b.sync()
    expect(await second.records.get('opportunities', application.id)).toEqual(withDigest)
    expect(await kit.holds(1, ref.fileId)).toBe(true)
    expect(b.status().attachmentsWaiting).toEqual([])
  })

  it('leaves a reference whose file is missing as it was, and the list still says so', async () => {
    const { first, start } = await twoDevices(sessions)
    const kit = await attachmentComputers(root(), 2)
    const kept = await kit.attach(0, 'Zoë — carte de visite.png', 'Zoë Ångström, Oslo', false)
    const gone: AttachmentRef = { ...kept.ref, fileId: 'f'.repeat(32), name: 'Référence.pdf' }
    const application = opportunity({ id: id(2), attachments: [kept.ref, gone] })
    await first.records.put('opportunities', application.id, application)
    const asked: string[][] = []
    const ports = kit.ports(0)
    const digests = ports.attachmentFiles!.digests
    ports.attachmentFiles!.digests = (fileIds) => (asked.push(fileIds), digests(fileIds))

    const a = await start(first, 0, ports)
    await a.sync()
    await a.sync()
    expect(await first.records.get('opportunities', application.id)).toEqual({
      ...application,
      attachments: [{ ...kept.ref, digest: kept.digest }, gone],
    })
    expect(await kit.missing(0, [kept.ref.fileId, gone.fileId])).toEqual([gone.fileId])
    // Main found no file for it: not asked again this session.
    expect(asked).toEqual([[kept.ref.fileId, gone.fileId]])
    expect(await kit.listed()).toEqual([kept.digest])
  })

  it('waits while the merged record is ahead of the vault’s copy, undoing no edit', async () => {
    const { first, second, folders, start } = await twoDevices(sessions)
    const kit = await attachmentComputers(root(), 2)
    const { ref } = await kit.attach(0, 'Lettre — Łódź & Kraków.pdf', letterText, false)
    const application = opportunity({ id: id(3), role: 'Analyste', attachments: [ref] })
    await first.records.put('opportunities', application.id, application)
    const a = await start(first, 0)
    await a.sync()
    folders.deliverAll()
    const b = await start(second, 1, kit.ports(1))
    await b.sync()
    expect(await second.records.get('opportunities', application.id)).toEqual(application)
    await b.close()

    // A newer computer renames the role and drops a field this one's schema needs.
    const { company: _dropped, ...broken } = { ...application, role: 'Directrice des données' }
    a.engine.records.put('opportunities', application.id, broken)
    await a.sync()
    folders.deliverAll()
    // The file reaches this computer some other way (a backup restored), so it could give the
    // old reference its digest, but only by saving the vault's older copy over the merged one.
    await mkdir(join(kit.dataDirs[1]!, 'attachments'), { recursive: true })
    await copyFile(
      join(kit.dataDirs[0]!, 'attachments', ref.fileId),
      join(kit.dataDirs[1]!, 'attachments', ref.fileId),
    )
    const again = await start(second, 1, kit.ports(1))
    await again.sync()
    await again.sync()
    expect(again.status().rejected).toEqual([
      expect.objectContaining({ table: 'opportunities', id: application.id }),
    ])
    expect(again.engine.records.get('opportunities', application.id)).toMatchObject({
      role: 'Directrice des données',
    })
    expect(await second.records.get('opportunities', application.id)).toEqual(application)
  })

  it('works through thousands in batches, and leaves a record it cannot save as it was', async () => {
    const { first, start } = await twoDevices(sessions)
    const kit = await attachmentComputers(root(), 2)
    const count = DIGESTS_PER_PASS * 2 + 30
    const refs: AttachmentRef[] = []
    for (let n = 0; n < count; n++) {
      refs.push((await kit.attach(0, `Entretien ${n} — Müller.pdf`, `Notes ${n}`, false)).ref)
    }
    await first.records.putMany(
      refs.map((ref, n) => ({
        table: 'opportunities',
        id: id(n + 10),
        value: opportunity({ id: id(n + 10), attachments: [ref] }),
      })),
    )
    const refused = id(10)
    const put = first.records.put.bind(first.records)
    vi.spyOn(first.records, 'put').mockImplementation((table, rowId, value) =>
      rowId === refused
        ? Promise.reject(new VaultError('locked', 'locked'))
        : put(table, rowId, value),
    )
    const withDigest = async () => {
      const { records } = await first.records.all('opportunities')
      return records.filter(
        (r) => (r.value as { attachments: AttachmentRef[] }).attachments[0]!.digest,
      )
    }

    const a = await start(first, 0, kit.ports(0))
    await a.sync()
    expect(await withDigest()).toHaveLength(DIGESTS_PER_PASS - 1)
    await a.sync()
    await a.sync()
    await a.sync()
    expect(await withDigest()).toHaveLength(count - 1)
    expect(await first.records.get('opportunities', refused)).toEqual(
      opportunity({ id: refused, attachments: [refs[0]!] }),
    )
    expect((await kit.listed()).length).toBe(count - 1)
  })
})
