import { describe, expect, it } from 'vitest'
import type { Opportunity } from '@shared/domain/opportunity'
import { defaultSettings } from '@shared/domain/settings'
import { acme, countingIds } from '@shared/domain/testData'
import { planFollowUps } from '@shared/rules/planFollowUps'
import { historyOf } from './history'
import { toView } from './plan'

const at = (iso: string) => Date.parse(iso)
const ctx = { settings: defaultSettings, profile: { name: 'Zoë Ó Briain-Lefèvre' } }

/** Three interviewers on Tuesday 3 March 2026, added to the board that morning. */
function record(): Opportunity {
  const o = acme(countingIds('h'))
  const first = o.rounds[0]!
  first.interviewers[0]!.name = 'Aurélie Dubois-Fernández'
  first.interviewers.push({ ...first.interviewers[1]!, id: 'h-third', name: 'Søren Østergaard' })
  return {
    ...o,
    company: 'Société Générale des Études Numériques',
    history: [{ from: null, to: 'interviewed', at: at('2026-03-03T12:00:00Z') }],
  }
}

const views = (o: Opportunity, now: number) =>
  planFollowUps(o, ctx, now).map((a) => toView(a, { opportunity: o }, o.actions[a.id] ?? null))

describe('the history of an opportunity', () => {
  it('tells what was done, skipped and snoozed on the day the user said so, newest first', () => {
    const o = record()
    const [a, b, c] = views(o, at('2026-03-03T12:00:00Z')).filter((x) => x.kind === 'thank-you')
    o.actions[a!.id] = { status: 'done', at: at('2026-03-03T16:20:00Z') }
    o.actions[b!.id] = { status: 'skipped', at: at('2026-03-04T08:05:00Z') }
    o.actions[c!.id] = {
      status: 'snoozed',
      at: at('2026-03-03T17:00:00Z'),
      until: at('2026-03-04T08:00:00Z'),
    }
    // A week later the snooze has lapsed, but it still happened.
    const story = historyOf(o, views(o, at('2026-03-10T12:00:00Z')))
    expect(story.map((h) => [new Date(h.at).toISOString(), h.text])).toEqual([
      ['2026-03-04T08:05:00.000Z', `Skipped: ${b!.title}`],
      ['2026-03-03T17:00:00.000Z', `Snoozed: ${c!.title}`],
      ['2026-03-03T16:20:00.000Z', `Done: ${a!.title}`],
      ['2026-03-03T12:00:00.000Z', 'Added to Interviewed'],
    ])
    expect(a!.title).toContain('Aurélie Dubois-Fernández')
  })

  it('dates a follow-up done through a logged message by that message', () => {
    const o = record()
    const priya = o.rounds[0]!.interviewers[0]!
    o.messages.push({ id: 'm1', kind: 'thank-you', to: priya.id, at: at('2026-03-03T15:45:00Z') })
    const story = historyOf(o, views(o, at('2026-03-05T12:00:00Z')))
    expect(story[0]).toMatchObject({ at: at('2026-03-03T15:45:00Z'), source: 'action' })
    // Told once, by the action it finished.
    expect(story.filter((h) => h.at === at('2026-03-03T15:45:00Z'))).toHaveLength(1)
    expect(story[0]!.text).toMatch(/^Done: .*Aurélie Dubois-Fernández/)
  })

  it('tells a logged reply with its words and new date, and a chaser the plan moved past', () => {
    const o = record()
    o.messages.push(
      { id: 'm1', kind: 'chaser', to: 'employer', at: at('2026-03-11T09:30:00Z') },
      {
        id: 'm2',
        kind: 'reply',
        to: 'employer',
        at: at('2026-03-12T23:59:59Z'),
        via: 'phone',
        said: 'Zoë, we need another week',
        promisedDate: '2026-03-20',
      },
    )
    const story = historyOf(o, views(o, at('2026-03-13T12:00:00Z')))
    expect(story.slice(0, 2)).toEqual([
      {
        at: at('2026-03-12T23:59:59Z'),
        text: 'Société Générale des Études Numériques replied on the phone: “Zoë, we need another week”; new decision date 20 March 2026',
        source: 'reply',
      },
      {
        at: at('2026-03-11T09:30:00Z'),
        text: 'Asked for news',
        source: 'message',
        sent: 'Asked for news',
      },
    ])
  })

  it('has nothing but the stage moves while every follow-up is still open', () => {
    const o = record()
    expect(historyOf(o, views(o, at('2026-03-03T12:00:00Z')))).toEqual([
      { at: at('2026-03-03T12:00:00Z'), text: 'Added to Interviewed', source: 'stage' },
    ])
  })
})
