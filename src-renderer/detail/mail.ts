/** Handing a draft to the user's mail app, and copying it. */
import { mailtoUrl } from '@shared/notify/mailto'
import { host } from '../host'

const SIMPLE_EMAIL = /^[^\s@?#&]+@[^\s@?#&]+\.[^\s@?#&]+$/

/** The mailto: link for a draft; null without a usable address or when too long for a link. */
export function mailtoLink(to: string, subject: string, body: string): string | null {
  return SIMPLE_EMAIL.test(to) ? mailtoUrl({ to, subject, body }) : null
}

/** Opens the draft in the mail app through main; returns a sentence for the user. */
export async function openInMailApp(to: string, subject: string, body: string): Promise<string> {
  if (!SIMPLE_EMAIL.test(to)) return 'Add their email address to open this in your mail app.'
  const url = mailtoLink(to, subject, body)
  if (!url) return 'This draft is too long for a mail link: copy it instead.'
  try {
    await host().call('shell/open-external', { url })
    return 'Opened in your mail app.'
  } catch (error) {
    const kind = (error as { kind?: string }).kind
    return kind === 'refused-url' || kind === 'invalid-payload'
      ? 'This draft is too long for a mail link: copy it instead.'
      : 'Your mail app could not be opened: copy the draft instead.'
  }
}

/** Copies text to the clipboard; returns a sentence for the user. */
export async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text)
    return 'Copied.'
  } catch {
    return 'Copying was blocked: select the text and copy it yourself.'
  }
}
