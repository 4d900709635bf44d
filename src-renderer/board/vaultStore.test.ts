import { beforeAll, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { acme, countingIds } from '@shared/board/testData'
import { VaultDb } from '../vault/db'
import { inlineKdf } from '../vault/kdfRunner'
import { Vault } from '../vault/vault'
import { dumpIndexedDb } from '../../tests/support/idbDump'
import { createdVault } from '../../tests/support/rendererVault'
import { useRecordStore } from './persistence'
import { useBoardStore } from './store'
import { vaultRecordStore } from './vaultStore'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

describe('the board in the vault', () => {
  it('keeps opportunities encrypted: nothing readable on disk, everything back after unlock', async () => {
    setActivePinia(createPinia())
    const name = `board-vault-${Math.random().toString(36).slice(2)}`
    const vault = new Vault({
      db: new VaultDb(name),
      sodium,
      kdf: inlineKdf(sodium),
      testOnlyWeakKdf: true,
    })
    await vault.create('a long passphrase')
    useRecordStore(vaultRecordStore(vault.records))
    const board = useBoardStore()
    await board.save(acme())
    await board.saveReferee({
      id: 'r1',
      name: 'Sam Green',
      relation: '',
      email: '',
      phone: '',
      lastWarned: null,
    })

    const disk = await dumpIndexedDb(name)
    for (const secret of ['Acme', 'Priya', 'Sam Green', 'interviewed'])
      expect(disk).not.toContain(secret)

    vault.lock()
    board.clear()
    await vault.unlock('a long passphrase')
    await board.load()
    expect(board.opportunities.map((o) => o.company)).toEqual(['Acme Ltd'])
    expect(board.referees.map((r) => r.name)).toEqual(['Sam Green'])
  })

  it('counts an opportunity that fails its schema as unreadable, keeps it, and loads the rest', async () => {
    setActivePinia(createPinia())
    const { vault, dbName, reported } = await createdVault('board-vault')
    const good = acme()
    // A salary band in fractions of a penny: it decrypts, but is not an opportunity.
    const bad = {
      ...acme(countingIds('b')),
      advert: {
        text: '',
        terms: {
          pay: { min: 4_500_000.5, max: 5_000_000, currency: 'GBP', period: 'year' },
          hoursPerWeek: null,
          holidayDays: null,
          benefits: [],
          car: null,
          location: '',
          arrangement: null,
        },
      },
    }
    await vault.records.put('opportunities', good.id, good)
    await vault.records.put('opportunities', bad.id, bad)
    useRecordStore(vaultRecordStore(vault.records))
    const board = useBoardStore()
    await board.load()

    expect(board.opportunities.map((o) => o.id)).toEqual([good.id])
    expect(board.unreadable).toBe(1)
    expect(reported).toEqual([{ table: 'opportunities', id: bad.id, kind: 'invalid-record' }])
    // Nothing wrote over it: the row is still there for a later version or a backup.
    expect(await new VaultDb(dbName).records.get(['opportunities', bad.id])).toBeDefined()
  })
})
