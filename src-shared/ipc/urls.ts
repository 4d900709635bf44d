/**
 * The only URLs Afterview hands to the operating system: https: web pages and mailto: drafts.
 * Parsed with the platform's URL parser, never matched by prefix, so `javascript:`, `file:`,
 * `data:`, custom schemes and look-alikes with credentials are refused. An https: link must also
 * name a public-looking host on the default port, in one script per label (see hostNames.ts).
 */
import { decodeLabel, mixesScripts } from './hostNames'

/** Longest URL handed to the OS, in UTF-16 code units (a long mailto: body fits). */
export const MAX_EXTERNAL_URL_LENGTH = 32_768

/**
 * Control characters (C0, DEL, C1) and the bidirectional formatting characters that make a link
 * read differently from what it opens (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C).
 * The URL parser silently strips some of them, so they are refused before parsing.
 */
const DECEPTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * mailto: header fields a draft may carry. Anything else is refused: some mail clients honour
 * `attach=` (or `attachment=`) and would attach a local file to a message an advert prepared.
 */
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body'])

/**
 * Parses `raw` and returns the normalised URL to open, or null when it must not be opened.
 * Open the returned string rather than `raw`, so what runs is exactly what was checked.
 */
export function parseExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) {
    return null
  }
  if (DECEPTIVE.test(raw) || raw.trim() !== raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol === 'mailto:') return isSafeMailto(url) ? url.href : null
  if (url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  // The parser drops the default port (443), so any port left is an unusual one: a service on a
  // router or a developer's machine rather than a company's careers page.
  if (url.port !== '') return null
  if (!isPublicLookingHost(url.hostname)) return null
  return url.href
}

/** True for the URLs of {@link parseExternalUrl}: https: pages and plain mailto: drafts. */
export function isAllowedExternalUrl(raw: unknown): boolean {
  return parseExternalUrl(raw) !== null
}

function isSafeMailto(url: URL): boolean {
  // `mailto:` has no authority: `mailto://user@host` parses with credentials and a host, and mail
  // clients disagree on what it means.
  if (url.host !== '' || url.username !== '' || url.password !== '') return false
  if (url.pathname.startsWith('/')) return false
  for (const key of url.searchParams.keys()) {
    if (!MAILTO_FIELDS.has(key.toLowerCase())) return false
  }
  // The address part must not smuggle a second query or a fragment the parser kept apart.
  return !url.pathname.includes('?') && url.hash === ''
}

/**
 * Names that only mean something on the user's own network (RFC 6762 `.local`, RFC 8375
 * `.home.arpa`, and the suffixes routers and companies use by custom).
 */
const LOCAL_SUFFIXES = ['localhost', 'local', 'lan', 'internal', 'intranet', 'home.arpa']

/**
 * A domain name with at least one dot: not a bare word such as `localhost`, not an IP literal
 * (the parser has already turned `0x7f.1` or `2130706433` into `127.0.0.1`, and every literal is
 * refused, private or not), and not a local-network name, so a pasted link cannot point the
 * browser at a router or a service on this computer. Each label, decoded from punycode, keeps to
 * one script, so `аpple.com` with a Cyrillic а is not taken for the real one.
 */
function isPublicLookingHost(hostname: string): boolean {
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname
  if (name.length === 0 || !name.includes('.')) return false
  if (name.startsWith('[') || /^[\d.]+$/.test(name)) return false
  if (LOCAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return false
  return name.split('.').every((label) => {
    const unicode = decodeLabel(label)
    return unicode !== null && !mixesScripts(unicode)
  })
}
