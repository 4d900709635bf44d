import { describe, expect, it } from 'vitest'
import { NO_DICTIONARY_URL, spellCheckPolicy } from './spellCheck'

describe('spellCheckPolicy', () => {
  it('uses the OS spell-checker on macOS, which downloads nothing', () => {
    expect(spellCheckPolicy('darwin')).toEqual({
      enabled: true,
      dictionaryDownloadUrl: null,
      languages: null,
    })
  })

  it.each(['win32', 'linux', 'freebsd'])(
    'never fetches a dictionary on %s: spelling off, no language, downloads sent to loopback',
    (platform) => {
      const policy = spellCheckPolicy(platform)
      expect(policy.enabled).toBe(false)
      expect(policy.languages).toEqual([])
      expect(policy.dictionaryDownloadUrl).toBe(NO_DICTIONARY_URL)
      const url = new URL(NO_DICTIONARY_URL)
      expect(url.hostname).toBe('127.0.0.1')
      expect(NO_DICTIONARY_URL.endsWith('/')).toBe(true)
    },
  )
})
