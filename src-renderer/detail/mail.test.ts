import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '@shared/ipc/urls'
import { mailtoLink } from './mail'

describe('mail links for drafts', () => {
  it('builds a link main will open, with subject and body encoded', () => {
    const url = mailtoLink('priya@acme.example', 'Thank you & more', 'Hi Priya,\nThanks!')
    expect(url).toBe(
      'mailto:priya@acme.example?subject=Thank%20you%20%26%20more&body=Hi%20Priya%2C%0D%0AThanks!',
    )
    expect(isAllowedExternalUrl(url)).toBe(true)
  })
  it('refuses an address that could smuggle extra fields', () => {
    expect(mailtoLink('a@b.example?attach=/etc/passwd', 's', 'b')).toBeNull()
    expect(mailtoLink('', 's', 'b')).toBeNull()
  })
})
