/** Drafts once an offer arrives: thanks, a request for it in writing, and a start-date counter. */
import type { IsoDate } from '../../domain/time'
import type { Draft, DraftBase } from './format'
import { formatDate } from '../../domain/dateText'
import { draftReading, greeting, paragraphs, signOff } from './format'

/** Input common to the offer drafts. */
export interface OfferDraftInput extends DraftBase {
  recipientName: string
}

/** Thanks for the offer, straight away, with enthusiasm. */
export function offerThanksDraft(input: OfferDraftInput): Draft {
  return {
    subject: `${input.role}: thank you for the offer`,
    body: paragraphs(
      greeting(input.recipientName),
      `Thank you so much for offering me the ${input.role} role. I am delighted, and I am really looking forward to the prospect of joining ${input.company}.`,
      'I will look through the details carefully and come back to you shortly. In the meantime, please let me know the next steps.',
      signOff(input.sender),
    ),
    flags: [],
  }
}

/** Input of the request for more time to decide. */
export interface MoreTimeInput extends OfferDraftInput {
  /** The date they want an answer by. */
  answerBy: IsoDate
  /** The date the user asks to answer by instead. */
  askFor: IsoDate
}

/** Asks, warmly and with a date, for a few more days to weigh the offer before answering. */
export function moreTimeDraft(input: MoreTimeInput): Draft {
  const read = draftReading({ locale: input.locale })
  return {
    subject: `${input.role}: my answer to your offer`,
    body: paragraphs(
      greeting(input.recipientName),
      `Thank you again for the offer of the ${input.role} role; I am very pleased to have it. You asked for my answer by ${formatDate(input.answerBy, 'long', read)}.`,
      `As it is an important decision, I would like to give it the care it deserves. Would it be possible to reply by ${formatDate(input.askFor, 'long', read)} instead? If anything would help you in the meantime, please let me know.`,
      signOff(input.sender),
    ),
    flags: [],
  }
}

/** Input of the request for the written offer. */
export interface WrittenOfferInput extends OfferDraftInput {
  /** Ask for it in writing (false when it already is, and only the dates are missing). */
  askInWriting: boolean
  /** Ask when the signed contract is due back. */
  askReturnDate: boolean
  /** Ask which start date they have in mind. */
  askStartDate: boolean
}

/**
 * Asks for the offer and contract in writing, and for the dates still unknown: the contract return
 * deadline and the start date they would like.
 */
export function writtenOfferDraft(input: WrittenOfferInput): Draft {
  const asks: string[] = []
  if (input.askReturnDate) asks.push('when you need the signed contract back')
  if (input.askStartDate) asks.push('the start date you have in mind')
  const dates = asks.length ? `Could you also let me know ${asks.join(' and ')}?` : ''
  return {
    subject: `${input.role}: offer details`,
    body: paragraphs(
      greeting(input.recipientName),
      input.askInWriting
        ? `Thank you again for the offer of the ${input.role} role. Could you send it to me in writing, together with the contract, so that I can go through the pay, hours and benefits properly? ${dates}`
        : `Thank you for sending the offer of the ${input.role} role. ${dates}`,
      'Many thanks, and I look forward to hearing from you.',
      signOff(input.sender),
    ),
    flags: [],
  }
}

/** Input of a start-date counter-proposal. */
export interface StartDateInput extends OfferDraftInput {
  /** The start date the employer would like. */
  employerDate: IsoDate
  /** The start date the user proposes instead. */
  counterDate: IsoDate
  /** Why the employer's date does not work (see `StartDateReason`). */
  reason: StartDateReason
  /** The last day of the user's notice, when the reason is notice. */
  noticeEnds?: IsoDate | null
  /** The public holiday's name, when the reason is a bank holiday. */
  holiday?: string
  /** The days of the planned break, when the reason is the break. */
  breakDays?: number
  /** When the signed contract is due back, when the reason is the contract. */
  contractDue?: IsoDate
}

/**
 * Why a start date does not work: notice still running, the break the user planned, a weekend,
 * a public holiday, a start before the signed contract is back, or a date already past.
 */
export type StartDateReason =
  'notice' | 'break' | 'weekend' | 'bank-holiday' | 'contract' | 'already-passed'

/** Proposes another start date, with the reason, in a way that keeps the conversation easy. */
export function startDateDraft(input: StartDateInput): Draft {
  // Start dates are often months away and always matter to the day: they carry their year.
  const read = draftReading({ locale: input.locale })
  const asked = formatDate(input.employerDate, 'long', read)
  const counter = formatDate(input.counterDate, 'long', read)
  const date = (d: IsoDate) => formatDate(d, 'long', read)
  const WHY: Record<StartDateReason, () => string> = {
    notice: () =>
      `My notice period with my current employer runs until ${input.noticeEnds ? date(input.noticeEnds) : 'after that date'}, so I will not be free to join by ${asked}.`,
    break: () =>
      `I have planned ${input.breakDays ? `${input.breakDays} days` : 'a few days'} off between leaving my current job and starting, so that I arrive fresh and ready to get going.`,
    weekend: () => `${asked} falls on a weekend.`,
    'bank-holiday': () =>
      `${asked} is a public holiday${input.holiday ? ` (${input.holiday})` : ''} where I am.`,
    contract: () =>
      `I would like to return my signed contract${input.contractDue ? `, due back on ${date(input.contractDue)},` : ''} before my first day.`,
    'already-passed': () => `As ${asked} has already come, could we pick a new date?`,
  }
  const why = WHY[input.reason]()
  return {
    subject: `${input.role}: start date`,
    body: paragraphs(
      greeting(input.recipientName),
      `Thank you for suggesting ${asked} as a start date. ${why}`,
      `Would ${counter} work for you instead? I am keen to get started and happy to do anything useful beforehand to make the first weeks go smoothly.`,
      signOff(input.sender),
    ),
    flags: [],
  }
}
