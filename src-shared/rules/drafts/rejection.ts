/** Drafts after a rejection: thanks anyway, a request for feedback, a re-approach months later. */
import type { IsoDate } from '../../domain/time'
import type { Draft, DraftBase } from './format'
import { formatDate } from '../../domain/dateText'
import { draftReading, greeting, paragraphs, signOff } from './format'

/** Input common to the rejection drafts. */
export interface RejectionDraftInput extends DraftBase {
  recipientName: string
}

/** A gracious reply to a rejection: thanks, and an open door. */
export function thankYouAnywayDraft(input: RejectionDraftInput): Draft {
  return {
    subject: `${input.role}: thank you`,
    body: paragraphs(
      greeting(input.recipientName),
      `Thank you for letting me know your decision about the ${input.role} role. Of course I am disappointed, but I enjoyed meeting you and learning about ${input.company}, and I appreciate the time you gave me.`,
      'I would be glad to be considered should another suitable role come up, and I wish you and the team every success.',
      signOff(input.sender),
    ),
    flags: [],
  }
}

/** Asks what would have made the application stronger, making clear a reply is a favour. */
export function feedbackRequestDraft(input: RejectionDraftInput): Draft {
  return {
    subject: `${input.role}: a quick request`,
    body: paragraphs(
      greeting(input.recipientName),
      `Thank you again for considering me for the ${input.role} role. I understand how busy you must be, but if you could spare a moment, I would really value hearing one or two things that would have made my application or interview stronger.`,
      'Any pointers would help me prepare for the future. Thank you in advance.',
      signOff(input.sender),
    ),
    flags: [],
  }
}

/** Input of the re-approach. */
export interface ReapproachInput extends RejectionDraftInput {
  /** When the user interviewed, so the reader can place them. */
  interviewDate: IsoDate | null
}

/** Gets back in touch some months after a rejection, to ask about current openings. */
export function reapproachDraft(input: ReapproachInput): Draft {
  const when = input.interviewDate
    ? ` in ${formatDate(input.interviewDate, 'month-year', draftReading(input))}`
    : ''
  return {
    subject: `Opportunities at ${input.company}`,
    body: paragraphs(
      greeting(input.recipientName),
      `We met${when} when I interviewed for the ${input.role} role. I have remained very interested in ${input.company}, and I wondered whether you have, or expect, any openings where my experience could help.`,
      'I would be happy to send an up-to-date CV or to have a short call, whichever suits you.',
      signOff(input.sender),
    ),
    flags: [],
  }
}
