/**
 * The two polite letters a counter-offer calls for, whichever way the user goes: turning down the
 * current employer's counter-offer, or turning down the new offer to stay.
 */
import type { Draft, DraftBase } from './format'
import { greeting, paragraphs, signOff } from './format'

/** Input of the counter-offer letters. `company` and `role` are the new offer's. */
export interface CounterOfferDraftInput extends DraftBase {
  /** The current employer, as the user names it. */
  currentEmployer: string
  /** Who to write to: the current manager when leaving, the new contact when staying. */
  recipientName: string
}

/** To the current employer: thanks for the counter-offer, the decision to go, a smooth handover. */
export function declineCounterOfferDraft(input: CounterOfferDraftInput): Draft {
  return {
    subject: 'Your counter-offer',
    body: paragraphs(
      greeting(input.recipientName),
      `Thank you for the counter-offer, and for taking the time to put it together. It means a great deal that you would like me to stay at ${input.currentEmployer || 'the company'}.`,
      'I have thought about it carefully, and I have decided to go ahead with the move. It was not an easy decision, and it is no reflection on the team or on how I have been treated here.',
      'I will do everything I can to make the handover smooth during my notice, and I would be glad to stay in touch.',
      signOff(input.sender),
    ),
    flags: [],
  }
}

/** To the new employer: thanks for the offer, the decision to stay, the door left open. */
export function declineOfferToStayDraft(input: CounterOfferDraftInput): Draft {
  return {
    subject: `${input.role}: my decision`,
    body: paragraphs(
      greeting(input.recipientName),
      `Thank you very much for offering me the ${input.role} role, and for the time you and the team gave me during the process.`,
      `After a great deal of thought, I have decided to stay with my current employer, who has made me an offer I want to accept. I am sorry to give you this answer after all your effort.`,
      `I was very impressed by ${input.company}, and I hope our paths cross again.`,
      signOff(input.sender),
    ),
    flags: [],
  }
}
