/** Handing a draft to the user's mail app, and copying it. */
import { mailtoUrl, type MailDraft } from '@shared/reminders/mailto'
import { kindOf } from '../../errors/sentences'
import { host } from '../../host'

const SIMPLE_EMAIL = /^[^\s@?#&]+@[^\s@?#&]+\.[^\s@?#&]+$/

/** The mailto: link for a draft; null without a usable address or when too long for a link. */
export function mailtoLink(draft: MailDraft): string | null {
  return SIMPLE_EMAIL.test(draft.to) ? mailtoUrl(draft) : null
}

/**
 * Opens the draft in the mail app through main; returns a sentence for the user. Give it the
 * draft as the presenter has it (the user's edit, addressed to the action's recipient).
 */
export async function openInMailApp(draft: MailDraft): Promise<string> {
  if (!SIMPLE_EMAIL.test(draft.to)) return 'Add their email address to open this in your mail app.'
  const url = mailtoLink(draft)
  if (!url) return 'This draft is too long for a mail link: copy it instead.'
  try {
    await host().call('shell/open-external', { url })
    return 'Opened in your mail app.'
  } catch (error) {
    const kind = kindOf(error)
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
