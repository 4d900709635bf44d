import { describe, expect, it } from 'vitest'
import { noticeEnd, statutoryNotice } from './notice'

describe('notice periods', () => {
  it('ends N weeks on the same weekday N weeks later', () => {
    expect(noticeEnd('2026-03-02', { length: 1, unit: 'weeks' })).toBe('2026-03-09') // Monday -> Monday
    expect(noticeEnd('2026-12-18', { length: 4, unit: 'weeks' })).toBe('2027-01-15') // across New Year
  })

  it('ends N months on the corresponding date, clamped to the month’s end', () => {
    expect(noticeEnd('2026-01-15', { length: 1, unit: 'months' })).toBe('2026-02-15')
    expect(noticeEnd('2026-01-31', { length: 1, unit: 'months' })).toBe('2026-02-28')
    expect(noticeEnd('2028-01-31', { length: 1, unit: 'months' })).toBe('2028-02-29') // leap year
    expect(noticeEnd('2027-11-30', { length: 3, unit: 'months' })).toBe('2028-02-29')
    expect(noticeEnd('2026-05-31', { length: 3, unit: 'months' })).toBe('2026-08-31')
    expect(noticeEnd('2026-10-31', { length: 1, unit: 'months' })).toBe('2026-11-30')
  })

  it('refuses impossible dates and lengths, naming the field', () => {
    expect(() => noticeEnd('2026-02-29', { length: 1, unit: 'weeks' })).toThrow(
      expect.objectContaining({ kind: 'invalid-date', field: 'givenOn' }),
    )
    expect(() => noticeEnd('2026-02-01', { length: -1, unit: 'weeks' })).toThrow(
      expect.objectContaining({ kind: 'out-of-range', field: 'notice.length' }),
    )
    expect(() => noticeEnd('2026-02-01', { length: 1.5, unit: 'months' })).toThrow(
      expect.objectContaining({ kind: 'out-of-range' }),
    )
  })
})

describe('minimum notice', () => {
  it('labels the UK minimum of one week after one month of service as statutory', () => {
    const s = statutoryNotice('GB-ENG', '2024-05-01', '2026-03-02', { length: 1, unit: 'months' })
    expect(s).toMatchObject({
      label: 'statutory',
      minimum: { length: 1, unit: 'weeks' },
      minimumEndsOn: '2026-03-09',
      contractBelowMinimum: false,
    })
  })

  it('flags a contract shorter than the UK statutory week', () => {
    expect(
      statutoryNotice('GB-SCT', null, '2026-03-02', { length: 0, unit: 'weeks' })
        .contractBelowMinimum,
    ).toBe(true)
  })

  it('sets no UK minimum in the first month of service', () => {
    const s = statutoryNotice('GB-ENG', '2026-02-10', '2026-03-02', { length: 0, unit: 'weeks' })
    expect(s).toMatchObject({ label: null, minimum: null, contractBelowMinimum: false })
    expect(
      statutoryNotice('GB-ENG', '2026-02-02', '2026-03-02', { length: 0, unit: 'weeks' }).label,
    ).toBe('statutory')
  })

  it('labels the US two weeks as custom, not law', () => {
    const s = statutoryNotice('US-NY', null, '2026-03-02', { length: 1, unit: 'weeks' })
    expect(s).toMatchObject({
      label: 'custom',
      minimumEndsOn: '2026-03-16',
      contractBelowMinimum: true,
    })
    expect(s.explanation).toMatch(/not the law/)
  })

  it('knows no minimum elsewhere, and says so naming the region', () => {
    const s = statutoryNotice('DE-BY', null, '2026-03-02', { length: 1, unit: 'months' })
    expect(s.label).toBeNull()
    expect(s.explanation).toBe(
      'No statutory minimum notice is known for Bayern, Germany; your contract decides.',
    )
    expect(
      statutoryNotice('IE', null, '2026-03-02', s.minimum ?? { length: 1, unit: 'months' })
        .explanation,
    ).toContain('known for Ireland;')
  })
})
