import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import { interviewer, opportunity, round } from '@shared/rules/testing/fixtures'
import { pairedDevices } from '../../tests/support/syncSessions'
import { holdsText } from '../../tests/support/syncKit'
import type { RecordStore } from '../vault/recordStore'
import { loadLocalCopy } from './localCopy'
import type { SyncSession } from './syncSession'

const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

const NOTES = 'Gehaltswunsch 84.000 €, Gegenangebot von Brønnøysund Ærø vertraulich'
const application = opportunity({
  id: 'deadbeefdeadbeefdeadbeefdeadbeef',
  company: 'Łódź Mechatronika Spółka Akcyjna',
  role: 'Kierowniczka ds. operacyjnych',
  notes: NOTES,
  rounds: [
    round({
      date: '2025-10-07',
      interviewers: [
        interviewer('i1', 'Zoë Kowalczyk-Ångström', 'the robotics line'),
        interviewer('i2', 'Oluwaseun Adébáyọ̀', 'hiring plans'),
        interviewer('i3', 'Siobhán Ní Bhraonáin', 'the Gdańsk office'),
      ],
    }),
  ],
  createdAt: Date.UTC(2025, 9, 1),
  updatedAt: Date.UTC(2025, 9, 8),
})

/** True while this computer's sealed copy of the sync document still holds the notes. */
async function keepsNotes(records: RecordStore): Promise<boolean> {
  const copy = await loadLocalCopy(records)
  return holdsText(copy!.records, NOTES)
}

describe('a deleted application in sync', () => {
  it('leaves each computer’s copy of the document once both have merged the delete, across a restart', async () => {
    const { first, second, folders, start, a, b } = await pairedDevices(sessions, application)
    folders.deliverAll()
    await b.sync()
    await a.sync()

    await first.records.remove('opportunities', application.id)
    await a.sync()
    await a.sync()
    // The other computer has not merged the delete: the content stays, and so does the note.
    expect(await keepsNotes(first.records)).toBe(true)
    expect((await loadLocalCopy(first.records))?.local.heldDeletes).toEqual([
      expect.objectContaining({ table: 'opportunities', id: application.id }),
    ])

    // The app locks; the other computer merges the delete meanwhile.
    await a.close()
    folders.deliverAll()
    await b.sync()
    expect(await second.records.get('opportunities', application.id)).toBeUndefined()
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
