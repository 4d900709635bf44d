/** Handing a draft to the user's mail app, and copying it. */
import { draftText } from '@shared/presenters/action'
import { mailtoUrl, type MailDraft } from '@shared/reminders/mailto'
import { bracketedGap } from '@shared/rules/drafts/format'
import { kindOf, messageFor } from '../../errors/sentences'
import { host } from '../../host'

const SIMPLE_EMAIL = /^[^\s@?#&]+@[^\s@?#&]+\.[^\s@?#&]+$/

/** The mailto: link for a draft; null without a usable address or when too long for a link. */
export function mailtoLink(draft: MailDraft): string | null {
  return SIMPLE_EMAIL.test(draft.to) ? mailtoUrl(draft) : null
}

/** A draft too long for a link goes to the clipboard instead, and the user is told why. */
async function copyInstead(draft: MailDraft): Promise<string> {
  const copied = await copyText(draftText(draft))
  const why = 'This draft is too long to open in your mail app without being cut off.'
  return copied === 'Copied.'
    ? `${why} It has been copied: paste it into a new email to ${draft.to}.`
    : `${why} Select the text and copy it into a new email to ${draft.to}.`
}

/**
 * Opens the draft in the mail app through main; returns a sentence for the user. Give it the
 * draft as the presenter has it (the user's edit, addressed to the action's recipient). A draft
 * with a bracketed gap is not opened; one too long for a link is copied instead.
 */
export async function openInMailApp(draft: MailDraft): Promise<string> {
  if (!SIMPLE_EMAIL.test(draft.to)) return 'Add their email address to open this in your mail app.'
  if (bracketedGap(draft.subject) || bracketedGap(draft.body))
    return messageFor({ kind: 'unfilled-gap' })
  const url = mailtoLink(draft)
  if (!url) return copyInstead(draft)
  try {
    await host().call('shell/open-external', { url })
    return 'Opened in your mail app.'
  } catch (error) {
    const kind = kindOf(error)
    return kind === 'refused-url' || kind === 'invalid-payload'
      ? copyInstead(draft)
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
