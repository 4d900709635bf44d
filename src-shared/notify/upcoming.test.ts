import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../domain/settings'
import { planFollowUps } from '../rules'
import { at, interviewer, opportunity, round } from '../rules/testing/fixtures'
import { upcomingActions } from './upcoming'

const ctx = { settings: defaultSettings, profile: { name: 'Sam Taylor' } }
/** The evening of the interview in the fixtures (Tuesday 3 March 2026, 10:00 London). */
const now = at('2026-03-03T18:00:00Z')

function withEmails() {
  return opportunity({
    rounds: [
      round({
        interviewers: [
          { ...interviewer('i1', 'Jane Smith', 'the cloud move'), email: 'jane@northwind.example' },
          interviewer('i2', 'Omar Khan', 'mentoring'),
        ],
      }),
    ],
  })
}

describe('upcomingActions', () => {
  it('gives each planned thank-you a plain label, its window and the interviewer’s address', () => {
    const actions = upcomingActions([withEmails()], ctx, now)
    const thanks = actions.filter((a) => a.label.startsWith('Thank '))
    expect(thanks.map((a) => a.label)).toEqual([
      'Thank Jane Smith for the interview',
      'Thank Omar Khan for the interview',
    ])
    const plan = planFollowUps(withEmails(), ctx, now).find((p) => p.id === thanks[0]?.actionId)
    expect(thanks[0]).toMatchObject({
      opportunityId: 'opp-1',
      dueAt: plan?.earliest,
      overdueAt: plan?.latest,
      company: 'Northwind',
      draft: { to: 'jane@northwind.example', subject: plan?.draft?.subject },
    })
    expect(thanks[1]?.draft?.to).toBe('')
  })

  it('leaves out what the user marked done and moves a snoozed action to the end of its snooze', () => {
    const first = upcomingActions([withEmails()], ctx, now)
    const [done, snoozed] = first
    const until = now + 3_600_000
    const o = withEmails()
    o.actions = {
      [done!.actionId]: { status: 'done', at: now },
      [snoozed!.actionId]: { status: 'snoozed', at: now, until },
    }
    const after = upcomingActions([o], ctx, now)
    expect(after.map((a) => a.actionId)).not.toContain(done!.actionId)
    expect(after.find((a) => a.actionId === snoozed!.actionId)?.dueAt).toBe(until)
    // Planned again after the snooze ran out, it stays where the snooze put it.
    const later = upcomingActions([o], ctx, until + 60_000)
    expect(later.find((a) => a.actionId === snoozed!.actionId)?.dueAt).toBe(until)
  })

  it('skips an opportunity the rules cannot read and keeps the others', () => {
    const broken = opportunity({ id: 'bad', rounds: [round({ date: '2026-02-30' })] })
    const actions = upcomingActions([broken, withEmails()], ctx, now)
    expect(actions.length).toBeGreaterThan(0)
    expect(actions.every((a) => a.opportunityId === 'opp-1')).toBe(true)
  })
})
