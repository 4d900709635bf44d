import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { acme } from '@shared/board/testData'
import { memoryRecordStore, useRecordStore } from './persistence'
import { useBoardStore } from './store'
import { useUndoStore } from '../shell/undo'

beforeEach(() => {
  setActivePinia(createPinia())
  useRecordStore(memoryRecordStore())
})

describe('the board store', () => {
  it('saves an opportunity and finds it again after a reload', async () => {
    const board = useBoardStore()
    await board.save(acme())
    board.clear()
    expect(board.opportunities).toEqual([])
    await board.load()
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
    await board.load()
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
      'a1',
      { status: 'done', at: 5 },
      { kind: 'thank-you', to: 'p' },
    )
    const after = board.byId.get(o.id)!
    expect(after.actions['a1']).toEqual({ status: 'done', at: 5 })
    expect(after.messages).toMatchObject([{ kind: 'thank-you', to: 'p', at: 5 }])
    expect(heard).toEqual(['a1'])
  })

  it('fills in settings added after the vault was created', async () => {
    const board = useBoardStore()
    await board.load()
    expect(board.settings.followUpGraceDays).toBe(7)
  })
})
