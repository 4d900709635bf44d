import { describe, expect, it } from 'vitest'
import { planFollowUps } from './planFollowUps'
import type { Message } from '../domain/opportunity'
import { at, context, opportunity } from './testing/fixtures'

const ctx = context()
const chase = (opp: ReturnType<typeof opportunity>, now = at('2026-03-25T12:00:00Z')) =>
  planFollowUps(opp, ctx, now).filter((a) =>
    ['chaser', 'closing', 'move-on', 'debrief'].includes(a.kind),
  )
const msg = (kind: Message['kind'], iso: string, to = 'employer'): Message => ({
  id: iso,
  kind,
  to,
  at: at(iso),
})

describe('decision follow-up, direct', () => {
  it('waits a week past the promised date', () => {
    // Interview Tuesday 3 March 2026; decision promised by Friday 13 March.
    const [a] = chase(opportunity({ promisedDecisionDate: '2026-03-13' }))
    expect(a).toMatchObject({ kind: 'chaser', rule: 'chase.after-promised-date', channel: 'email' })
    expect(a!.earliest).toBe(at('2026-03-20T09:00:00Z'))
    expect(a!.latest).toBe(at('2026-03-24T17:00:00Z'))
    expect(a!.recipient).toEqual({ kind: 'employer', name: 'Jane Smith' })
    expect(a!.draft?.body).toContain('decide by Friday 13 March')
  })

  it('without a promised date, waits five business days after the interview', () => {
    const [a] = chase(opportunity())
    expect(a).toMatchObject({ rule: 'chase.no-date' })
    expect(a!.earliest).toBe(at('2026-03-10T09:00:00Z'))
  })

  it('counts the five business days around Christmas and New Year', () => {
    const opp = opportunity()
    opp.rounds[0]!.date = '2026-12-22'
    // 23, 24, 29, 30, 31 December: the fifth business day is Thursday 31 December.
    expect(chase(opp, at('2026-12-23T12:00:00Z'))[0]!.earliest).toBe(at('2026-12-31T09:00:00Z'))
  })

  it('moves a promised date plus a week that lands on a bank holiday to the next business day', () => {
    const [a] = chase(
      opportunity({ promisedDecisionDate: '2026-12-21' }),
      at('2026-12-22T12:00:00Z'),
    )
    expect(a!.earliest).toBe(at('2026-12-29T09:00:00Z'))
  })

  it('uses the contact the employer named and the channel they asked for', () => {
    const opp = opportunity({ followUp: { who: 'Priya (HR)', how: 'phone', when: '' } })
    expect(chase(opp)[0]).toMatchObject({
      channel: 'phone',
      recipient: { kind: 'employer', name: 'Priya (HR)' },
    })
  })

  it('sends a second chaser no sooner than a week after the first', () => {
    const opp = opportunity({
      promisedDecisionDate: '2026-03-13',
      messages: [msg('chaser', '2026-03-20T10:30:00Z')],
    })
    const [first, second] = chase(opp)
    expect(first!.status).toBe('done')
    expect(second).toMatchObject({ rule: 'chase.repeat', alsoRules: ['chase.gap'] })
    expect(second!.earliest).toBe(at('2026-03-27T09:00:00Z'))
    expect(second!.draft?.body).toContain('writing once more')
  })

  it('keeps a week between chasers even when one was sent early', () => {
    const opp = opportunity({
      promisedDecisionDate: '2026-03-13',
      messages: [msg('chaser', '2026-03-18T10:00:00Z'), msg('reply', '2026-03-19T10:00:00Z')],
    })
    const open = chase(opp).filter((a) => a.status !== 'done')
    // After a reply, a fresh chaser: a week after the reply, and after the last chaser.
    expect(open[0]).toMatchObject({ rule: 'chase.after-promised-date' })
    expect(open[0]!.earliest).toBe(at('2026-03-26T09:00:00Z'))
  })

  it('after two unanswered chasers, plans one courteous closing message, then suggests moving on', () => {
    const two = opportunity({
      promisedDecisionDate: '2026-03-13',
      messages: [msg('chaser', '2026-03-20T10:00:00Z'), msg('chaser', '2026-03-27T10:00:00Z')],
    })
    const closing = chase(two, at('2026-04-07T12:00:00Z')).find((a) => a.kind === 'closing')!
    expect(closing).toMatchObject({ rule: 'chase.closing', status: 'due' })
    // 27 March + 7 days is Good Friday, then Easter Monday: Tuesday 7 April, 09:00 BST.
    expect(closing.earliest).toBe(at('2026-04-07T08:00:00Z'))
    expect(closing.draft?.body).toContain('future opportunities')
    two.messages.push(msg('closing', '2026-04-07T13:00:00Z'))
    const after = chase(two, at('2026-04-07T14:00:00Z'))
    expect(after.map((a) => [a.kind, a.status])).toEqual([
      ['chaser', 'done'],
      ['chaser', 'done'],
      ['closing', 'done'],
      ['move-on', 'due'],
    ])
    expect(after[3]).toMatchObject({
      rule: 'chase.move-on',
      channel: 'reminder',
      recipient: { kind: 'self' },
    })
  })

  it('keeps a chaser marked done on its own dates, not a week after it was sent', () => {
    const opp = opportunity({ promisedDecisionDate: '2026-03-13' })
    const [first] = chase(opp)
    // What "Mark done" records on Friday 20 March: the state and the message it sent.
    opp.actions[first!.id] = { status: 'done', at: at('2026-03-20T11:00:00Z') }
    opp.messages.push(msg('chaser', '2026-03-20T11:00:00Z'))
    const [done, next] = chase(opp)
    expect(done).toMatchObject({ id: first!.id, status: 'done', alsoRules: [] })
    expect([done!.earliest, done!.latest]).toEqual([first!.earliest, first!.latest])
    expect(next!.earliest).toBe(at('2026-03-27T09:00:00Z'))
  })

  it('dates each sent chaser from the one before it, not from the last one sent', () => {
    const opp = opportunity({
      promisedDecisionDate: '2026-03-13',
      messages: [msg('chaser', '2026-03-20T10:00:00Z'), msg('chaser', '2026-03-30T10:00:00Z')],
    })
    const [first, second, closing] = chase(opp, at('2026-04-08T12:00:00Z'))
    expect(first!.earliest).toBe(at('2026-03-20T09:00:00Z'))
    expect(second!.earliest).toBe(at('2026-03-27T09:00:00Z'))
    // The closing message waits a week after the second chaser, as it was sent on the 30th.
    expect(closing!.earliest).toBe(at('2026-04-07T08:00:00Z'))
  })

  it('re-paces from a logged reply that gave a new date: no closing message, a fresh chaser', () => {
    // Chased on 20 March; on Monday 23 March they wrote that they need until Friday 27 March.
    const opp = opportunity({
      promisedDecisionDate: '2026-03-27',
      messages: [
        msg('chaser', '2026-03-20T10:00:00Z'),
        { ...msg('reply', '2026-03-23T15:00:00Z'), via: 'email', promisedDate: '2026-03-27' },
      ],
    })
    const open = chase(opp, at('2026-03-24T12:00:00Z')).filter((a) => a.status !== 'done')
    expect(open.map((a) => [a.kind, a.rule, a.status])).toEqual([
      ['chaser', 'chase.after-promised-date', 'upcoming'],
    ])
    // A week past the new date is Good Friday, then Easter Monday: Tuesday 7 April, 09:00 BST.
    expect(open[0]!.earliest).toBe(at('2026-04-07T08:00:00Z'))
    expect(open[0]!.draft?.body).toContain('Friday 27 March')
  })

  it('stops chasing once the user skips a chaser', () => {
    const opp = opportunity({ promisedDecisionDate: '2026-03-13' })
    const [first] = chase(opp)
    opp.actions[first!.id] = { status: 'skipped', at: 0 }
    expect(chase(opp).map((a) => a.status)).toEqual(['skipped'])
  })

  it('plans no chaser once the employer has decided: the open one is closed by the rejection', () => {
    const closed = chase(
      opportunity({
        stage: 'rejected',
        rejection: { on: '2026-03-10', via: 'email', feedbackGiven: true, feedback: '' },
      }),
    )
    expect(closed.map((a) => [a.kind, a.status, a.closedBy, a.earlier])).toEqual([
      ['chaser', 'closed', 'rejection', true],
    ])
  })
})

describe('decision follow-up through an agency', () => {
  const agency = { name: 'Hays', consultant: 'Priya Patel', email: 'p@example.com', phone: '' }

  it('asks the consultant once the promised date has passed, rather than the employer', () => {
    const [debrief, ask] = chase(opportunity({ agency, promisedDecisionDate: '2026-03-13' }))
    expect(debrief).toMatchObject({
      kind: 'debrief',
      rule: 'agency.debrief',
      recipient: { kind: 'consultant', name: 'Priya Patel', agency: 'Hays' },
    })
    expect(debrief!.latest).toBe(at('2026-03-04T17:00:00Z'))
    expect(ask).toMatchObject({
      kind: 'chaser',
      rule: 'chase.agency',
      recipient: { kind: 'consultant' },
    })
    // The day after Friday 13 March is a Saturday: Monday 16 March.
    expect(ask!.earliest).toBe(at('2026-03-16T09:00:00Z'))
    expect(ask!.draft?.body).toMatch(/^Hi Priya,/)
  })

  it('direct applications get no debrief', () => {
    expect(chase(opportunity()).some((a) => a.kind === 'debrief')).toBe(false)
  })
})
