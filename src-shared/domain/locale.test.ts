import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, isLocaleTag, supportedLocale } from './locale'

describe('supportedLocale', () => {
  it('takes the OS regional format first, canonicalised', () => {
    expect(supportedLocale(['en-us', 'en-GB'])).toBe('en-US')
    expect(supportedLocale(['DE-de'])).toBe('de-DE')
    expect(supportedLocale(['ja-JP'])).toBe('ja-JP')
  })

  it('reads a POSIX locale name as Linux writes it', () => {
    expect(supportedLocale(['de_DE.UTF-8'])).toBe('de-DE')
    expect(supportedLocale(['fr_FR@euro'])).toBe('fr-FR')
  })

  it('skips what Intl cannot format in, then falls back to the preferred languages', () => {
    expect(supportedLocale(['', 'C', 'xx-YY', 'tlh', 'fr-CA'])).toBe('fr-CA')
    expect(supportedLocale([null, 42, 'not a locale at all', 'nl'])).toBe('nl')
  })

  it('is British English when nothing usable is given', () => {
    expect(supportedLocale([])).toBe(DEFAULT_LOCALE)
    expect(supportedLocale(['zz-ZZ', 'C', undefined])).toBe('en-GB')
  })

  it('keeps the extensions of a tag the user set on purpose', () => {
    expect(supportedLocale(['en-GB-u-hc-h12'])).toBe('en-GB-u-hc-h12')
  })
})

describe('isLocaleTag', () => {
  it('accepts tags and refuses everything else', () => {
    expect(isLocaleTag('pt-BR')).toBe(true)
    expect(isLocaleTag('')).toBe(false)
    expect(isLocaleTag('en_GB')).toBe(false)
    expect(isLocaleTag(7)).toBe(false)
  })
})
