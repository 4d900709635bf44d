import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import type { Opportunity } from '@shared/domain/opportunity'
import { interviewer, opportunity, round } from '@shared/rules/testing/fixtures'
import { VAULT_HEADER_NAME } from '@shared/sync/names'
import { readHeaderCopy } from '@shared/sync/headerCopy'
import { fromUtf8, utf8 } from '@shared/vault/bytes'
import { VAULT_PASSPHRASE } from '../../tests/support/rendererVault'
import { rotatedOnFirst } from '../../tests/support/syncSessions'
import type { SyncSession } from './syncSession'

const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

const NEW_PASSPHRASE = 'Ŝiobhán’s new passphrase, à Lisbonne'

const application = opportunity({
  id: 'dec0de00dec0de00dec0de00dec0de00',
  company: 'Åkerlund & Rausing Förpackningar',
  role: 'Senior product designer',
  rounds: [
    round({
      date: '2025-10-07',
      interviewers: [
        interviewer('i1', 'Zoë Kowalczyk-Ångström', 'design systems'),
        interviewer('i2', 'Oluwaseun Adébáyọ̀', 'research'),
        interviewer('i3', 'Siobhán Ní Bhraonáin', 'the Malmö studio'),
      ],
    }),
  ],
  createdAt: Date.UTC(2025, 9, 1),
  updatedAt: Date.UTC(2025, 9, 8),
})

const secondApplication = opportunity({
  id: 'b1ade000b1ade000b1ade000b1ade000',
  company: 'Þórsdóttir Ráðgjöf ehf.',
  role: 'Lead researcher',
  createdAt: Date.UTC(2025, 10, 3),
  updatedAt: Date.UTC(2025, 10, 3),
})

/** Two paired devices; the first then changes its passphrase and syncs under the new key. */
const rotated = () => rotatedOnFirst(sessions, application, NEW_PASSPHRASE)

describe('a passphrase changed on another computer', () => {
  it('puts the newer header copy in the folder, where the other computer asks for it', async () => {
    const { first, second, folders, b, oldKeyId } = await rotated()
    const there = await folders.port(0).read(VAULT_HEADER_NAME)
    const copy = readHeaderCopy(fromUtf8(there!))
    expect(copy.header.keyId).toBe(first.requireKeys().keyId)
    expect(copy.keyIds).toEqual([oldKeyId, first.requireKeys().keyId])

    folders.deliverAll()
    await b.sync()
    const status = b.status()
    expect(status.header?.kind).toBe('new-passphrase')
    expect(status.waiting.map((w) => w.reason)).toContain('unknown-key')
    expect(second.requireKeys().keyId).toBe(oldKeyId)
  })

  it('changes nothing on a wrong passphrase, then re-keys with the right one', async () => {
    const { first, second, folders, start, b, oldKeyId } = await rotated()
    folders.deliverAll()
    await b.sync()
    const request = b.status().header
    if (request?.kind !== 'new-passphrase') throw new Error('no request')
    const headerBefore = await second.headerText()

    await expect(second.adoptHeader(request.copy, VAULT_PASSPHRASE)).rejects.toMatchObject({
      kind: 'wrong-passphrase',
    })
    expect(await second.headerText()).toBe(headerBefore)
    expect(second.requireKeys().keyId).toBe(oldKeyId)
    expect(await second.records.get('opportunities', application.id)).toEqual(application)

    await b.close()
    await second.adoptHeader(request.copy, NEW_PASSPHRASE)
    expect(second.requireKeys().keyId).toBe(first.requireKeys().keyId)
    const again = await start(second, 1)
    await again.sync()
    expect(again.status()).toMatchObject({ header: null, waiting: [], failed: [] })
    expect(await second.records.get<Opportunity>('opportunities', application.id)).toMatchObject({
      role: 'Design director',
    })

    // The old passphrase no longer opens this computer's vault; the new one does.
    second.lock()
    await expect(second.unlock(VAULT_PASSPHRASE)).rejects.toMatchObject({
      kind: 'wrong-passphrase',
    })
    await second.unlock(NEW_PASSPHRASE)
    expect(await second.records.get('opportunities', application.id)).toMatchObject({
      company: 'Åkerlund & Rausing Förpackningar',
    })
  })

  it('still reads what the other computer sealed under the old key, across sessions', async () => {
    const { first, second, folders, start, a, b } = await rotated()
    // The second computer has not seen the change yet: its edit goes under the old key.
    await second.records.put('opportunities', secondApplication.id, secondApplication)
    await b.sync()
    await a.close()
    folders.deliverAll()
    const later = await start(first, 0)
    await later.sync()
    expect(later.status().waiting).toEqual([])
    expect(await first.records.get('opportunities', secondApplication.id)).toEqual(
      secondApplication,
    )
  })

  it('takes up two changes made in a row while it was away', async () => {
    const { first, second, folders, start, a, b } = await rotated()
    const third = 'Oluwaseun’s third passphrase, longer'
    await a.close()
    await first.changePassphrase(NEW_PASSPHRASE, third)
    const again = await start(first, 0)
    await again.sync()
    folders.deliverAll()
    await b.sync()
    const request = b.status().header
    if (request?.kind !== 'new-passphrase') throw new Error('no request')
    await b.close()
    await second.adoptHeader(request.copy, third)
    const later = await start(second, 1)
    await later.sync()
    // The middle key's files are covered by the snapshot written under the third key, which the
    // first computer's device file vouches for: they are not opened, so nothing waits for them.
    const status = later.status()
    expect(status.waiting).toEqual([])
    expect(status.earlierKey).toEqual([])
    expect(await second.records.get<Opportunity>('opportunities', application.id)).toMatchObject({
      role: 'Design director',
    })
  })

  it('writes its own header over an older copy, and leaves another vault’s alone', async () => {
    const { first, folders, a, oldKeyId } = await rotated()
    const port = folders.port(0)
    const older = JSON.parse(fromUtf8((await port.read(VAULT_HEADER_NAME))!)) as object
    await port.write(VAULT_HEADER_NAME, utf8(JSON.stringify({ ...older, keyIds: [oldKeyId] })))
    // The stale copy says the old key; this computer's list holds it, so the copy is older.
    const stale = { ...older, keyId: oldKeyId, keyIds: [oldKeyId] }
    await port.write(VAULT_HEADER_NAME, utf8(JSON.stringify(stale)))
    await a.sync()
    expect(readHeaderCopy(fromUtf8((await port.read(VAULT_HEADER_NAME))!)).header.keyId).toBe(
      first.requireKeys().keyId,
    )

    const foreign = { ...older, keyId: 12345, keyIds: [12345] }
    await port.write(VAULT_HEADER_NAME, utf8(JSON.stringify(foreign)))
    await a.sync()
    expect(a.status().header).toEqual({ kind: 'other-vault' })
    expect(readHeaderCopy(fromUtf8((await port.read(VAULT_HEADER_NAME))!)).header.keyId).toBe(12345)
  })
})
