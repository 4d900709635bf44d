import { describe, expect, it } from 'vitest'
import { mailtoUrl } from './mailto'

describe('mailtoUrl', () => {
  it('carries the recipient, subject and body, with CRLF line breaks', () => {
    const url = mailtoUrl({
      to: 'dana.smith@northwind.example',
      subject: 'Thank you & next steps',
      body: 'Hi Dana,\nThanks for today.\n\nBest, Sam',
    })
    expect(url).toBe(
      'mailto:dana.smith@northwind.example?subject=Thank%20you%20%26%20next%20steps&body=Hi%20Dana%2C%0D%0AThanks%20for%20today.%0D%0A%0D%0ABest%2C%20Sam',
    )
    const parsed = new URL(url!)
    expect(parsed.protocol).toBe('mailto:')
    expect(parsed.searchParams.get('subject')).toBe('Thank you & next steps')
    expect(parsed.searchParams.get('body')).toBe('Hi Dana,\r\nThanks for today.\r\n\r\nBest, Sam')
  })

  it('leaves the recipient empty when there is none', () => {
    expect(mailtoUrl({ to: '', subject: 'Hello', body: '' })).toBe('mailto:?subject=Hello&body=')
  })

  it('refuses an address that would smuggle more recipients or headers', () => {
    for (const to of ['a@b.example,c@d.example', 'a@b.example?bcc=x@y.example', 'not an address']) {
      expect(mailtoUrl({ to, subject: 's', body: 'b' })).toBeNull()
    }
  })

  it('refuses a draft too long for mail clients', () => {
    expect(mailtoUrl({ to: 'a@b.example', subject: 's', body: 'x'.repeat(9000) })).toBeNull()
  })
})
