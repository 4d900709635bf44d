import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isAllowedExternalUrl, MAX_EXTERNAL_URL_LENGTH, parseExternalUrl } from './urls'

describe('parseExternalUrl', () => {
  it.each([
    ['https://www.example.com/jobs/123', 'https://www.example.com/jobs/123'],
    ['https://example.co.uk', 'https://example.co.uk/'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com:443/jobs', 'https://example.com/jobs'],
    ['https://karriere.münchen.de/', 'https://karriere.xn--mnchen-3ya.de/'],
    ['https://société-générale.fr/', 'https://xn--socit-gnrale-eebbcb.fr/'],
    ['mailto:jo@example.com', 'mailto:jo@example.com'],
    [
      'mailto:jo@example.com?subject=Thank%20you&body=Dear%20Jo&cc=a@example.com',
      'mailto:jo@example.com?subject=Thank%20you&body=Dear%20Jo&cc=a@example.com',
    ],
  ])('opens %s as %s', (raw, expected) => {
    expect(parseExternalUrl(raw)).toBe(expected)
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JaVaScRiPt:alert(1)'],
    ['javascript: after a space', ' javascript:alert(1)'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['file: on Windows', 'file://C:/Windows/System32/calc.exe'],
    ['a UNC-like https', 'https:\\\\\\\\server\\share'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['blob:', 'blob:https://example.com/uuid'],
    ['plain http', 'http://example.com'],
    ['ftp', 'ftp://example.com/file'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['another app scheme', 'slack://open'],
    ['our own scheme', 'app://afterview/index.html'],
    ['smb', 'smb://server/share'],
    ['a relative path', '/jobs/123'],
    ['no scheme', 'www.example.com'],
    ['an empty string', ''],
    ['credentials', 'https://user:pass@example.com'],
    ['a look-alike user name', 'https://www.example.com@evil.example/'],
    ['an encoded look-alike', 'https://www.example.com%40evil.example@evil.example/'],
    ['localhost', 'https://localhost/'],
    ['a bare host', 'https://intranet/'],
    ['an IPv4 literal', 'https://127.0.0.1/'],
    ['a hex IPv4', 'https://0x7f.1/'],
    ['a decimal IPv4', 'https://2130706433/'],
    ['an IPv6 literal', 'https://[::1]/'],
    ['a .local host', 'https://printer.local/'],
    ['a .lan host', 'https://router.lan/admin'],
    ['an .internal host', 'https://hr.corp.internal/'],
    ['a .home.arpa host', 'https://nas.home.arpa/'],
    ['a sub-domain of localhost', 'https://api.localhost/'],
    ['a local name with a trailing dot', 'https://router.lan./'],
    ['a private IPv4 literal', 'https://192.168.1.1/'],
    ['an octal private IPv4', 'https://012.0.0.1/'],
    ['an IPv4-mapped IPv6 literal', 'https://[::ffff:10.0.0.1]/'],
    ['a non-default port', 'https://jobs.example.com:8443/'],
    ['port 80 on https', 'https://jobs.example.com:80/'],
    ['a Cyrillic а in a Latin name', 'https://аpple.com/'],
    ['the same look-alike in punycode', 'https://xn--pple-43d.com/'],
    ['a Greek ο in a Latin name', 'https://careers.gοogle.com/'],
    ['a malformed punycode label', 'https://xn--a.com/'],
    ['a right-to-left override', 'https://example.com/\u202Efdp.exe'],
    ['a bidi isolate', 'https://exa\u2066mple.com/'],
    ['a null byte', 'https://example.com/\u0000'],
    ['a trailing newline', 'https://example.com/\n'],
    ['a mailto attachment', 'mailto:jo@example.com?attach=/home/me/.ssh/id_rsa'],
    ['a mailto attachment in capitals', 'mailto:jo@example.com?Attachment=C:\\secrets.txt'],
    ['a mailto with an unknown header', 'mailto:jo@example.com?x-header=1'],
    ['a mailto with a fragment', 'mailto:jo@example.com#x'],
    ['a mailto with an authority', 'mailto://a.a@a.aa'],
    ['a mailto with a path', 'mailto:/etc/passwd'],
  ])('refuses %s', (_name, raw) => {
    expect(parseExternalUrl(raw)).toBeNull()
    expect(isAllowedExternalUrl(raw)).toBe(false)
  })

  it('refuses values that are not strings', () => {
    for (const value of [
      undefined,
      null,
      42,
      {},
      ['https://example.com'],
      new URL('https://a.b'),
    ]) {
      expect(parseExternalUrl(value)).toBeNull()
    }
  })

  it('refuses URLs longer than the limit', () => {
    const long = `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`
    expect(parseExternalUrl(long)).toBeNull()
  })

  it('only ever returns https: or mailto: URLs without credentials, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.webUrl().map((u) => u.replace(/^https?/, 'https')),
          fc.emailAddress().map((e) => `mailto:${e}`),
          fc
            .tuple(fc.constantFrom('https://', 'mailto:', 'javascript:', 'file://'), fc.string())
            .map(([a, b]) => a + b),
        ),
        (raw) => {
          const opened = parseExternalUrl(raw)
          if (opened === null) return
          const url = new URL(opened)
          expect(['https:', 'mailto:']).toContain(url.protocol)
          expect(url.username + url.password).toBe('')
          // The normalised form passes the same check: what is opened is what was checked.
          expect(parseExternalUrl(opened)).toBe(opened)
        },
      ),
      { numRuns: 2_000 },
    )
  })
})
