import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import { opportunity } from '@shared/rules/testing/fixtures'
import { attachmentComputers } from '../../tests/support/syncAttachmentKit'
import { twoDevices } from '../../tests/support/syncSessions'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import type { SessionAttachmentPorts } from './sessionAttachments'
import type { SyncedFile } from './attachmentSync'
import type { SyncSession } from './syncSession'

const root = tempFolderPerTest('attach-asks')
const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

/** Main's real services for a computer, recording the files each pass asks main about. */
function counted(ports: SessionAttachmentPorts, failNext = { on: false }) {
  const asked: string[][] = []
  const copy = ports.attachments!
  const counting: SessionAttachmentPorts = {
    ...ports,
    attachments: async (files: SyncedFile[]) => {
      asked.push(files.map((f) => f.fileId).sort())
      if (failNext.on) {
        failNext.on = false
        throw new Error('The synced folder went away.')
      }
      return copy(files)
    },
  }
  return { asked, ports: counting, failNext }
}

const ids = (...refs: { fileId: string }[]) => refs.map((r) => r.fileId).sort()

/** One computer with three applications, two of them with files, syncing once. */
async function threeApplications() {
  const devices = await twoDevices(sessions)
  const kit = await attachmentComputers(root(), 2)
  const letter = await kit.attach(
    0,
    'Lettre d’offre — Société Générale de Logiciels.pdf',
    'Offre: 68 000 EUR, Zoë Ångström-Łukasiewicz',
  )
  const card = await kit.attach(0, 'Carte — Jürgen Weiß.png', 'Jürgen Weiß, Müller & Söhne')
  const withLetter = opportunity({
    id: 'a1'.repeat(16),
    company: 'Société Générale de Logiciels Ørsted & Fils',
    attachments: [letter.ref],
  })
  const withCard = opportunity({
    id: 'b2'.repeat(16),
    company: 'Müller & Söhne Maschinenbau GmbH',
    attachments: [card.ref],
  })
  const plain = opportunity({ id: 'c3'.repeat(16), company: 'Ærø Færgeri A/S' })
  for (const record of [withLetter, withCard, plain]) {
    await devices.first.records.put('opportunities', record.id, record)
  }
  const main = counted(kit.ports(0))
  const a = await devices.start(devices.first, 0, main.ports)
  await a.sync()
  return { ...devices, kit, letter, card, withLetter, withCard, plain, main, a }
}

describe('what a pass asks main about attachments', () => {
  it('after one record’s edit, asks about that record’s files only', async () => {
    const { first, kit, letter, card, withCard, plain, main, a } = await threeApplications()
    // The session's first pass offers every file the records name.
    expect(main.asked).toEqual([ids(letter.ref, card.ref)])
    expect((await kit.listed()).sort()).toEqual([letter.digest, card.digest].sort())

    await first.records.put('opportunities', withCard.id, { ...withCard, stage: 'offer' })
    await a.sync()
    expect(main.asked.at(-1)).toEqual(ids(card.ref))

    // An edit to a record naming no file, and a pass with no edit, ask main nothing.
    await first.records.put('opportunities', plain.id, { ...plain, notes: 'Rang Åsa.' })
    await a.sync()
    await a.sync()
    expect(main.asked).toHaveLength(2)

    const notes = await kit.attach(0, 'Notes d’entretien — trois intervenants.pdf', 'Élodie')
    await first.records.put('opportunities', plain.id, { ...plain, attachments: [notes.ref] })
    await a.sync()
    expect(main.asked.at(-1)).toEqual(ids(notes.ref))
    expect(await kit.listed()).toContain(notes.digest)
  })

  it('asks again for a file still on its way, with the files of what changed', async () => {
    const { second, folders, start, kit, letter, card, plain } = await threeApplications()
    // The letter's file leaves the folder before the other computer could take it.
    await kit.ports(0).attachmentFiles!.remove(letter.digest)
    folders.deliverAll()
    const other = counted(kit.ports(1))
    const b = await start(second, 1, other.ports)
    await b.sync()
    expect(other.asked).toEqual([ids(letter.ref, card.ref)])
    expect(b.status().attachmentsWaiting).toEqual([letter.ref.fileId])
    expect(b.status().attachmentsArrived).toBe(1)

    const photo = await kit.attach(1, 'Photo — Renée Dupont-Nguyễn.png', 'Renée au salon')
    await second.records.put('opportunities', plain.id, { ...plain, attachments: [photo.ref] })
    await b.sync()
    expect(other.asked.at(-1)).toEqual(ids(letter.ref, photo.ref))
    await b.sync()
    expect(other.asked.at(-1)).toEqual(ids(letter.ref))

    // The first computer sends it again (its next pass sees the folder lacks it).
    await kit.ports(0).attachments!([{ fileId: letter.ref.fileId, digest: letter.digest }])
    await b.sync()
    expect(await kit.holds(1, letter.ref.fileId)).toBe(true)
    expect(b.status().attachmentsWaiting).toEqual([])
    expect(b.status().attachmentsArrived).toBe(2)
    const calls = other.asked.length
    await b.sync()
    expect(other.asked).toHaveLength(calls)
  })

  it('after a failed copy, offers every file again', async () => {
    const { first, letter, card, withLetter, main, a } = await threeApplications()
    main.failNext.on = true
    await first.records.put('opportunities', withLetter.id, { ...withLetter, stage: 'rejected' })
    await a.sync()
    expect(main.asked.at(-1)).toEqual(ids(letter.ref))
    await a.sync()
    expect(main.asked.at(-1)).toEqual(ids(letter.ref, card.ref))
    expect(main.asked).toHaveLength(3)
  })

  it('fetches the files of a record kept as a delete/edit conflict', async () => {
    const { first, second, folders, start, kit, letter, withLetter, a } = await threeApplications()
    folders.deliverAll()
    const b = await start(second, 1, kit.ports(1))
    await b.sync()
    expect(await kit.holds(1, letter.ref.fileId)).toBe(true)

    // Offline from each other: this computer deletes the application, the other adds a file.
    await first.records.remove('opportunities', withLetter.id)
    await a.sync()
    const contract = await kit.attach(1, 'Contrat — Zoë Ångström.pdf', 'Contrat, 72 000 CHF')
    const edited = { ...withLetter, attachments: [letter.ref, contract.ref] }
    await second.records.put('opportunities', withLetter.id, edited)
    await b.sync()
    folders.deliverAll()
    await a.sync()

    expect(a.status().conflicts).toEqual([
      expect.objectContaining({ table: 'opportunities', id: withLetter.id }),
    ])
    expect(await kit.holds(0, contract.ref.fileId)).toBe(true)
    expect(a.status().attachmentsWaiting).toEqual([])
    expect(await first.records.get('opportunities', withLetter.id)).toMatchObject({
      attachments: [letter.ref, contract.ref],
    })
  })
})
