import { describe, expect, it } from 'vitest'
import { dateOrder, readTypedDate } from './dateInput'
import type { LocaleTag } from './locale'

const GB = 'en-GB' as LocaleTag
const US = 'en-US' as LocaleTag
const DE = 'de-DE' as LocaleTag

describe('readTypedDate', () => {
  it('reads 1/2/2025 as 1 February in Britain and 2 January in the United States, and says it could be either', () => {
    expect(dateOrder(GB)).toBe('day-month')
    expect(dateOrder(US)).toBe('month-day')
    expect(readTypedDate('1/2/2025', GB)).toEqual({ ok: true, date: '2025-02-01', ambiguous: true })
    expect(readTypedDate('1/2/2025', US)).toEqual({ ok: true, date: '2025-01-02', ambiguous: true })
  })

  it('reads a date only one way without calling it ambiguous', () => {
    expect(readTypedDate('24/02/2025', GB)).toEqual({
      ok: true,
      date: '2025-02-24',
      ambiguous: false,
    })
    expect(readTypedDate('3/3/2025', US)).toMatchObject({ date: '2025-03-03', ambiguous: false })
    expect(readTypedDate('01.02.25', DE)).toMatchObject({ date: '2025-02-01', ambiguous: true })
  })

  it('reads year-first dates, with a time after them, and dates with month names', () => {
    expect(readTypedDate('2022-02-26 19:17:05', US)).toMatchObject({ date: '2022-02-26' })
    expect(readTypedDate('2025-03-04T09:00:00.000Z', GB)).toMatchObject({ date: '2025-03-04' })
    expect(readTypedDate('5 Mar 2025', GB)).toMatchObject({ date: '2025-03-05' })
    expect(readTypedDate('March 5th, 2025', US)).toMatchObject({ date: '2025-03-05' })
    expect(readTypedDate('Wed, 5 March 2025', GB)).toMatchObject({ date: '2025-03-05' })
    expect(readTypedDate('5. März 2025', DE)).toMatchObject({ date: '2025-03-05' })
    expect(readTypedDate('12 Sept 2025', GB)).toMatchObject({ date: '2025-09-12' })
  })

  it('refuses a date that does not exist, and says why', () => {
    expect(readTypedDate('31/02/2025', GB)).toEqual({
      ok: false,
      impossible: true,
      problem: '"31/02/2025" is not a real date: February 2025 has 28 days.',
    })
    expect(readTypedDate('29/02/2024', GB)).toMatchObject({ ok: true, date: '2024-02-29' })
    expect(readTypedDate('2025-13-01', GB)).toMatchObject({
      ok: false,
      problem: '"2025-13-01" is not a real date: there is no month 13.',
    })
  })

  it('refuses text that is not a date, with an example in the locale’s order', () => {
    expect(readTypedDate('next week', US)).toEqual({
      ok: false,
      impossible: false,
      problem: '"next week" is not a date; write it like 12/31/2025 or 2025-12-31.',
    })
    expect(readTypedDate('5 Foo 2025', GB)).toMatchObject({ ok: false, impossible: false })
  })
})
