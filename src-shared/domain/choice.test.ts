import { describe, expect, it } from 'vitest'
import { choiceName, pickChoice } from './choice'
import type { LocaleTag } from './locale'
import { currencyChoices, readCurrencyChoice } from './money'
import { timeZoneChoices } from './zoned'

const enGB = 'en-GB' as LocaleTag

describe('picking a time zone or a currency by name', () => {
  it('finds time zones by their city, with or without accents', () => {
    const zones = timeZoneChoices()
    expect(pickChoice('London', zones)).toBe('Europe/London')
    expect(pickChoice('new york', zones)).toBe('America/New_York')
    expect(pickChoice('zurich', zones)).toBe('Europe/Zurich')
    expect(pickChoice('UTC', zones)).toBe('UTC')
    expect(pickChoice('Europe/Paris', zones)).toBe('Europe/Paris')
    expect(choiceName('Europe/London', zones)).toBe('London (Europe)')
  })

  it('finds currencies by their name in the user locale', () => {
    expect(readCurrencyChoice('Euro', enGB)).toBe('EUR')
    expect(readCurrencyChoice('british pound', enGB)).toBe('GBP')
    expect(readCurrencyChoice('chf', enGB)).toBe('CHF')
    expect(choiceName('EUR', currencyChoices(enGB))).toBe('Euro')
  })

  it('refuses what names nothing, and keeps every full name unique', () => {
    expect(pickChoice('', timeZoneChoices())).toBeNull()
    expect(readCurrencyChoice('Gold doubloons', enGB)).toBeNull()
    for (const list of [timeZoneChoices(), currencyChoices(enGB)]) {
      expect(new Set(list.map((c) => c.name)).size).toBe(list.length)
    }
  })
})
