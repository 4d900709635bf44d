import { describe, expect, it } from 'vitest'
import { planFollowUps } from './planFollowUps'
import { at, context, interviewer, opportunity, round } from './testing/fixtures'

const ctx = context()
const of = (kind: string, list: ReturnType<typeof planFollowUps>) =>
  list.filter((a) => a.kind === kind)

describe('thank-you after an interview', () => {
  it('is due the same day, to each interviewer, after a morning interview', () => {
    const plan = planFollowUps(opportunity(), ctx, at('2026-03-03T12:00:00Z'))
    const thanks = of('thank-you', plan)
    expect(thanks.map((a) => a.recipient)).toEqual([
      { kind: 'interviewer', id: 'i1', name: 'Jane Smith' },
      { kind: 'interviewer', id: 'i2', name: 'Omar Khan' },
    ])
    for (const a of thanks) {
      expect(a).toMatchObject({ rule: 'thank-you.same-day', channel: 'email', status: 'due' })
      expect(a.earliest).toBe(at('2026-03-03T11:00:00Z')) // after the hour-long interview
      expect(a.latest).toBe(at('2026-03-04T00:00:00Z') - 1) // end of the day in London
    }
    expect(thanks[0]!.draft?.body).toContain('the move of their reporting to the cloud')
    expect(thanks[1]!.draft?.body).toContain('how new analysts are mentored')
    expect(thanks[0]!.draft?.body).toContain('today')
    expect(of('card', plan)).toEqual([]) // video interview
  })

  it('becomes overdue the next day and upcoming before the interview ends', () => {
    const opp = opportunity()
    expect(of('thank-you', planFollowUps(opp, ctx, at('2026-03-04T08:00:00Z')))[0]!.status).toBe(
      'overdue',
    )
    expect(of('thank-you', planFollowUps(opp, ctx, at('2026-03-03T10:30:00Z')))[0]!.status).toBe(
      'upcoming',
    )
  })

  it('is due by 10:00 on Monday after a Friday-afternoon interview', () => {
    const opp = opportunity({ rounds: [round({ date: '2026-03-06', time: '14:30' })] })
    const [a] = of('thank-you', planFollowUps(opp, ctx, at('2026-03-06T16:00:00Z')))
    expect(a).toMatchObject({ rule: 'thank-you.next-morning', status: 'due' })
    expect(a!.latest).toBe(at('2026-03-09T10:00:00Z'))
    // Written that Friday, it says so; written on the Monday morning, it names the day.
    expect(a!.draft?.body).toContain('meeting me today')
    const [monday] = of('thank-you', planFollowUps(opp, ctx, at('2026-03-09T08:00:00Z')))
    expect(monday!.draft?.body).toContain('on Friday')
  })

  it('says "today" for a 14:00 interview typed in at 17:00 the same day, "yesterday" next morning', () => {
    const opp = opportunity({ rounds: [round({ date: '2026-03-03', time: '14:00' })] })
    const evening = of('thank-you', planFollowUps(opp, ctx, at('2026-03-03T17:00:00Z')))
    // Each interviewer's draft opens in its own words; both say today.
    expect(evening.map((a) => /\btoday\b/.test(a.draft!.body))).toEqual([true, true])
    expect(evening.some((a) => a.draft!.body.includes('yesterday'))).toBe(false)
    const morning = of('thank-you', planFollowUps(opp, ctx, at('2026-03-04T08:00:00Z')))
    expect(morning[0]!.draft?.body).toContain('meeting me yesterday')
  })

  it('never says "today" for a round two weeks old: it names the date', () => {
    const opp = opportunity({ rounds: [round({ date: '2026-03-03', time: '10:00' })] })
    const [late] = of('thank-you', planFollowUps(opp, ctx, at('2026-03-17T12:00:00Z')))
    expect(late!.draft?.body).not.toMatch(/today|yesterday/)
    expect(late!.draft?.body).toContain('on 3 March')
  })

  it('skips Christmas and the Boxing Day substitute for a Christmas Eve afternoon interview', () => {
    const opp = opportunity({ rounds: [round({ date: '2026-12-24', time: '15:00' })] })
    const [a] = of('thank-you', planFollowUps(opp, ctx, at('2026-12-24T16:00:00Z')))
    expect(a!.latest).toBe(at('2026-12-29T10:00:00Z'))
  })

  it('reads interview times in the user’s time zone, in summer time too', () => {
    const opp = opportunity({
      rounds: [round({ date: '2026-06-10', time: '11:30', durationMinutes: 45 })],
    })
    const [a] = of('thank-you', planFollowUps(opp, ctx, at('2026-06-10T12:00:00Z')))
    expect(a!.earliest).toBe(at('2026-06-10T11:15:00Z')) // 12:15 BST
    expect(a!.rule).toBe('thank-you.same-day')
    const ny = context({
      settings: { ...ctx.settings, timeZone: 'America/New_York', region: 'US-NY' },
    })
    const [b] = of('thank-you', planFollowUps(opp, ny, at('2026-06-10T12:00:00Z')))
    expect(b!.earliest).toBe(at('2026-06-10T16:15:00Z'))
  })

  it('suggests a card to each interviewer after an in-person interview', () => {
    const opp = opportunity({ rounds: [round({ mode: 'in-person', date: '2026-12-23' })] })
    const cards = of('card', planFollowUps(opp, ctx, at('2026-12-23T12:00:00Z')))
    expect(cards).toHaveLength(2)
    expect(cards[0]).toMatchObject({ rule: 'thank-you.card', channel: 'card' })
    // Two business days after Wednesday 23 December 2026: Thursday 24, then Tuesday 29.
    expect(cards[0]!.latest).toBe(at('2026-12-30T00:00:00Z') - 1)
  })

  it('adds a clarification inside each thank-you when an answer needs it', () => {
    const opp = opportunity()
    opp.reflection.answersToClarify = 'I have run two data migrations end to end'
    const [a] = of('thank-you', planFollowUps(opp, ctx, at('2026-03-03T12:00:00Z')))
    expect(a!.alsoRules).toEqual(['thank-you.clarify'])
    expect(a!.draft?.flags).toContain('includes-clarification')
    expect(a!.draft?.body).toContain('I have run two data migrations end to end.')
  })

  it('flags thank-yous that would read alike, and asks for a personal detail', () => {
    const opp = opportunity({
      rounds: [
        round({
          interviewers: [
            interviewer('i1', 'Jane Smith'),
            interviewer('i2', 'Omar Khan'),
            interviewer('i3', 'Lee Park', 'pricing'),
          ],
        }),
      ],
    })
    const thanks = of('thank-you', planFollowUps(opp, ctx, at('2026-03-03T12:00:00Z')))
    expect(thanks[0]!.draft?.flags).toEqual(['needs-personal-detail', 'near-duplicate'])
    expect(thanks[0]!.similarTo).toEqual([{ actionId: thanks[1]!.id, score: 1 }])
    expect(thanks[2]!.draft?.flags).toEqual([])
    expect(thanks[2]!.similarTo).toBeUndefined()
  })

  it('keeps drafts apart when each interviewer discussed something different', () => {
    const thanks = of('thank-you', planFollowUps(opportunity(), ctx, at('2026-03-03T12:00:00Z')))
    expect(thanks.every((a) => !a.draft?.flags.includes('near-duplicate'))).toBe(true)
  })

  it('marks a thank-you done when it was logged or recorded, and honours skip and snooze', () => {
    const opp = opportunity({
      messages: [{ id: 'm1', kind: 'thank-you', to: 'i1', at: at('2026-03-03T13:00:00Z') }],
    })
    const first = planFollowUps(opp, ctx, at('2026-03-03T14:00:00Z'))
    const [jane, omar] = of('thank-you', first)
    expect(jane!.status).toBe('done')
    opp.actions[omar!.id] = {
      status: 'snoozed',
      at: at('2026-03-03T14:00:00Z'),
      until: at('2026-03-03T18:00:00Z'),
    }
    const snoozed = of('thank-you', planFollowUps(opp, ctx, at('2026-03-03T15:00:00Z')))[1]!
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: at('2026-03-03T18:00:00Z') })
    expect(of('thank-you', planFollowUps(opp, ctx, at('2026-03-03T19:00:00Z')))[1]!.status).toBe(
      'due',
    )
    opp.actions[omar!.id] = { status: 'skipped', at: 0 }
    expect(of('thank-you', planFollowUps(opp, ctx, at('2026-03-03T19:00:00Z')))[1]!.status).toBe(
      'skipped',
    )
  })

  it('gives stable ids from opportunity, rule and recipient', () => {
    const a = planFollowUps(opportunity(), ctx, at('2026-03-03T12:00:00Z'))
    const b = planFollowUps(opportunity(), ctx, at('2026-04-03T12:00:00Z'))
    expect(a.map((x) => x.id)).toEqual(b.map((x) => x.id))
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length)
    const other = planFollowUps(opportunity({ id: 'opp-2' }), ctx, at('2026-03-03T12:00:00Z'))
    expect(other[0]!.id).not.toBe(a[0]!.id)
  })
})

