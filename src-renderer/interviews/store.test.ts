import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import type { Vault } from '../vault/vault'
import { lockAndUnlock, openedSession } from '../../tests/support/rendererVault'
import { useBoardStore } from './store'
import { useUndoStore } from '../shell/undo'

let vault: Vault
beforeEach(async () => {
  setActivePinia(createPinia())
  ;({ vault } = await openedSession('board'))
})

/** An action id as the planner makes them: the schema refuses any other shape. */
const THANK_YOU = 'a00000000000000a1'

describe('the board store', () => {
  it('saves an opportunity and finds it again after a reload', async () => {
    const board = useBoardStore()
    await board.save(acme())
    await lockAndUnlock(vault)
    expect(board.opportunities.map((o) => o.company)).toEqual(['Acme Ltd'])
  })

  it('undoes a delete from the toast', async () => {
    const board = useBoardStore()
    const undo = useUndoStore()
    const o = acme()
    await board.save(o)
    await board.remove(o.id)
    expect(board.opportunities).toEqual([])
    expect(undo.toasts[0]!.text).toBe('Deleted Acme Ltd.')
    await undo.undo(undo.toasts[0]!.id)
    expect(board.opportunities.map((x) => x.id)).toEqual([o.id])
    await lockAndUnlock(vault)
    expect(board.opportunities.map((x) => x.id)).toEqual([o.id])
  })

  it('undoes a move, history included', async () => {
    const board = useBoardStore()
    const undo = useUndoStore()
    const o = acme()
    await board.save(o)
    expect(await board.move(o.id, 'offer')).toBe('Moved Acme Ltd to Offer.')
    expect(board.byId.get(o.id)!.stage).toBe('offer')
    await undo.undo(undo.toasts[0]!.id)
    expect(board.byId.get(o.id)!.history).toEqual(o.history)
  })

  it('records an action as done, logs the message and tells listeners', async () => {
    const board = useBoardStore()
    const o = acme()
    await board.save(o)
    const heard: string[] = []
    board.onActionChange((_o, id) => heard.push(id))
    await board.setActionState(
      o.id,
      THANK_YOU,
      { status: 'done', at: 5 },
      { kind: 'thank-you', to: 'p' },
    )
    const after = board.byId.get(o.id)!
    expect(after.actions[THANK_YOU]).toEqual({ status: 'done', at: 5 })
    expect(after.messages).toMatchObject([{ kind: 'thank-you', to: 'p', at: 5 }])
    expect(heard).toEqual([THANK_YOU])
  })

  it('fills in settings added after the vault was created', async () => {
    const { followUpGraceDays: _added, ...older } = useBoardStore().settings
    await vault.records.put('settings', 'settings', { ...older, region: 'GB-SCT' })
    const board = useBoardStore()
    await board.load()
    expect(board.settings.region).toBe('GB-SCT')
    expect(board.settings.followUpGraceDays).toBe(7)
  })

  it('shows a change only once it is saved, and keeps the board as it was when the save fails', async () => {
    const board = useBoardStore()
    const o = acme()
    const saving = board.save(o)
    expect(board.opportunities).toEqual([])
    expect(board.saveState).toEqual({ status: 'saving' })
    await saving
    expect(board.opportunities.map((x) => x.id)).toEqual([o.id])
    vault.lock()
    await expect(board.move(o.id, 'offer')).rejects.toMatchObject({ kind: 'locked' })
    expect(board.byId.get(o.id)!.stage).toBe(o.stage)
    expect(board.saveState).toEqual({ status: 'failed', kind: 'locked' })
  })
})
