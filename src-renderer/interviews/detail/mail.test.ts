import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '@shared/ipc/urls'
import { mailtoLink } from './mail'

describe('mail links for drafts', () => {
  it('builds a link main will open, with subject and body encoded', () => {
    const url = mailtoLink({
      to: 'priya@acme.example',
      subject: 'Thank you & more',
      body: 'Hi Priya,\nThanks!',
    })
    expect(url).toBe(
      'mailto:priya@acme.example?subject=Thank%20you%20%26%20more&body=Hi%20Priya%2C%0D%0AThanks!',
    )
    expect(isAllowedExternalUrl(url)).toBe(true)
  })
  it('refuses an address that could smuggle extra fields', () => {
    expect(mailtoLink({ to: 'a@b.example?attach=/etc/passwd', subject: 's', body: 'b' })).toBeNull()
    expect(mailtoLink({ to: '', subject: 's', body: 'b' })).toBeNull()
  })
})
