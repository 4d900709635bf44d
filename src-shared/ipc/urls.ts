/** Longest URL main will hand to the operating system. */
export const MAX_EXTERNAL_URL_LENGTH = 32_768

/**
 * True for the only URLs Afterview hands to the operating system: https: web pages and mailto:
 * drafts. Parsed with the platform's URL parser, never matched by prefix, so `javascript:`,
 * `file:`, custom schemes and look-alikes with credentials are refused.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') return true
  if (url.protocol !== 'https:') return false
  return url.hostname.length > 0 && url.username === '' && url.password === ''
}
