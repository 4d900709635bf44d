import * as v from 'valibot'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { defaultSettings } from '../domain'
import type { PlanChoices } from './plan'
import { defaultChoices, parseBreakDays, planChoicesSchema, readPlanRecord } from './record'

const saved = {
  offerId: 'o1',
  choices: {
    breakDays: 14,
    preferMondayStart: true,
    noticeGivenOn: null,
    gardenLeave: false,
    contactName: 'Priya Shah',
  },
  messages: {
    'before-notice-ends': {
      text: 'Dear Priya,\n\nCould we say 29 January?',
      counterDate: '2027-01-29',
    },
  },
}

describe('the start plan record', () => {
  it('reads back what was saved', () => {
    expect(readPlanRecord(structuredClone(saved))).toEqual(saved)
  })

  it('reads a record written before a field existed, with that field’s default', () => {
    expect(readPlanRecord({ offerId: 'o1', choices: { breakDays: 7 } })).toEqual({
      offerId: 'o1',
      choices: {
        breakDays: 7,
        preferMondayStart: false,
        noticeGivenOn: null,
        gardenLeave: false,
        contactName: '',
      },
      messages: {},
    })
  })

  it('refuses a record it does not understand rather than guessing', () => {
    expect(readPlanRecord({ ...saved, extra: 1 })).toBeNull()
    expect(readPlanRecord({ ...saved, choices: { ...saved.choices, breakDays: -3 } })).toBeNull()
    expect(readPlanRecord({ ...saved, choices: { ...saved.choices, breakDays: 2.5 } })).toBeNull()
    expect(
      readPlanRecord({ ...saved, choices: { ...saved.choices, noticeGivenOn: '2027-02-30' } }),
    ).toBeNull()
    expect(
      readPlanRecord({
        ...saved,
        messages: { 'some-kind': { text: '', counterDate: '2027-01-29' } },
      }),
    ).toBeNull()
    expect(readPlanRecord('not a record')).toBeNull()
  })

  it('starts an untouched plan from the user’s settings', () => {
    expect(defaultChoices({ ...defaultSettings, breakDays: 5, preferMondayStart: true })).toEqual({
      breakDays: 5,
      preferMondayStart: true,
      noticeGivenOn: null,
      gardenLeave: false,
      contactName: '',
    })
  })

  it('reads a typed break as whole days from 0 to 366, and an empty field as no break', () => {
    expect(parseBreakDays(' 14 ')).toBe(14)
    expect(parseBreakDays('')).toBe(0)
    expect(parseBreakDays('366')).toBe(366)
    for (const bad of ['367', '-1', '2.5', 'two', '1e2']) expect(parseBreakDays(bad)).toBeNull()
  })
})

describe('the plan choices type', () => {
  it('is the type its schema reads', () => {
    expectTypeOf<v.InferOutput<typeof planChoicesSchema>>().toEqualTypeOf<PlanChoices>()
  })
})
