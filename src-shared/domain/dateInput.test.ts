import { describe, expect, it } from 'vitest'
import { clockTime, numericDate, twelveHourClock } from './dateText'
import { dateOrder, readTypedDate, readTypedTime } from './dateInput'
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

describe('reading back what a form field writes', () => {
  const locales = (
    'en-GB en-US de-DE fr-FR fr-CA nl-NL sv-SE fi-FI pl-PL cs-CZ hu-HU bg-BG hr-HR sr-RS ' +
    'ko-KR ja-JP zh-CN zh-TW th-TH ar-AE ar-SA he-IL hi-IN fil-PH es-US'
  ).split(' ') as LocaleTag[]

  it('reads every offered locale’s own figures as the same day, in the Gregorian calendar', () => {
    for (const locale of locales)
      for (const date of ['2026-03-04', '2026-12-31', '2027-01-09']) {
        const shown = numericDate(date, locale)
        expect(readTypedDate(shown, locale), `${locale} ${shown}`).toMatchObject({ date })
      }
    expect(numericDate('2026-03-04', GB)).toBe('04/03/2026')
    expect(numericDate('2026-03-04', US)).toBe('3/4/2026')
    expect(numericDate('2026-03-04', DE)).toBe('4.3.2026')
    expect(numericDate('2026-03-04', 'th-TH' as LocaleTag)).toBe('4/3/2026')
  })

  it('reads every offered locale’s own clock as the same time of day', () => {
    for (const locale of locales)
      for (const time of ['00:05', '09:30', '12:00', '14:05', '23:59']) {
        const shown = clockTime(time, locale)
        expect(readTypedTime(shown, locale), `${locale} ${shown}`).toMatchObject({ time })
      }
    expect(clockTime('14:05', GB)).toBe('14:05')
    expect(clockTime('08:00', GB)).toBe('08:00')
    expect(clockTime('14:05', US)).toMatch(/^2:05\sPM$/)
  })

  it('reads an unambiguous ISO date in any locale', () => {
    for (const locale of [GB, US, DE])
      expect(readTypedDate('2026-03-04', locale)).toEqual({
        ok: true,
        date: '2026-03-04',
        ambiguous: false,
      })
  })

  it('gives the example of a date in the locale’s own figures', () => {
    expect(readTypedDate('Dienstag', DE)).toMatchObject({
      problem: '"Dienstag" is not a date; write it like 31.12.2025 or 2025-12-31.',
    })
  })
})

describe('readTypedTime', () => {
  it('reads the ways people type a time', () => {
    const cases: [string, string][] = [
      ['14:30', '14:30'],
      ['14.30', '14:30'],
      ['1430', '14:30'],
      ['930', '09:30'],
      ['14 h 30', '14:30'],
      ['2:30 pm', '14:30'],
      ['2.30 P.M.', '14:30'],
      ['2pm', '14:00'],
      ['12 am', '00:00'],
      ['12pm', '12:00'],
      ['9 Uhr', '09:00'],
      ['0:05', '00:05'],
    ]
    for (const [typed, time] of cases)
      expect(readTypedTime(typed, GB), typed).toMatchObject({ ok: true, time })
    expect(readTypedTime('오후 2:30', 'ko-KR' as LocaleTag)).toMatchObject({ time: '14:30' })
  })

  it('says a time without am or pm could be either half of the day where clocks run to 12', () => {
    expect(twelveHourClock(US)).toBe(true)
    expect(twelveHourClock(GB)).toBe(false)
    expect(readTypedTime('9:00', US)).toEqual({ ok: true, time: '09:00', ambiguous: true })
    expect(readTypedTime('9:00', GB)).toEqual({ ok: true, time: '09:00', ambiguous: false })
    expect(readTypedTime('9:00 am', US)).toMatchObject({ ambiguous: false })
    expect(readTypedTime('21:00', US)).toMatchObject({ time: '21:00', ambiguous: false })
  })

  it('refuses a time that does not exist, and says why', () => {
    expect(readTypedTime('25:00', GB)).toEqual({
      ok: false,
      impossible: true,
      problem: '"25:00" is not a real time: a day has hours 0 to 23.',
    })
    expect(readTypedTime('10:75', GB)).toMatchObject({
      problem: '"10:75" is not a real time: an hour has minutes 0 to 59.',
    })
    expect(readTypedTime('13 pm', US)).toMatchObject({
      problem: '"13 pm" is not a real time: with am or pm the hour is 1 to 12.',
    })
  })

  it('refuses text that is not a time, with an example on the locale’s clock', () => {
    expect(readTypedTime('lunchtime', GB)).toEqual({
      ok: false,
      impossible: false,
      problem: '"lunchtime" is not a time of day; write it like 14:30.',
    })
    expect(readTypedTime('soon', US)).toMatchObject({
      problem: expect.stringMatching(/write it like 2:30\sPM\.$/),
    })
    expect(readTypedTime('am 9 pm', GB)).toMatchObject({ ok: false })
  })
})
