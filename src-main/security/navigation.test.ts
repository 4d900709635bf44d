import { describe, expect, it } from 'vitest'
import { allowsFrameNavigation, decideWindowOpen } from './navigation'

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

describe('allowsFrameNavigation', () => {
  it.each([
    'app://afterview/index.html',
    'https://example.com/',
    'javascript:alert(1)',
    'blob:app://afterview/6f1c',
  ])('never lets the top-level frame navigate, even to %s', (url) => {
    expect(allowsFrameNavigation(url, true)).toBe(false)
  })

  it('lets a subframe show a blob: the app made', () => {
    expect(allowsFrameNavigation('blob:app://afterview/6f1c-22', false)).toBe(true)
  })

  it.each([
    'https://evil.example/',
    'app://afterview/index.html',
    'blob:https://evil.example/6f1c',
    'blob:app://afterview.evil.example/6f1c',
    'blob:app://afterviewx/6f1c',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
  ])('refuses a subframe going to %s', (url) => {
    expect(allowsFrameNavigation(url, false)).toBe(false)
  })

  it('accepts the dev server’s blob: URLs only when the dev server is named', () => {
    const blob = 'blob:http://localhost:5173/6f1c'
    expect(allowsFrameNavigation(blob, false)).toBe(false)
    expect(allowsFrameNavigation(blob, false, 'http://localhost:5173')).toBe(true)
    expect(allowsFrameNavigation(blob, false, 'not a url')).toBe(false)
  })
})
