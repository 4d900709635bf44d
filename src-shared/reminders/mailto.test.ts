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

  it('refuses a link over 1,800 characters, which mail handlers may cut', () => {
    const draft = (length: number) => ({
      to: 'a@b.example',
      subject: 's',
      body: 'x'.repeat(length),
    })
    const fits = mailtoUrl(draft(1700))!
    expect(fits.length).toBeLessThanOrEqual(1800)
    expect(mailtoUrl(draft(1800 - fits.length + 1700))).toHaveLength(1800)
    expect(mailtoUrl(draft(1800 - fits.length + 1701))).toBeNull()
    // Encoded length counts: 700 accented letters are 4,200 characters of link.
    expect(mailtoUrl({ ...draft(0), body: 'é'.repeat(700) })).toBeNull()
  })
})
