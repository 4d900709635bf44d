import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import type { Opportunity } from '@shared/domain/opportunity'
import { interviewer, opportunity, round } from '@shared/rules/testing/fixtures'
import { VAULT_PASSPHRASE } from '../../tests/support/rendererVault'
import { pairedDevices } from '../../tests/support/syncSessions'
import type { SyncSession } from './syncSession'

const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

const application = opportunity({
  id: 'ba5eba11ba5eba11ba5eba11ba5eba11',
  company: 'Nguyễn & Ó Súilleabháin Rechtsanwälte',
  role: 'Juriste d’entreprise',
  rounds: [
    round({
      date: '2025-09-23',
      interviewers: [
        interviewer('i1', 'Zoë Kowalczyk-Ångström', 'contract law'),
        interviewer('i2', 'Oluwaseun Adébáyọ̀', 'the Lagos desk'),
        interviewer('i3', 'Siobhán Ní Bhraonáin', 'compliance'),
      ],
    }),
  ],
  createdAt: Date.UTC(2025, 8, 1),
  updatedAt: Date.UTC(2025, 8, 24),
})

const madeWhileRemoved = opportunity({
  id: 'facade00facade00facade00facade00',
  company: 'Þórsdóttir Ráðgjöf ehf.',
  role: 'Lead researcher',
  createdAt: Date.UTC(2025, 10, 3),
  updatedAt: Date.UTC(2025, 10, 3),
})

/** Two paired devices; the first removes the second, which hears of it. */
async function secondRemoved() {
  const devices = await pairedDevices(sessions, application)
  const { a, b, folders } = devices
  await a.removeDevice(b.engine.device)
  folders.deliverAll()
  await b.sync()
  expect(b.status().removedBy).toBe(a.engine.device)
  return devices
}

const ids = async (vault: { records: { ids(table: string): Promise<string[]> } }) =>
  (await vault.records.ids('opportunities')).sort()

describe('joining again after being removed from sync', () => {
  it('brings the edits made on both computers meanwhile together, once', async () => {
    const { first, second, folders, start, a, b } = await secondRemoved()
    const former = b.engine.device
    await second.records.put('opportunities', application.id, { ...application, stage: 'offer' })
    await second.records.put('opportunities', madeWhileRemoved.id, madeWhileRemoved)
    await b.sync()
    // The app restarts on the removed computer: its edits are still to be sent.
    await b.close()
    const back = await start(second, 1)
    await first.records.put('opportunities', application.id, { ...application, role: 'Avocate' })
    await a.sync()
    folders.deliverAll()

    await back.joinAgain()
    expect(back.engine.device).not.toBe(former)
    expect(back.status().removedBy).toBeNull()
    folders.deliverAll()
    await a.sync()
    folders.deliverAll()
    await back.sync()

    for (const vault of [first, second]) {
      expect(await ids(vault)).toEqual([application.id, madeWhileRemoved.id].sort())
      expect(await vault.records.get<Opportunity>('opportunities', application.id)).toMatchObject({
        stage: 'offer',
        role: 'Avocate',
        company: application.company,
      })
    }
    const theirs = a.status().devices
    expect(theirs.find((d) => d.device === back.engine.device)?.removed).toBe(false)
    expect(theirs.find((d) => d.device === former)).toMatchObject({
      removed: true,
      joinedAgainAs: back.engine.device,
    })
    // Its new id and former ones are kept sealed in the vault.
    await back.close()
    const later = await start(second, 1)
    expect(later.engine.device).toBe(back.engine.device)
    expect(later.engine.localState().formerly).toEqual([former])
  })

  it('asks for a passphrase changed on the other computer while it was out', async () => {
    const NEW_PASSPHRASE = 'Ŝiobhán’s new passphrase, à Lisbonne'
    const { first, second, folders, start, a, b } = await secondRemoved()
    await a.close()
    await first.changePassphrase(VAULT_PASSPHRASE, NEW_PASSPHRASE)
    const rotated = await start(first, 0)
    await first.records.put('opportunities', application.id, { ...application, role: 'Avocate' })
    await rotated.sync()
    folders.deliverAll()

    await b.joinAgain()
    const request = b.status().header
    expect(request?.kind).toBe('new-passphrase')
    if (request?.kind !== 'new-passphrase') return
    await b.close()
    await second.adoptHeader(request.copy, NEW_PASSPHRASE)
    const back = await start(second, 1)
    await back.sync()
    expect(back.status()).toMatchObject({ header: null, waiting: [], removedBy: null })
    expect(await second.records.get<Opportunity>('opportunities', application.id)).toMatchObject({
      role: 'Avocate',
    })
    folders.deliverAll()
    await rotated.sync()
    expect(rotated.status().devices.find((d) => d.device === back.engine.device)).toMatchObject({
      removed: false,
    })
    expect(rotated.status().filesKeptFor).toEqual([])
  })
})
