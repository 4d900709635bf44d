import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, shallowRef } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import type { Profile } from '@shared/domain/people'
import { defaultSettings } from '@shared/domain/settings'
import { acme, countingIds } from '@shared/domain/testData'
import { FollowUpPlanner, type PlannerSources } from './planner'

const START = Date.UTC(2026, 3, 3, 8, 59)

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['Date', 'setInterval', 'clearInterval'] })
})
afterEach(() => vi.useRealTimers())

const profile: Profile = { name: 'Alex Morgan', email: '', phone: '', currentJob: null }
const referees: never[] = []

/** A planner over plain reactive state, as a session would construct it. */
function plannerOver(records: Opportunity[]) {
  const opportunities = shallowRef(records)
  const loaded = shallowRef(true)
  const sources: PlannerSources = {
    loaded: () => loaded.value,
    opportunities: () => opportunities.value,
    opportunity: (id) => opportunities.value.find((o) => o.id === id),
    settings: () => defaultSettings,
    profile: () => profile,
    referees: () => referees,
    offerInputs: () => ({ offer: null, breakDays: defaultSettings.breakDays }),
    offerVersion: () => null,
  }
  const failures: string[] = []
  const planner = new FollowUpPlanner({
    sources,
    clock: () => Date.now(),
    onFailure: (id) => failures.push(id),
  })
  return { planner, opportunities, loaded, failures }
}

describe('the follow-up planner', () => {
  it('reports a record it cannot plan and still plans the others, everywhere', async () => {
    const ids = countingIds('o')
    const good = acme(ids)
    const broken = { ...acme(ids), rounds: [{ ...acme(ids).rounds[0]!, date: '2026-02-30' }] }
    const { planner, failures } = plannerOver([broken, good])
    expect(planner.actionsOf(broken)).toEqual([])
    expect(planner.failureOf(broken)).toMatchObject({
      kind: 'invalid-date',
      field: 'rounds[0].date',
    })
    expect(planner.failureOf(good)).toBeNull()
    expect(planner.actionsOf(good).length).toBeGreaterThan(2)
    await vi.waitFor(() => expect(planner.remindersReady.value).toBe(true))
    expect(planner.reminders.value.length).toBeGreaterThan(2)
    expect(planner.reminders.value.every((a) => a.opportunityId === good.id)).toBe(true)
    // Reported once, however many places asked.
    expect(failures).toEqual([broken.id])
    planner.dispose()
  })

  it('moves due states with the minute without planning the record again', () => {
    const o = acme()
    o.rounds[0]!.date = '2026-04-03'
    const { planner } = plannerOver([o])
    const before = planner.actionsOf(o)
    const thanks = before.find((a) => a.kind === 'thank-you')!
    expect(thanks.due).toBe('upcoming')
    // An hour on, past the end of the 09:30 interview: the thank-you is due.
    vi.advanceTimersByTime(60 * 60_000)
    const after = planner.actionsOf(o)
    expect(after.find((a) => a.id === thanks.id)!.due).toBe('due')
    expect(after.map((a) => [a.id, a.earliest, a.latest])).toEqual(
      before.map((a) => [a.id, a.earliest, a.latest]),
    )
    planner.dispose()
  })

  it('writes drafts only when asked, from the same plan', () => {
    const o = acme()
    const { planner } = plannerOver([o])
    expect(planner.actionsOf(o).every((a) => a.toSend === null)).toBe(true)
    const full = planner.actionsWithDrafts(o)
    expect(full.map((a) => a.id)).toEqual(planner.actionsOf(o).map((a) => a.id))
    const thanks = full.find((a) => a.title === 'Thank Priya Shah by email')!
    expect(planner.draftOf({ opportunityId: o.id, actionId: thanks.id })).toEqual(thanks.toSend)
    planner.dispose()
  })

  it('stops following the records once disposed', async () => {
    const { planner, opportunities } = plannerOver([acme()])
    await vi.waitFor(() => expect(planner.remindersReady.value).toBe(true))
    planner.dispose()
    expect(planner.reminders.value).toEqual([])
    opportunities.value = [acme(countingIds('x'))]
    await nextTick()
    expect(vi.getTimerCount()).toBe(0)
    expect(planner.remindersReady.value).toBe(false)
  })
})
