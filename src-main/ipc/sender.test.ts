import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, isTrustedSenderUrl } from './sender'

describe('isTrustedSenderUrl', () => {
  it.each([`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/index.html?x=1#board`])(
    'trusts the app’s own page %s',
    (url) => {
      expect(isTrustedSenderUrl(url)).toBe(true)
    },
  )

  it.each([
    ['another app:// host', 'app://elsewhere/index.html'],
    ['a look-alike host', 'app://afterview.evil.example/'],
    ['credentials before the host', 'app://afterview@evil.example/'],
    ['a web page', 'https://afterview/'],
    ['a file: page', 'file:///opt/afterview/renderer/index.html'],
    ['a data: page', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['a blob: page', `blob:${APP_ORIGIN}/0d1e`],
    ['a devtools page', 'devtools://devtools/bundled/inspector.html'],
    ['an empty URL', ''],
    ['no URL', undefined],
    ['not a URL', 'afterview'],
  ])('refuses %s', (_name, url) => {
    expect(isTrustedSenderUrl(url)).toBe(false)
  })

  it('trusts the dev server only when one is given, and only its exact origin', () => {
    const dev = 'http://localhost:5173'
    expect(isTrustedSenderUrl('http://localhost:5173/index.html')).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedSenderUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5173/', 'not a url')).toBe(false)
  })
})
