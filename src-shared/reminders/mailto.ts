/**
 * "Open in mail app": a mailto: link (RFC 6068) carrying a draft's recipient, subject and body.
 * Main opens it only after parsing it again; this side only builds it.
 */
import { isAllowedExternalUrl } from '../ipc/urls'

/** A message ready for the user's mail client. */
export interface MailDraft {
  to: string
  subject: string
  body: string
}

/**
 * The longest link handed to a mail app. Mail handlers are reported to cut links at around 2,000
 * characters (some browsers and Windows' URL handling among them), silently losing the end of the
 * draft; below that margin the whole text arrives. A longer draft is copied instead.
 */
export const MAX_MAILTO_LENGTH = 1800

const ADDRESS = /^[^\s@,;?&%<>"]+@[^\s@,;?&%<>"]+$/

/** The mailto: link for `draft`, or null when the address is not plain or the link too long. */
export function mailtoUrl(draft: MailDraft): string | null {
  const to = draft.to.trim()
  if (to !== '' && !ADDRESS.test(to)) return null
  // Line breaks in a mailto body are CRLF, per RFC 6068.
  const body = draft.body.replace(/\r?\n/g, '\r\n')
  const query = [`subject=${encodeURIComponent(draft.subject)}`, `body=${encodeURIComponent(body)}`]
  const url = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query.join('&')}`
  return url.length <= MAX_MAILTO_LENGTH && isAllowedExternalUrl(url) ? url : null
}
