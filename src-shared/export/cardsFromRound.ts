/**
 * The thank-you cards for one interview round: one card per interviewer, from the rules engine's
 * card draft (which mentions what the user discussed with that person), or from the text the user
 * edited. The draft's greeting and sign-off go to their own places on the card.
 */
import type { IsoDate, Opportunity, Round } from '../domain'
import { thankYouCardDraft } from '../rules/drafts/thankYou'
import type { ThankYouCard, ThankYouCardsInput } from './thankYouCard'

/** Splits a draft's body into greeting, message and the sign-off words. */
function cardParts(body: string): Pick<ThankYouCard, 'greeting' | 'message' | 'signOff'> {
  const blocks = body.split(/\n\s*\n/).map((b) => b.trim())
  const first = blocks[0] ?? ''
  const last = blocks.at(-1) ?? ''
  const greeting = /^(Dear|Hello|Hi)\b.*,$/.test(first) ? first : undefined
  const signOff = blocks.length > 1 && /,\n/.test(last) ? last.split('\n')[0] : undefined
  const message = blocks.slice(greeting ? 1 : 0, signOff ? -1 : undefined).join('\n\n')
  return { greeting, message, signOff }
}

/**
 * The cards for every interviewer of `round`. `edited` holds the user's own text per interviewer
 * id (a full card body with greeting and sign-off), which wins over the draft.
 */
export function cardsFromRound(
  opportunity: Pick<Opportunity, 'company' | 'role'>,
  round: Pick<Round, 'interviewers'>,
  ownerName: string,
  writtenOn: IsoDate,
  edited: Record<string, string> = {},
): ThankYouCardsInput {
  return {
    ownerName,
    company: opportunity.company,
    role: opportunity.role,
    writtenOn,
    cards: round.interviewers.map((interviewer, i) => {
      const body =
        edited[interviewer.id] ??
        thankYouCardDraft({
          sender: ownerName,
          company: opportunity.company,
          role: opportunity.role,
          interviewer,
          variant: i,
        }).body
      return {
        interviewerName: interviewer.name,
        interviewerTitle: interviewer.title,
        ...cardParts(body),
      }
    }),
  }
}
