import { describe, expect, it } from 'vitest'
import { latenessText } from './lateness'

describe('how late an answer came, in words', () => {
  it('says early for an answer before the promised date, never a negative lateness', () => {
    expect(latenessText(-5)).toBe('5 days early')
    expect(latenessText(-1)).toBe('1 day early')
  })

  it('says late after the date and names the day itself', () => {
    expect(latenessText(3)).toBe('3 days late')
    expect(latenessText(1)).toBe('1 day late')
    expect(latenessText(0)).toBe('on the promised day')
    // An average rounds to whole days first: -0.4 is the day itself, 2.6 is three days.
    expect(latenessText(-0.4)).toBe('on the promised day')
    expect(latenessText(2.6)).toBe('3 days late')
  })
})
