import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import type { Opportunity } from '@shared/domain/opportunity'
import { interviewer, opportunity, round } from '@shared/rules/testing/fixtures'
import { createdVault, testVault, VAULT_PASSPHRASE } from '../../tests/support/rendererVault'
import { pairedDevices, twoDevices } from '../../tests/support/syncSessions'
import { holdsText } from '../../tests/support/syncKit'
import type { RecordStore } from '../vault/recordStore'
import { VAULT_HEADER_NAME } from '@shared/sync/names'
import { loadLocalCopy, SYNC_STATE } from './localCopy'
import type { SyncSession } from './syncSession'

const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

const application = opportunity({
  id: 'c0ffee00c0ffee00c0ffee00c0ffee00',
  company: 'Société Générale de Logiciels Ørsted & Fils',
  role: 'Responsable produit senior',
  rounds: [
    round({
      date: '2025-11-18',
      interviewers: [
        interviewer('i1', 'Zoë Kowalczyk-Ångström', 'la feuille de route'),
        interviewer('i2', 'Oluwaseun Adébáyọ̀', 'mentoring'),
        interviewer('i3', 'Siobhán Ní Bhraonáin', 'the Lisbon office'),
      ],
    }),
  ],
  createdAt: Date.UTC(2025, 10, 2),
  updatedAt: Date.UTC(2025, 10, 19),
})

/** Two devices, the first with `application`, both synced once. */
const paired = () => pairedDevices(sessions, application)

describe('joining a synced vault', () => {
  it('stores the header copy only once the passphrase opens it', async () => {
    const first = await createdVault('join-first')
    const second = await testVault('join-second')
    const header = await first.vault.headerText()
    await expect(second.vault.join(header, 'not the passphrase')).rejects.toMatchObject({
      kind: 'wrong-passphrase',
    })
    expect(await second.vault.exists()).toBe(false)
    await expect(second.vault.join('{"version":', VAULT_PASSPHRASE)).rejects.toMatchObject({
      kind: 'corrupt-header',
    })
    await second.vault.join(header, VAULT_PASSPHRASE)
    expect(second.vault.unlocked).toBe(true)
    await expect(first.vault.join(header, VAULT_PASSPHRASE)).rejects.toMatchObject({
      kind: 'vault-exists',
    })
  })
})

