import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../domain/settings'
import { planFollowUps } from '../rules'
import { at, interviewer, opportunity, round } from '../rules/testing/fixtures'
import { upcomingOf } from './upcoming'

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

const upcoming = (o = withEmails(), at = now) => upcomingOf(o, planFollowUps(o, ctx, at))

describe('upcomingOf', () => {
  it('gives each planned thank-you Today’s title, its window and the interviewer’s address', () => {
    const thanks = upcoming().filter((a) => a.title.startsWith('Thank '))
    expect(thanks.map((a) => a.title)).toEqual([
      'Thank Jane Smith by email',
      'Thank Omar Khan by email',
    ])
    expect(thanks[0]?.label).toBe('Northwind · Thank Jane Smith by email')
    const plan = planFollowUps(withEmails(), ctx, now).find((p) => p.id === thanks[0]?.actionId)
    expect(thanks[0]).toMatchObject({
      opportunityId: 'opp-1',
      dueAt: plan?.earliest,
      overdueAt: plan?.latest,
      company: 'Northwind',
      draft: { to: 'jane@northwind.example', subject: plan?.draft?.subject, edited: false },
    })
    expect(thanks[1]?.draft?.to).toBe('')
  })

  it('carries the draft the user edited instead of the suggestion', () => {
    const first = upcoming().find((a) => a.title === 'Thank Jane Smith by email')!
    const o = withEmails()
    o.draftEdits = { [first.actionId]: { body: 'Jane, my own words.', at: now } }
    const edited = upcoming(o).find((a) => a.actionId === first.actionId)
    expect(edited?.draft).toMatchObject({ body: 'Jane, my own words.', edited: true })
  })

  it('leaves out what the user marked done and moves a snoozed action to the end of its snooze', () => {
    const [done, snoozed] = upcoming()
    const until = now + 3_600_000
    const o = withEmails()
    o.actions = {
      [done!.actionId]: { status: 'done', at: now },
      [snoozed!.actionId]: { status: 'snoozed', at: now, until },
    }
    const after = upcoming(o)
    expect(after.map((a) => a.actionId)).not.toContain(done!.actionId)
    expect(after.find((a) => a.actionId === snoozed!.actionId)?.dueAt).toBe(until)
    // Planned again after the snooze ran out, it stays where the snooze put it.
    const later = upcoming(o, until + 60_000)
    expect(later.find((a) => a.actionId === snoozed!.actionId)?.dueAt).toBe(until)
  })
})

describe('upcomingOf after a decision', () => {
  it('reminds of nothing the rejection closed, only of what it asks now', () => {
    const o = opportunity({
      ...withEmails(),
      stage: 'rejected',
      rejection: { on: '2026-03-04', via: 'email', feedbackGiven: false, feedback: '' },
    })
    const plan = planFollowUps(o, ctx, at('2026-03-04T12:00:00Z'))
    const closed = plan.filter((a) => a.status === 'closed').map((a) => a.id)
    expect(closed.length).toBeGreaterThan(1)
    const reminded = upcomingOf(o, plan).map((r) => r.actionId)
    expect(reminded.filter((id) => closed.includes(id))).toEqual([])
    expect(reminded.length).toBeGreaterThan(0)
  })
})
