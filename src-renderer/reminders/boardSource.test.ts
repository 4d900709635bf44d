import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { acme, countingIds } from '@shared/domain/testData'
import { upcomingOf } from '@shared/reminders/upcoming'
import { planFollowUps } from '@shared/rules/planFollowUps'
import { useBoardStore } from '../interviews/store'
import { useOfferStore } from '../offers/offerStore'
import { openedSession } from '../../tests/support/rendererVault'
import { whenTrue } from '../../tests/support/reactive'
import { boardReminderSource } from './boardSource'

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 3, 11), toFake: ['Date'] })
  setActivePinia(createPinia())
})
afterEach(() => vi.useRealTimers())

function loadedBoard(count: number) {
  const board = useBoardStore()
  const ids = countingIds('o')
  board.opportunities = Array.from({ length: count }, (_, i) => ({
    ...acme(ids),
    company: `Company ${i}`,
  }))
  board.loaded = true
  return board
}

describe('reminders from the board', () => {
  it('are every upcoming action of every record, without drafts, once all are planned', async () => {
    const board = loadedBoard(300)
    const source = boardReminderSource()
    await whenTrue(() => source.unlocked())
    const ctx = { settings: board.settings, profile: board.profile, referees: board.referees }
    const expected = board.opportunities
      .flatMap((o) => upcomingOf(o, planFollowUps(o, ctx, Date.now())))
      .sort((a, b) => a.dueAt - b.dueAt)
    expect(source.actions().map((a) => [a.actionId, a.dueAt])).toEqual(
      expected.map((a) => [a.actionId, a.dueAt]),
    )
    expect(source.actions().every((a) => a.draft === null)).toBe(true)
    const thanks = source.actions().find((a) => a.title.startsWith('Thank Priya'))!
    expect(source.draftOf!(thanks)?.body).toContain('Priya')
  })

  it('follow a change to one record, and stop when the board unloads', async () => {
    const board = loadedBoard(20)
    const source = boardReminderSource()
    await whenTrue(() => source.unlocked())
    const [first, ...rest] = board.opportunities
    const done = source.actions().find((a) => a.opportunityId === first!.id)!
    board.opportunities = [
      { ...first!, actions: { [done.actionId]: { status: 'done', at: Date.now() } } },
      ...rest,
    ]
    // Re-planned in a task after the change, so the change paints first.
    await whenTrue(() => !source.actions().some((a) => a.actionId === done.actionId))
    expect(source.actions().length).toBeGreaterThan(20)
    board.loaded = false
    await nextTick()
    expect(source.unlocked()).toBe(false)
    await whenTrue(() => source.actions().length === 0)
  })

  it('remind the user to return a contract once the offer gives a deadline', async () => {
    // The offer is saved to a vault, as in the app.
    await openedSession('reminders')
    const board = loadedBoard(1)
    const [o] = board.opportunities
    board.opportunities = [{ ...o!, stage: 'offer' }]
    const source = boardReminderSource()
    const contract = () =>
      source.actions().filter((a) => a.title.startsWith('Return the signed contract'))
    await whenTrue(() => source.unlocked())
    expect(contract()).toEqual([])

    const offers = useOfferStore()
    offers.openOfferFor(o!.id, { company: o!.company, role: o!.role, receivedOn: '2026-03-03' })
    Object.assign(offers.editing!.draft, { inWriting: true, contractReturnBy: '2026-03-13' })
    offers.editing!.draft.offer.payMin = '50000'
    await offers.saveEdit()
    await whenTrue(() => contract().length === 1)
    expect(contract()[0]).toMatchObject({
      title: 'Return the signed contract to Company 0',
      dueAt: Date.UTC(2026, 2, 11, 9),
      overdueAt: Date.UTC(2026, 2, 14) - 1,
    })
  })
})
