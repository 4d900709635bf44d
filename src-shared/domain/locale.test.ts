import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LOCALE,
  isLocaleTag,
  localeChoices,
  localeName,
  readLocaleChoice,
  supportedLocale,
  type LocaleTag,
} from './locale'

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

describe('localeChoices', () => {
  it('names each offered locale in English, as the other pick lists write places', () => {
    const choices = localeChoices()
    expect(choices).toContainEqual({ code: 'en-GB', name: 'English, United Kingdom' })
    expect(choices).toContainEqual({ code: 'de-AT', name: 'German, Austria' })
    expect(choices).toContainEqual({ code: 'pt-BR', name: 'Portuguese, Brazil' })
    expect(new Set(choices.map((c) => c.name)).size).toBe(choices.length)
    expect(localeChoices()).toBe(choices)
  })

  it('names a bare language without a region', () => {
    expect(localeName('fr' as LocaleTag)).toBe('French')
  })
})

describe('readLocaleChoice', () => {
  it('reads a name from the list, ignoring case and accents', () => {
    expect(readLocaleChoice('english, united states')).toBe('en-US')
    expect(readLocaleChoice('Japanese, Japan')).toBe('ja-JP')
  })

  it('reads a tag Intl supports even when it is not offered by name', () => {
    expect(readLocaleChoice('es-CL')).toBe('es-CL')
    expect(readLocaleChoice(' en_au ')).toBe('en-AU')
  })

  it('refuses what names no locale', () => {
    expect(readLocaleChoice('')).toBeNull()
    expect(readLocaleChoice('Atlantis')).toBeNull()
    expect(readLocaleChoice('xx-YY')).toBeNull()
  })
})
