import { describe, expect, it } from 'vitest'
import { keychainProtects } from './keychainPolicy'

describe('keychainProtects', () => {
  it.each(['darwin', 'win32'])('trusts safeStorage on %s when it is available', (platform) => {
    expect(keychainProtects({ platform, encryptionAvailable: true, linuxBackend: null })).toBe(true)
    expect(keychainProtects({ platform, encryptionAvailable: false, linuxBackend: null })).toBe(
      false,
    )
  })

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])(
    'trusts the %s secret store on Linux',
    (backend) => {
      expect(
        keychainProtects({ platform: 'linux', encryptionAvailable: true, linuxBackend: backend }),
      ).toBe(true)
    },
  )

  it('refuses Linux’s fixed-password fallback and an unknown store, although they "encrypt"', () => {
    for (const linuxBackend of ['basic_text', 'unknown', null]) {
      expect(keychainProtects({ platform: 'linux', encryptionAvailable: true, linuxBackend })).toBe(
        false,
      )
    }
  })
})
