/** A heads-up to a referee: which role, and what would help most to stress. */
import type { Draft, DraftBase, DraftFlag } from './format'
import { asClause, greeting, listInWords, paragraphs, signOff } from './format'

/** Input of the referee warning. */
export interface RefereeWarningInput extends DraftBase {
  refereeName: string
  /** What the referee could stress, e.g. strengths the interview focused on. */
  stress: string[]
  /** Why a reference is near: a final round or an offer subject to references. */
  stage: 'final-round' | 'offer'
}

/** Warns a referee that a request may come soon, with the role and what to stress. */
export function refereeWarningDraft(input: RefereeWarningInput): Draft {
  const points = input.stress.map(asClause).filter(Boolean)
  const flags: DraftFlag[] = points.length ? [] : ['needs-personal-detail']
  const where =
    input.stage === 'offer'
      ? `${input.company} has offered me the ${input.role} role, subject to references,`
      : `I have reached the final round for the ${input.role} role at ${input.company}`
  return {
    subject: `A reference request may be on its way`,
    body: paragraphs(
      greeting(input.refereeName, true),
      `I hope you are well. ${where} and I have given your name as a referee, so they may be in touch soon.`,
      points.length
        ? `If they do, it would help a great deal if you could mention ${listInWords(points)}.`
        : '[Add what you would like them to stress]',
      'Thank you so much for your support; I will let you know how it goes.',
      signOff(input.sender, 'Best wishes,'),
    ),
    flags,
  }
}
