import { describe, expect, it } from 'vitest'
import { planKeepLooking } from './keepLooking'
import { defaultSettings } from '../domain/settings'
import { at, opportunity } from './testing/fixtures'

const now = at('2026-03-03T12:00:00Z')

describe('keep looking', () => {
  it('nudges when fewer than two opportunities are active', () => {
    const one = [
      opportunity(),
      opportunity({ id: 'b', stage: 'rejected' }),
      opportunity({ id: 'c', closed: 'withdrawn' }),
    ]
    const nudge = planKeepLooking(one, defaultSettings, now)
    expect(nudge).toMatchObject({
      kind: 'keep-looking',
      rule: 'keep-looking.thin-pipeline',
      status: 'due',
      opportunityId: null,
    })
    expect(
      planKeepLooking(
        [opportunity(), opportunity({ id: 'd', stage: 'offer' })],
        defaultSettings,
        now,
      ),
    ).toBeNull()
  })

  it('stays done until the pipeline changes', () => {
    const list = [opportunity()]
    const first = planKeepLooking(list, defaultSettings, now)!
    const states = { [first.id]: { status: 'done' as const, at: now } }
    expect(planKeepLooking(list, defaultSettings, now + 86_400_000, states)!.status).toBe('done')
    expect(planKeepLooking([], defaultSettings, now, states)!.status).toBe('due')
  })

  it('follows the threshold in settings', () => {
    expect(
      planKeepLooking([opportunity(), opportunity({ id: 'x' })], { keepLookingThreshold: 3 }, now),
    ).not.toBeNull()
  })
})
