import { describe, expect, it } from 'vitest'
import { choiceName, pickChoice } from '../domain/choice'
import type { Choice } from '../domain/choice'
import { regionChoices } from './calendar'

describe('picking a region by name', () => {
  it.each([
    ['Scotland', 'GB-SCT'],
    ['  bayern ', 'DE-BY'],
    ['England, United Kingdom', 'GB-ENG'],
    ['gb-sct', 'GB-SCT'],
    ['baden-wurttemberg', 'DE-BW'],
  ])('reads %j as the date-holidays code %s', (typed, code) => {
    expect(pickChoice(typed, regionChoices())).toBe(code)
  })

  it('shows a saved code by its full name', () => {
    expect(choiceName('GB-SCT', regionChoices())).toBe('Scotland, United Kingdom')
  })

  it('takes a full name over a short one, and refuses a short name two entries share', () => {
    expect(pickChoice('Georgia', regionChoices())).toBe('GE')
    expect(pickChoice('Georgia, United States of America', regionChoices())).toBe('US-GA')
    const cities: Choice[] = [
      {
        code: 'America/Indiana/Vincennes',
        name: 'Vincennes (America, Indiana)',
        short: 'Vincennes',
      },
      { code: 'Europe/Vincennes', name: 'Vincennes (Europe)', short: 'Vincennes' },
    ]
    expect(pickChoice('Vincennes', cities)).toBeNull()
    expect(pickChoice('Vincennes (Europe)', cities)).toBe('Europe/Vincennes')
  })

  it('refuses a region that does not exist, and keeps every full name unique', () => {
    expect(pickChoice('Narnia', regionChoices())).toBeNull()
    const names = regionChoices().map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
