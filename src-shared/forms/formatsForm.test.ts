import { describe, expect, it } from 'vitest'
import type { LocaleTag } from '../domain/locale'
import { formatChoices, formatText, readFormatText } from './formatsForm'

const US = 'en-US' as LocaleTag

describe('Settings › Formats', () => {
  it('offers the computer’s formats first, by name', () => {
    expect(formatChoices(US, null)[0]).toEqual({
      code: '',
      name: 'Follow my computer (English, United States)',
    })
    expect(formatText(US, null)).toBe('Follow my computer (English, United States)')
  })

  it('shows a saved locale by name, even one not offered', () => {
    expect(formatText(US, 'en-GB' as LocaleTag)).toBe('English, United Kingdom')
    expect(formatText(US, 'es-CL' as LocaleTag)).toBe('Spanish, Chile')
    expect(readFormatText('Spanish, Chile', US, 'es-CL' as LocaleTag)).toEqual({
      ok: true,
      value: 'es-CL',
    })
  })

  it('reads a name, a tag or following the computer', () => {
    expect(readFormatText('english, united kingdom', US, null)).toEqual({
      ok: true,
      value: 'en-GB',
    })
    expect(readFormatText('de_CH', US, null)).toEqual({ ok: true, value: 'de-CH' })
    expect(
      readFormatText('Follow my computer (English, United States)', US, 'en-GB' as LocaleTag),
    ).toEqual({
      ok: true,
      value: null,
    })
  })

  it('refuses what names no locale, with a message saying what to do', () => {
    const read = readFormatText('Middle-earth', US, null)
    expect(read).toEqual({ ok: false, error: expect.stringMatching(/pick a language/) })
    expect(readFormatText('', US, null).ok).toBe(false)
  })
})
