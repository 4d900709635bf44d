import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { acme } from '@shared/board/testData'
import { useBoardStore } from './store'
import { usePlanStore } from './planStore'

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 3, 11), toFake: ['Date'] })
  setActivePinia(createPinia())
})
afterEach(() => vi.useRealTimers())

describe('the plan store', () => {
  it('gives lists the actions without drafts, and the detail view the same actions with them', () => {
    const board = useBoardStore()
    const o = acme()
    board.opportunities = [o]
    const plan = usePlanStore()
    const list = plan.actionsOf(o)
    const detail = plan.actionsWithDrafts(o)
    expect(list.length).toBeGreaterThan(2)
    expect(list.every((a) => a.draft === null)).toBe(true)
    expect(detail.map((a) => [a.id, a.due, a.latest])).toEqual(
      list.map((a) => [a.id, a.due, a.latest]),
    )
    const thanks = detail.filter((a) => a.kind === 'thank-you')
    expect(thanks.map((a) => a.draft?.body.includes('Dear'))).toEqual([true, true])
    // Each is planned once per record object and minute.
    expect(plan.actionsOf(o)).toBe(list)
    expect(plan.actionsWithDrafts(o)).toBe(detail)
  })
})
