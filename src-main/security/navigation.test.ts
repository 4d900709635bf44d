import { describe, expect, it } from 'vitest'
import { decideWindowOpen } from './navigation'

describe('decideWindowOpen', () => {
  it('denies every new window and sends a checked https: link to the browser', () => {
    expect(decideWindowOpen('https://Jobs.Example.com/a')).toEqual({
      action: 'deny',
      openExternally: 'https://jobs.example.com/a',
    })
  })

  it('sends a mailto: draft to the mail client', () => {
    expect(decideWindowOpen('mailto:jo@example.com')).toEqual({
      action: 'deny',
      openExternally: 'mailto:jo@example.com',
    })
  })

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://afterview/index.html',
    'about:blank',
    'http://example.com/',
    'https://user:pw@example.com/',
  ])('denies %s and opens nothing', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null })
  })
})
