import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { acme, countingIds } from '@shared/domain/testData'
import { useBoardStore } from '../interviews/store'
import { usePlanStore } from './planStore'
import { nextTask } from '../ui/slices'

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 3, 11), toFake: ['Date'] })
  setActivePinia(createPinia())
})
afterEach(() => vi.useRealTimers())

/** Long enough for a machine under heavy load; the planning itself is not timed here. */
const UNTIL_DONE = { timeout: 20_000, interval: 20 }

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

describe('Today’s lists', () => {
  it('are planned in slices and hold every due action of every open record once done', async () => {
    const board = useBoardStore()
    const ids = countingIds('o')
    board.opportunities = Array.from({ length: 400 }, (_, i) => ({
      ...acme(ids),
      company: `Company ${i}`,
    }))
    const plan = usePlanStore()
    plan.watchToday()
    // Waits for the work to finish however busy the machine is: speed is the benchmark's business.
    await vi.waitFor(() => expect(plan.progress).toEqual({ done: 400, total: 400 }), UNTIL_DONE)
    const expected = board.opportunities.flatMap((o) =>
      plan.actionsOf(o).filter((a) => a.due === 'overdue' || a.due === 'due'),
    )
    expect(plan.dueNow.length).toBe(expected.length)
    expect(new Set(plan.dueNow.map((a) => a.id))).toEqual(new Set(expected.map((a) => a.id)))
    const latest = plan.dueNow.map((a) => a.latest)
    expect(latest).toEqual([...latest].sort((a, b) => a - b))
  })

  it('follow a change to one record without planning the others again', async () => {
    const board = useBoardStore()
    const ids = countingIds('o')
    board.opportunities = Array.from({ length: 50 }, () => acme(ids))
    const plan = usePlanStore()
    plan.watchToday()
    await vi.waitFor(() => expect(plan.progress.done).toBe(50), UNTIL_DONE)
    const [first, ...rest] = board.opportunities
    board.opportunities = [{ ...first!, closed: 'withdrawn' }, ...rest]
    await nextTick()
    // Forty-nine cached plans and one closed record (how fast is the benchmark's business; a busy
    // machine may need a second slice).
    await vi.waitFor(() => expect(plan.progress).toEqual({ done: 49, total: 49 }), UNTIL_DONE)
    expect(plan.dueNow.some((a) => a.opportunityId === first!.id)).toBe(false)
  })

  it('are not planned while no screen shows them, and stop when the last one goes', async () => {
    const board = useBoardStore()
    const ids = countingIds('o')
    board.opportunities = Array.from({ length: 3000 }, () => acme(ids))
    const plan = usePlanStore()
    await nextTick()
    expect(plan.progress).toEqual({ done: 0, total: 0 })
    const stop = plan.watchToday()
    const started = plan.progress.done
    expect(started).toBeGreaterThan(0)
    stop()
    // Each slice runs as a task of its own (ui/slices.ts): once the tasks queued behind the loop's
    // next slice have run, a loop that did not stop would have planned more.
    for (let turn = 0; turn < 3; turn++) await new Promise<void>((resolve) => nextTask(resolve))
    expect(plan.progress.done).toBe(started)
    expect(plan.dueNow).toEqual([])
  })
})
