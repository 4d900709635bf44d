import { describe, expect, it } from 'vitest'
import { allTags, hasTag, MAX_TAG_LENGTH, readTag, tagKey, withoutTag, withTag } from './tags'
import { foldText } from './names'

describe('reading a typed tag', () => {
  it('tidies spaces and a leading hash, and keeps the case as typed', () => {
    expect(readTag('  #Dream   job ')).toEqual({ ok: true, tag: 'Dream job' })
    expect(readTag('Ünïcode café')).toEqual({ ok: true, tag: 'Ünïcode café' })
  })

  it('refuses an empty tag and one longer than a label', () => {
    expect(readTag('  # ')).toEqual({ ok: false, problem: 'empty' })
    expect(readTag('x'.repeat(MAX_TAG_LENGTH + 1))).toEqual({ ok: false, problem: 'too-long' })
    // Counted in characters, not UTF-16 units: 32 accented letters still fit.
    expect(readTag('é'.repeat(MAX_TAG_LENGTH)).ok).toBe(true)
  })
})

describe('comparing tags', () => {
  it('treats case, accents and spacing as the same tag', () => {
    expect(tagKey('Dream  Job')).toBe(tagKey('dream job'))
    expect(tagKey('Café')).toBe(tagKey('cafe'))
    expect(hasTag(['Fintech'], 'FINTECH')).toBe(true)
    expect(hasTag(undefined, 'fintech')).toBe(false)
  })

  it('adds a tag once and removes it in any case', () => {
    expect(withTag(['Remote'], 'remote')).toEqual(['Remote'])
    expect(withTag(['Remote'], 'Fintech')).toEqual(['Remote', 'Fintech'])
    expect(withoutTag(['Remote', 'Fintech'], 'REMOTE')).toEqual(['Fintech'])
  })

  it('lists every tag in use once, alphabetically, as first written', () => {
    expect(allTags([['remote', 'Zürich'], undefined, ['Remote', 'agency'], []])).toEqual([
      'agency',
      'remote',
      'Zürich',
    ])
  })
})

describe('folding text for comparison', () => {
  it('drops case, accents and extra spaces, and spells letters without accents plainly', () => {
    expect(foldText('  Zoë   Łukasz-Ødegård ')).toBe('zoe lukasz-odegard')
    expect(foldText('Straße Æsir')).toBe('strasse aesir')
    expect(foldText('RENÉE CÔTÉ')).toBe(foldText('renee cote'))
  })
})