describe('a sync session', () => {
  it('carries records between two vaults edited offline, and both keep every edit', async () => {
    const { first, second, folders, merged, a, b } = await paired()
    expect(await second.records.get('opportunities', application.id)).toEqual(application)
    expect(merged).toEqual([0, 1])

    // Offline: each edits a different field of the same application.
    await first.records.put('opportunities', application.id, {
      ...application,
      role: 'Directrice produit',
    })
    await second.records.put('opportunities', application.id, {
      ...application,
      notes: 'Relancer Zoë après le 5 décembre.',
    })
    await a.sync()
    await b.sync()
    expect((await first.records.get<Opportunity>('opportunities', application.id))?.notes).toBe('')

    folders.deliverAll()
    await a.sync()
    await b.sync()
    for (const vault of [first, second]) {
      expect(await vault.records.get('opportunities', application.id)).toEqual({
        ...application,
        role: 'Directrice produit',
        notes: 'Relancer Zoë après le 5 décembre.',
      })
    }
    expect(a.status().devices.map((d) => d.device)).toContain(b.engine.device)
    expect(a.status()).toMatchObject({ folder: null, rejected: [], unsaved: [], conflicts: [] })
  })

  it('surfaces a delete on one device against an edit on the other, and loses neither', async () => {
    const { first, second, folders, a, b } = await paired()

    await first.records.remove('opportunities', application.id)
    await second.records.put('opportunities', application.id, { ...application, stage: 'offer' })
    await a.sync()
    await b.sync()
    folders.deliverAll()
    await a.sync()
    await b.sync()
    for (const [vault, session] of [
      [first, a],
      [second, b],
    ] as const) {
      expect(await vault.records.get('opportunities', application.id)).toMatchObject({
        stage: 'offer',
      })
      expect(session.status().conflicts).toEqual([
        expect.objectContaining({
          table: 'opportunities',
          id: application.id,
          deletedBy: a.engine.device,
        }),
      ])
    }
    // Deleting it again, having seen the edit, settles it everywhere.
    await first.records.remove('opportunities', application.id)
    await a.sync()
    folders.deliverAll()
    await b.sync()
    expect(await second.records.get('opportunities', application.id)).toBeUndefined()
    expect(b.status().conflicts).toEqual([])
  })

  it('keeps a record another device sent that its table refuses, and says why', async () => {
    const { first, second, folders, start } = await twoDevices(sessions)
    const a = await start(first, 0)
    const b = await start(second, 1)
    // A newer or broken device sends an application without a company.
    const { company: _dropped, ...broken } = application
    a.engine.records.put('opportunities', 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0', broken)
    await a.sync()
    folders.deliverAll()
    await b.sync()
    expect(await second.records.ids('opportunities')).toEqual([])
    expect(b.status().rejected).toEqual([
      {
        table: 'opportunities',
        id: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0',
        problem: expect.stringContaining('company'),
      },
    ])
    expect(JSON.stringify(b.status().rejected)).not.toContain('Responsable')
  })

  it('keeps its device id and copy sealed in the vault between sessions', async () => {
    const { first, folders, start } = await twoDevices(sessions)
    await first.records.put('opportunities', application.id, application)
    const a = await start(first, 0)
    await a.sync()
    const device = a.engine.device
    await a.close()
    const saved = await first.records.get(SYNC_STATE.table, SYNC_STATE.id)
    expect(saved).toMatchObject({ device, seq: 1 })
    const again = await start(first, 0)
    expect(again.engine.device).toBe(device)
    expect(again.engine.records.get('opportunities', application.id)).toEqual(application)
    // Nothing new to publish: the first session's batch carried it all, its device file still
    // says what this one would (and the header copy the first pass put in the folder stays).
    await again.sync()
    expect(folders.pending.map((f) => f.name.slice(f.name.lastIndexOf('/') + 1)).sort()).toEqual([
      'batch-1.avsync',
      'device.avsync',
      VAULT_HEADER_NAME,
    ])
  })
})

const NOTES = 'Gehaltswunsch 84.000 €, Gegenangebot von Brønnøysund Ærø vertraulich'
/** The application with notes only it holds. */
const noted = { ...application, notes: NOTES }

/** True while this computer's sealed copy of the sync document still holds the notes. */
async function keepsNotes(records: RecordStore): Promise<boolean> {
  const copy = await loadLocalCopy(records)
  return holdsText(copy!.records, NOTES)
}

describe('a deleted application in sync', () => {
  it('leaves each computer’s copy of the document once both have merged the delete, across a restart', async () => {
    const { first, second, folders, start, a, b } = await pairedDevices(sessions, noted)
    folders.deliverAll()
    await b.sync()
    await a.sync()

    await first.records.remove('opportunities', noted.id)
    await a.sync()
    await a.sync()
    // The other computer has not merged the delete: the content stays, and so does the note.
    expect(await keepsNotes(first.records)).toBe(true)
    expect((await loadLocalCopy(first.records))?.local.heldDeletes).toEqual([
      expect.objectContaining({ table: 'opportunities', id: noted.id }),
    ])

    // The app locks; the other computer merges the delete meanwhile.
    await a.close()
    folders.deliverAll()
    await b.sync()
    expect(await second.records.get('opportunities', noted.id)).toBeUndefined()
    folders.deliverAll()
    const again = await start(first, 0)
    await again.sync()
    expect(await keepsNotes(first.records)).toBe(false)
    expect((await loadLocalCopy(first.records))?.local.heldDeletes).toBeUndefined()

    folders.deliverAll()
    await b.sync()
    expect(await keepsNotes(second.records)).toBe(false)
    for (const [vault, session] of [
      [first, again],
      [second, b],
    ] as const) {
      expect(await vault.records.ids('opportunities')).toEqual([])
      expect(session.status()).toMatchObject({ conflicts: [], rejected: [], unsaved: [] })
    }
  })
})
