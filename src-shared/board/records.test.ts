import { describe, expect, it } from 'vitest'
import { emptyPipeline, MAX_DRAFT_CHARS, readDraftEdits, readPipeline } from './records'

const ID = 'a0123456789abcdef'

describe('the pipeline record', () => {
  it('reads a record it wrote', () => {
    const record = { version: 1, actions: { [ID]: { status: 'snoozed', at: 5, until: 9 } } }
    expect(readPipeline(record)).toEqual(record)
    expect(readPipeline(emptyPipeline())).toEqual(emptyPipeline())
  })

  it('refuses unknown fields, statuses and ids rather than guessing', () => {
    expect(readPipeline({ version: 1, actions: {}, extra: true })).toBeNull()
    expect(readPipeline({ version: 2, actions: {} })).toBeNull()
    expect(readPipeline({ version: 1, actions: { [ID]: { status: 'gone', at: 5 } } })).toBeNull()
    expect(readPipeline({ version: 1, actions: { [ID]: { status: 'done', at: -1 } } })).toBeNull()
    expect(readPipeline({ version: 1, actions: { nope: { status: 'done', at: 5 } } })).toBeNull()
    expect(readPipeline('{"version":1}')).toBeNull()
  })
})

describe('edited drafts in an opportunity', () => {
  it('reads a record from before drafts were kept as having none', () => {
    expect(readDraftEdits(undefined)).toEqual({})
    expect(readDraftEdits(null)).toEqual({})
  })

  it('keeps the drafts that are sound when one is damaged', () => {
    const good = { body: 'Dear Priya,\nThank you.', at: 7 }
    expect(
      readDraftEdits({
        [ID]: good,
        a1111111111111111: { body: 42, at: 7 },
        a2222222222222222: { body: 'x', at: 7, extra: 1 },
        'not-an-id': { body: 'x', at: 7 },
        a3333333333333333: { body: 'x'.repeat(MAX_DRAFT_CHARS + 1), at: 7 },
      }),
    ).toEqual({ [ID]: good })
    expect(readDraftEdits(['x'])).toEqual({})
  })
})
