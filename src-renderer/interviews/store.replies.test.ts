import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import type { Message } from '@shared/domain/opportunity'
import type { Vault } from '../vault/vault'
import { lockAndUnlock, openedSession } from '../../tests/support/rendererVault'
import { useBoardStore } from './store'
import { useUndoStore } from '../shell/undo'

let vault: Vault
beforeEach(async () => {
  setActivePinia(createPinia())
  ;({ vault } = await openedSession('replies'))
})

const reply: Message = {
  id: 'reply-1',
  kind: 'reply',
  to: 'employer',
  at: Date.parse('2026-03-23T15:00:00Z'),
  via: 'email',
  said: 'Désolé, the panel needs another week',
  promisedDate: '2026-03-27',
}

describe('logging a reply', () => {
  it('keeps the reply through the vault and moves the promised date', async () => {
    const board = useBoardStore()
    const o = {
      ...acme(),
      company: 'Hôtellerie Métropolitaine',
      promisedDecisionDate: '2026-03-13',
    }
    await board.save(o)
    expect(await board.logReply(o.id, reply, '2026-03-27')).toBe(
      'Reply from Hôtellerie Métropolitaine logged; the next steps follow it.',
    )
    await lockAndUnlock(vault)
    const after = board.byId.get(o.id)!
    expect(after.messages).toEqual([reply])
    expect(after.promisedDecisionDate).toBe('2026-03-27')
  })

  it('keeps the promised date when the reply gave none, and undoes the whole reply', async () => {
    const board = useBoardStore()
    const undo = useUndoStore()
    const o = { ...acme(), promisedDecisionDate: '2026-03-13' }
    await board.save(o)
    const { promisedDate: _p, ...plain } = reply
    await board.logReply(o.id, plain, null)
    expect(board.byId.get(o.id)!.promisedDecisionDate).toBe('2026-03-13')
    await undo.undo(undo.toasts[0]!.id)
    expect(board.byId.get(o.id)!.messages).toEqual([])
  })
})
