import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isIsoDate } from './time'

/** The definition, written the slow way: the pattern, and a date the calendar round-trips. */
function reference(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-12-31', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    [' 2026-01-01', false],
    ['2026-01-01\n', false],
    ['2026/01/01', false],
    ['２０２６-01-01', false],
    ['0000-01-01', true],
  ])('%j is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected)
  })

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 20260101, new Date(), ['2026-01-01']]) {
      expect(isIsoDate(value)).toBe(false)
    }
  })

  it('agrees with the calendar on any ten characters made of digits and dashes', () => {
    const char = fc.constantFrom(...'0123456789-'.split(''), '0', '1', '2')
    const text = fc.array(char, { minLength: 10, maxLength: 10 }).map((c) => c.join(''))
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      )
    fc.assert(
      fc.property(fc.oneof(text, dateLike, fc.string()), (value) => {
        expect(isIsoDate(value)).toBe(reference(value))
      }),
      { numRuns: 5000 },
    )
  })
})
