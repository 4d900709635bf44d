/**
 * The thank-you card for one interviewer of an in-person round: the text the user would send (their
 * edit, or the rules engine's card draft, which mentions what was discussed with that person), cut
 * into the card's places: the greeting, the message and the sign-off words.
 */
import type { Interviewer, IsoDate, Opportunity } from '../domain'
import type { Paper } from './document'
import type { ThankYouCard, ThankYouCardInput } from './thankYouCard'

/** Splits a draft's body into greeting, message, the sign-off words and the name under them. */
function cardParts(
  body: string,
): Pick<ThankYouCard, 'greeting' | 'message' | 'signOff'> & { signature: string } {
  const blocks = body.split(/\n\s*\n/).map((b) => b.trim())
  const first = blocks[0] ?? ''
  const last = blocks.at(-1) ?? ''
  const greeting = /^(Dear|Hello|Hi)\b.*,$/.test(first) ? first : undefined
  const closing = blocks.length > 1 && /,\n/.test(last) ? last.split('\n') : null
  const message = blocks.slice(greeting ? 1 : 0, closing ? -1 : undefined).join('\n\n')
  return {
    greeting,
    message,
    signOff: closing?.[0],
    signature: closing?.slice(1).join(' ').trim() ?? '',
  }
}

/**
 * The card for `interviewer` from `body`, the full text the user would send (greeting, message,
 * sign-off and name, as the drafts panel shows it). The name the user signed with wins over
 * `about.ownerName`, which signs a text that has none.
 */
export function cardFor(
  opportunity: Pick<Opportunity, 'company' | 'role'>,
  interviewer: Pick<Interviewer, 'name' | 'title'>,
  body: string,
  about: { ownerName: string; writtenOn: IsoDate; paper: Paper },
): ThankYouCardInput {
  const { signature, ...parts } = cardParts(body)
  return {
    ...about,
    ownerName: signature || about.ownerName,
    company: opportunity.company,
    role: opportunity.role,
    card: { interviewerName: interviewer.name, interviewerTitle: interviewer.title, ...parts },
  }
}
