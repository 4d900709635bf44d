import { describe, expect, it } from 'vitest'
import { answerDelays, punctuality, stageReach } from './insights'
import { moveTo } from '../domain/stages'
import { acme } from '../domain/testData'

const day = (d: string) => Date.parse(`${d}T12:00:00Z`)

describe('insights', () => {
  it('counts how far each opportunity got, including ones that moved on', () => {
    const offered = moveTo(moveTo(acme(), 'followed-up', 1), 'offer', 2)
    expect(stageReach([acme(), offered])).toEqual({
      interviewed: 2,
      'followed-up': 1,
      offer: 1,
      rejected: 0,
    })
  })

  it('measures an answer against the promised date in calendar days', () => {
    const o = { ...moveTo(acme(), 'offer', day('2026-03-20')), promisedDecisionDate: '2026-03-13' }
    expect(answerDelays([o, acme()], 'Europe/London')).toEqual([
      { company: 'Acme Ltd', promised: '2026-03-13', answered: '2026-03-20', daysLate: 7 },
    ])
  })

  it('prefers the recorded rejection date over the day the card moved', () => {
    const rejection = {
      on: '2026-03-10',
      via: 'email',
      feedbackGiven: false,
      feedback: '',
    } as const
    const o = {
      ...moveTo(acme(), 'rejected', day('2026-03-16'), rejection),
      promisedDecisionDate: '2026-03-13',
    }
    expect(answerDelays([o], 'Europe/London')[0]!.daysLate).toBe(-3)
  })

  it('splits done follow-ups into on time and late', () => {
    const o = {
      ...acme(),
      actions: {
        a: { status: 'done' as const, at: 10 },
        b: { status: 'done' as const, at: 30 },
        c: { status: 'skipped' as const, at: 5 },
      },
    }
    expect(punctuality([o], () => 20)).toEqual({ onTime: 1, late: 1 })
  })
})
