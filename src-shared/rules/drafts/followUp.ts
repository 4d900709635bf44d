/**
 * Drafts for the wait after an interview: a debrief for the agency, a polite chaser (first and
 * second), a request to the consultant to chase, and the courteous closing message after two
 * chasers went unanswered.
 */
import type { IsoDate } from '../../domain/time'
import type { Draft, DraftBase, DraftFlag } from './format'
import { formatDate } from '../../domain/dateText'
import { asClause, draftReading, greeting, paragraphs, signOff } from './format'

/** Input of a chaser to the employer. */
export interface ChaserInput extends DraftBase {
  recipientName: string
  interviewDate: IsoDate | null
  /** The date they said they would decide by, if any. */
  promisedDate: IsoDate | null
  /** 1 for the first chaser, 2 for the second. */
  ordinal: number
}

/** A short, polite request for news on the decision. */
export function chaserDraft(input: ChaserInput): Draft {
  const read = draftReading(input)
  const met = input.interviewDate ? ` on ${formatDate(input.interviewDate, 'long', read)}` : ''
  const first = input.ordinal <= 1
  const opener = first
    ? `I hope you are well. Thank you again for the interview for the ${input.role} role${met}; I enjoyed our conversation and I am still very keen on the position.`
    : `I hope all is well. I am writing once more about the ${input.role} role, as I remain very interested in joining ${input.company}.`
  const ask = input.promisedDate
    ? `You mentioned that you hoped to decide by ${formatDate(input.promisedDate, 'long', read)}, so I wondered whether there is any news you are able to share.`
    : 'I would be grateful for an update on the next steps whenever you have a moment.'
  return {
    subject: first ? `${input.role}: following up` : `${input.role}: any news?`,
    body: paragraphs(
      greeting(input.recipientName),
      opener,
      ask,
      'Thank you for your time.',
      signOff(input.sender),
    ),
    flags: [],
  }
}

/** Input of a message to the recruitment consultant. */
export interface AgencyInput extends DraftBase {
  consultant: string
  interviewDate: IsoDate | null
  promisedDate: IsoDate | null
}

/** Asks the consultant to find out where the decision stands. */
export function agencyChaseDraft(input: AgencyInput): Draft {
  const when = input.promisedDate
    ? `${input.company} expected to decide on the ${input.role} role by ${formatDate(input.promisedDate, 'long', draftReading(input))}, and I have not heard anything yet.`
    : `I have not heard anything yet from ${input.company} about the ${input.role} role.`
  return {
    subject: `${input.company} – ${input.role}: any news?`,
    body: paragraphs(
      greeting(input.consultant, true),
      `${when} Could you check in with them and let me know where things stand?`,
      'Many thanks for your help.',
      signOff(input.sender, 'Best wishes,'),
    ),
    flags: [],
  }
}

/** Input of the debrief to the consultant. */
export interface DebriefInput extends DraftBase {
  consultant: string
  /** What went well, from the user's reflection. */
  wentWell: string
  /** Anything the user wants to add to, which the consultant can pass on. */
  clarification?: string
}

/** Tells the consultant how the interview went, so they can follow it up. */
export function agencyDebriefDraft(input: DebriefInput): Draft {
  const flags: DraftFlag[] = []
  const well = input.wentWell.trim()
  if (!well) flags.push('needs-personal-detail')
  const clarify = input.clarification?.trim()
  return {
    subject: `${input.company} interview: how it went`,
    body: paragraphs(
      greeting(input.consultant, true),
      `Thank you for arranging the ${input.role} interview with ${input.company}. ${
        well
          ? `I think it went well, particularly ${asClause(well)}.`
          : '[Add how you felt it went]'
      }`,
      clarify &&
        `If it helps, you could pass on that I would like to add to one answer: ${asClause(clarify)}.`,
      'I am keen to hear their feedback and the next steps, whenever you have them.',
      signOff(input.sender, 'Best wishes,'),
    ),
    flags,
  }
}

/** Input of the closing message. */
export interface ClosingInput extends DraftBase {
  recipientName: string
}

/**
 * The last word after chasers went unanswered: thanks, and an open door for future roles, so
 * the relationship ends well whatever the outcome.
 */
export function closingDraft(input: ClosingInput): Draft {
  return {
    subject: `${input.role}: thank you`,
    body: paragraphs(
      greeting(input.recipientName),
      `As I have not heard back about the ${input.role} role, I imagine you may have gone ahead with someone else. I wanted to thank you for considering me; I enjoyed learning about ${input.company}.`,
      'If this role is not to be, I would be very glad to be considered for future opportunities with you.',
      'With best wishes to you and the team,',
      input.sender.trim(),
    ),
    flags: [],
  }
}