describe('LinkedIn after the thank-you', () => {
  it('is planned 1-2 days after the thank-you was sent', () => {
    const opp = opportunity({
      messages: [{ id: 'm1', kind: 'thank-you', to: 'i1', at: at('2026-03-03T15:20:00Z') }],
    })
    const links = of('linkedin', planFollowUps(opp, ctx, at('2026-03-03T16:00:00Z')))
    const to = (id: string) =>
      links.find((a) => a.recipient.kind === 'interviewer' && a.recipient.id === id)
    const [jane, omar] = [to('i1'), to('i2')]
    expect(jane).toMatchObject({
      rule: 'linkedin.after-thank-you',
      channel: 'linkedin',
      status: 'upcoming',
    })
    expect(jane!.earliest).toBe(at('2026-03-04T15:20:00Z'))
    expect(jane!.latest).toBe(at('2026-03-05T15:20:00Z'))
    // Omar's thank-you was not logged: counted from when it was due.
    expect(omar!.earliest).toBe(at('2026-03-04T09:00:00Z'))
    expect(omar!.latest).toBe(at('2026-03-05T17:00:00Z'))
    expect(jane!.draft!.body.length).toBeLessThanOrEqual(300)
  })

  it('asks a person met in two rounds once, after the first round they were in', () => {
    // Jane again on Tuesday 10 March under a new row (new id), her name typed a little differently.
    const again = round({
      id: 'r2',
      date: '2026-03-10',
      interviewers: [
        { ...interviewer('i3', '  jane  SMITH ', 'the reporting roadmap') },
        { ...interviewer('i4', 'Chiara Bianchi-Rossi', 'their data catalogue') },
      ],
    })
    const opp = opportunity({ rounds: [round(), again] })
    const links = of('linkedin', planFollowUps(opp, ctx, at('2026-03-10T16:00:00Z')))
    expect(links.map((a) => a.recipient.kind === 'interviewer' && a.recipient.id)).toEqual([
      'i1',
      'i2',
      'i4',
    ])
    // Counted from the first round's thank-you, due on 3 March.
    expect(links[0]!.earliest).toBe(at('2026-03-04T09:00:00Z'))
  })

  it('waits for the decision when the user prefers', () => {
    const wait = context({ settings: { ...ctx.settings, linkedInAfterDecision: true } })
    expect(of('linkedin', planFollowUps(opportunity(), wait, at('2026-03-03T16:00:00Z')))).toEqual(
      [],
    )
    const rejected = opportunity({
      stage: 'rejected',
      rejection: { on: '2026-03-20', via: 'email', feedbackGiven: true, feedback: '' },
      history: [{ from: 'interviewed', to: 'rejected', at: at('2026-03-20T11:00:00Z') }],
    })
    const links = of('linkedin', planFollowUps(rejected, wait, at('2026-03-20T12:00:00Z')))
    expect(links).toHaveLength(2)
    expect(links[0]).toMatchObject({
      rule: 'linkedin.after-decision',
      earliest: at('2026-03-21T11:00:00Z'),
    })
  })
})
