import { beforeAll, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { acme } from '@shared/board/testData'
import { VaultDb } from '../vault/db'
import { inlineKdf } from '../vault/kdfRunner'
import { Vault } from '../vault/vault'
import { dumpIndexedDb } from '../../tests/support/idbDump'
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
})
