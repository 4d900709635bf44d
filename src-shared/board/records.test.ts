import { describe, expect, it } from 'vitest'
import { emptyPipeline, readPipeline } from './records'

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
