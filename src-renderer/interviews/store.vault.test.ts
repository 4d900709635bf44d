import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import { dumpIndexedDb } from '../../tests/support/idbDump'
import { lockAndUnlock, openedSession } from '../../tests/support/rendererVault'
import { useSessionStore } from '../session/store'
import { VaultDb } from '../vault/db'
import { useBoardStore } from './store'

beforeEach(() => setActivePinia(createPinia()))

describe('the board in the vault', () => {
  it('keeps opportunities encrypted: nothing readable on disk, everything back after unlock', async () => {
    const { vault, dbName } = await openedSession('board-vault')
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

    const disk = await dumpIndexedDb(dbName)
    for (const secret of ['Acme', 'Priya', 'Sam Green', 'interviewed'])
      expect(disk).not.toContain(secret)

    await lockAndUnlock(vault)
    expect(board.opportunities.map((o) => o.company)).toEqual(['Acme Ltd'])
    expect(board.referees.map((r) => r.name)).toEqual(['Sam Green'])
  })

  it('forgets every decrypted record the moment the session ends', async () => {
    const { vault } = await openedSession('board-lock')
    const board = useBoardStore()
    await board.load()
    await board.save(acme())
    expect(board.loaded).toBe(true)
    vault.lock()
    useSessionStore().close()
    expect(board.opportunities).toEqual([])
    expect(board.loaded).toBe(false)
    await expect(board.save(acme())).rejects.toMatchObject({ kind: 'locked' })
  })

  it('reports a record that fails its check and keeps it, untouched', async () => {
    const { vault, dbName } = await openedSession('board-invalid')
    await vault.records.put('referees', 'r1', 'not a referee')
    const board = useBoardStore()
    await board.load()
    expect(board.referees).toEqual([])
    expect(board.unreadable).toBe(1)
    // Kept as it was: still in the database, and still refused with its reason when read.
    expect(await new VaultDb(dbName).records.get(['referees', 'r1'])).toBeDefined()
    await expect(vault.records.get('referees', 'r1')).rejects.toMatchObject({
      kind: 'invalid-record',
    })
  })
})
