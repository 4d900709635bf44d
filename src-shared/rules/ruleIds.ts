/**
 * Every rule the planner applies, with one plain sentence the UI can show when the user asks
 * "why this, why now?". Ids are stable: stored action states and explanations depend on them.
 */
export const RULES = {
  'thank-you.same-day':
    'After a morning interview, thank each interviewer by email before the day is out, while you are fresh in their mind.',
  'thank-you.next-morning':
    'After an afternoon interview, thank each interviewer by email by 10:00 on the next working day.',
  'thank-you.clarify':
    'If you felt an answer came out badly, the thank-you is a natural place to add a line that puts it right.',
  'thank-you.card':
    'After meeting in person, a handwritten card within two working days makes you stand out.',
  'linkedin.after-thank-you':
    'Ask each interviewer to connect on LinkedIn a day or two after your thank-you, with a short personal note.',
  'linkedin.after-decision':
    'You chose to hold LinkedIn requests until the employer has decided; now they have, you can connect.',
  'agency.debrief':
    'When an agency put you forward, tell your consultant how the interview went by the next working day, so they can follow it up for you.',
  'chase.after-promised-date':
    'Give the employer a week past the date they promised before asking, politely, for news.',
  'chase.no-date':
    'With no decision date given, wait five working days after the interview before asking for news.',
  'chase.agency':
    'Through an agency, your consultant does the chasing: ask them once the decision date has passed.',
  'chase.gap': 'Never send two chasers to the same employer within a week of each other.',
  'chase.repeat':
    'If the first chaser got no answer, one more, worded differently, is reasonable after a week.',
  'chase.closing':
    'After two unanswered chasers, send one courteous last message that thanks them and leaves the door open.',
  'chase.move-on': 'You have had the last word; put your energy into your other applications now.',
  'referee.warn':
    'Tell your referees before they are contacted, with the role and what would help to stress, so they answer quickly and well.',
  'offer.thank': 'Thank the employer for the offer straight away and show you are pleased.',
  'offer.in-writing':
    'Ask for the offer and contract in writing, and for the contract return date and start date, before anything else.',
  'offer.contract-reminder': 'The signed contract is due back in two working days.',
  'offer.decision-deadline':
    'They want your answer by a date: decide in time, or ask for longer before it comes, never after.',
  'offer.more-time':
    'If you need longer to weigh the offer, ask for a few more days well before their deadline, politely and with a date.',
  'offer.resign':
    'Resign only once the offer is in writing, every condition is cleared and the contract is signed; now they are, you can.',
  'rejection.thank-anyway':
    'Within a working day of a rejection, thank them anyway: they may think of you for the next role.',
  'rejection.feedback':
    'If they gave no feedback, ask politely for one or two things that would have made you stronger.',
  'rejection.reapproach':
    'Three to six months after a rejection, whatever the role, get back in touch: needs change and the chosen candidate may not stay.',
  'keep-looking.thin-pipeline':
    'Few applications are live, fewer than your keep-looking number in Settings: keep applying, since nothing is certain until an offer is signed.',
} as const

/** A stable rule id such as `thank-you.same-day`. */
export type RuleId = keyof typeof RULES

/** All rule ids, in the order above. */
export const RULE_IDS = Object.keys(RULES) as RuleId[]

/** The one-sentence explanation of a rule. */
export function explainRule(id: RuleId): string {
  return RULES[id]
}
