import { describe, expect, it } from 'vitest'
import { countingIds } from '../domain/testData'
import { blankReply, readReplyForm, type ReplyReading } from './replyForm'

// Friday 20 March 2026, 16:30 in London (GMT), the last round on Tuesday 3 March.
const reading: ReplyReading = {
  now: Date.parse('2026-03-20T16:30:00Z'),
  today: '2026-03-20',
  timeZone: 'Europe/London',
  lastRoundOn: '2026-03-03',
}

describe('reading a logged reply', () => {
  it('logs a reply that came today now, with what they said and the date they moved to', () => {
    const form = {
      ...blankReply('2026-03-20', false),
      said: '  They need another week: the hiring manager, Aurélie, is away.  ',
      promisedDate: '2026-03-27',
    }
    expect(readReplyForm(form, reading, countingIds('m'))).toEqual({
      ok: true,
      promisedDate: '2026-03-27',
      message: {
        id: 'm-1',
        kind: 'reply',
        to: 'employer',
        at: reading.now,
        via: 'email',
        said: 'They need another week: the hiring manager, Aurélie, is away.',
        promisedDate: '2026-03-27',
      },
    })
  })

  it('logs a reply from an earlier day at the end of that day, from the agency by default', () => {
    const form = { ...blankReply('2026-03-20', true), on: '2026-03-18' }
    const result = readReplyForm(form, reading, countingIds('m'))
    expect(result).toMatchObject({
      ok: true,
      promisedDate: null,
      message: { to: 'agency', via: 'agency', at: Date.parse('2026-03-18T23:59:59.999Z') },
    })
    expect(result.ok && 'said' in result.message).toBe(false)
  })

  it('names each field it refuses and keeps what was typed', () => {
    const form = { ...blankReply('2026-03-20', false), on: '2026-03-21', promisedDate: 'next week' }
    const before = structuredClone(form)
    expect(readReplyForm(form, reading, countingIds('m'))).toEqual({
      ok: false,
      errors: {
        on: 'The reply cannot have come after today.',
        promisedDate: 'Give the new decision date as a date, or leave it empty.',
      },
    })
    expect(form).toEqual(before)
  })

  it('refuses a reply dated before the last interview and a promise before the reply', () => {
    const form = {
      ...blankReply('2026-03-20', false),
      on: '2026-03-02',
      promisedDate: '2026-03-01',
    }
    expect(readReplyForm(form, reading, countingIds('m'))).toEqual({
      ok: false,
      errors: {
        on: 'The reply cannot have come before the last interview.',
        promisedDate: 'The new decision date cannot be before the reply.',
      },
    })
  })
})
