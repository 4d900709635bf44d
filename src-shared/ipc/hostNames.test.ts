import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { domainToASCII, domainToUnicode } from 'node:url'
import { decodeLabel, mixesScripts } from './hostNames'

describe('decodeLabel', () => {
  it.each([
    ['xn--mnchen-3ya', 'münchen'],
    ['xn--pple-43d', 'аpple'],
    ['xn--zrich-kva', 'zürich'],
    ['xn--wgv71a119e', '日本語'],
    ['xn--caf-dma', 'café'],
    ['example', 'example'],
  ])('decodes %s as %s', (label, unicode) => {
    expect(decodeLabel(label)).toBe(unicode)
  })

  it.each(['xn--', 'xn--a-ecp.', 'xn--ü-xyz', 'xn--99999999999'])(
    'refuses malformed %s',
    (label) => {
      expect(decodeLabel(label)).toBeNull()
    },
  )

  it('agrees with Node’s domainToUnicode on every label Node encodes', () => {
    const label = fc.stringMatching(
      /^[a-z0-9\u00e0-\u00ff\u0430-\u044f\u3041-\u3096\u4e00-\u4e2f]{1,20}$/,
    )
    fc.assert(
      fc.property(label, (unicode) => {
        const ascii = domainToASCII(`${unicode}.example`)
        fc.pre(ascii !== '')
        const [first] = ascii.split('.')
        expect(decodeLabel(first!)).toBe(domainToUnicode(ascii).split('.')[0])
      }),
      { numRuns: 500 },
    )
  })
})

describe('mixesScripts', () => {
  it.each([
    ['a Latin label with accents', 'société-générale', false],
    ['a Cyrillic label', 'яндекс', false],
    ['Japanese (Han and kana)', 'ヤマト運輸', false],
    ['Korean with Latin', 'kt한국', false],
    ['digits and hyphens', 'jobs-2026', false],
    ['a Cyrillic а in a Latin word', 'аpple', true],
    ['a Greek ο in a Latin word', 'gοogle', true],
    ['Cyrillic with Greek', 'рα', true],
    ['Latin with Cherokee', 'Ꭺpple', true],
  ])('%s: %s', (_case, label, mixed) => {
    expect(mixesScripts(label)).toBe(mixed)
  })
})
