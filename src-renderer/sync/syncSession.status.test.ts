import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import { opportunity } from '@shared/rules/testing/fixtures'
import { VAULT_HEADER_NAME } from '@shared/sync/names'
import { fromUtf8 } from '@shared/vault/bytes'
import { testVault } from '../../tests/support/rendererVault'
import { pairedDevices, rotatedOnFirst } from '../../tests/support/syncSessions'
import { statusLines } from './statusWords'
import type { SyncSession } from './syncSession'

const sessions: SyncSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

const NEW_PASSPHRASE = 'Ŝiobhán’s new passphrase, à Lisbonne'

const application = opportunity({
  id: 'facade00facade00facade00facade00',
  company: 'Ólafsdóttir & Nguyễn Ingeniería S.L.',
  role: 'Jefa de producto',
  createdAt: Date.UTC(2025, 8, 14),
  updatedAt: Date.UTC(2025, 8, 20),
})

const late = opportunity({
  id: 'decade00decade00decade00decade00',
  company: 'Kowalczyk-Ångström Design AB',
  role: 'Service designer',
  createdAt: Date.UTC(2025, 9, 2),
  updatedAt: Date.UTC(2025, 9, 2),
})

describe('the sync session’s status', () => {
  it('lists files sealed with an earlier key apart from those waiting for a passphrase', async () => {
    const { second, folders, start, b, oldKeyId } = await rotatedOnFirst(
      sessions,
      application,
      NEW_PASSPHRASE,
    )
    // The second computer has not seen the change: its edit goes under the old key.
    await second.records.put('opportunities', late.id, late)
    await b.sync()
    folders.deliverAll()

    // A third computer joins after the change: it never held the old key.
    const third = await testVault('sync-third')
    const view = folders.addDevice(0)
    const copy = await folders.port(view).read(VAULT_HEADER_NAME)
    await third.vault.join(fromUtf8(copy!), NEW_PASSPHRASE)
    const c = await start(third.vault, view)
    await c.sync()

    const status = c.status()
    expect(status.earlierKey.length).toBeGreaterThan(0)
    for (const issue of status.earlierKey) {
      expect(issue).toMatchObject({ reason: 'unknown-key', keyId: oldKeyId })
      expect(issue.name).toContain(b.engine.device)
    }
    expect(status.waiting).toEqual([])
    expect(status.header).toBeNull()
    const words = statusLines(status, (at) => String(at)).map((l) => l.text)
    expect(words.some((w) => w.includes('locked with an earlier passphrase'))).toBe(true)
    // The record the first computer sent under the new key arrived.
    expect(await third.vault.records.get('opportunities', application.id)).toMatchObject({
      role: 'Design director',
    })
  })

  it('keeps this computer’s name in the vault and shows it on the other computer', async () => {
    const { first, folders, start, a, b } = await pairedDevices(sessions, application)
    await a.renameComputer('  Zoë’s   laptop ')
    expect(a.status().name).toBe('Zoë’s laptop')
    folders.deliverAll()
    await b.sync()
    const seen = b.status().devices.find((d) => d.device === a.engine.device)
    expect(seen?.name).toBe('Zoë’s laptop')
    expect(statusLines(b.status(), (at) => String(at)).map((l) => l.text)).toContain(
      `Changes from “Zoë’s laptop” last arrived ${String(seen?.lastSyncAt)}.`,
    )

    // Another session of the same vault still has it; a blank name takes it away.
    await a.close()
    const again = await start(first, 0)
    expect(again.status().name).toBe('Zoë’s laptop')
    await again.renameComputer('   ')
    folders.deliverAll()
    await b.sync()
    expect(b.status().devices.find((d) => d.device === a.engine.device)?.name).toBeNull()
  })
})
