import { describe, expect, it } from 'vitest'
import { keepLookingWeek, planKeepLooking } from './keepLooking'
import { defaultSettings } from '../domain/settings'
import { at, opportunity } from './testing/fixtures'

/** Tuesday 3 March 2026, midday in London. */
const now = at('2026-03-03T12:00:00Z')
const DAY = 86_400_000

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

  it('is due until the end of Sunday in the user’s time zone', () => {
    const nudge = planKeepLooking([], defaultSettings, now)!
    // Sunday 8 March 2026, 23:59:59.999 in London (GMT in March before the clocks change).
    expect(nudge.latest).toBe(at('2026-03-09T00:00:00Z') - 1)
    expect(keepLookingWeek(now, 'Europe/London').start).toBe('2026-03-02')
    // Late on Sunday in New York is already Monday in London: a different week there.
    const sundayNight = at('2026-03-09T02:00:00Z')
    expect(keepLookingWeek(sundayNight, 'America/New_York').start).toBe('2026-03-02')
    expect(keepLookingWeek(sundayNight, 'Europe/London').start).toBe('2026-03-09')
  })

  it('stays done for the rest of the week, whatever the pipeline does', () => {
    const first = planKeepLooking([opportunity()], defaultSettings, now)!
    const states = { [first.id]: { status: 'done' as const, at: now } }
    // Saturday, after losing the last application: still settled for this week.
    const saturday = now + 4 * DAY
    expect(planKeepLooking([], defaultSettings, saturday, states)!.status).toBe('done')
    const lost = [opportunity({ stage: 'rejected' })]
    expect(planKeepLooking(lost, defaultSettings, saturday, states)!.status).toBe('done')
  })

  it('comes back the next week while the pipeline is still thin', () => {
    const first = planKeepLooking([opportunity()], defaultSettings, now)!
    const states = { [first.id]: { status: 'skipped' as const, at: now } }
    const nextMonday = at('2026-03-09T00:30:00Z')
    const again = planKeepLooking([opportunity()], defaultSettings, nextMonday, states)!
    expect(again.id).not.toBe(first.id)
    expect(again.status).toBe('due')
  })

  it('comes back when a snooze ends', () => {
    const first = planKeepLooking([], defaultSettings, now)!
    const states = { [first.id]: { status: 'snoozed' as const, at: now, until: now + DAY } }
    expect(planKeepLooking([], defaultSettings, now + DAY / 2, states)!.status).toBe('snoozed')
    expect(planKeepLooking([], defaultSettings, now + 2 * DAY, states)!.status).toBe('due')
  })

  it('follows the threshold in settings', () => {
    const settings = { ...defaultSettings, keepLookingThreshold: 3 }
    expect(planKeepLooking([opportunity(), opportunity({ id: 'x' })], settings, now)).not.toBeNull()
  })
})
