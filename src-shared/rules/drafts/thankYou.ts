/**
 * Thank-you drafts after an interview: one email per interviewer that mentions what was discussed
 * with that person, a card for an in-person meeting, and a short LinkedIn connection note.
 */
import type { Interviewer } from '../../domain/opportunity'
import type { Draft, DraftBase, DraftFlag } from './format'
import { asClause, charCount, greeting, greetingName, paragraphs, signOff } from './format'

/** Input of a thank-you to one interviewer. */
export interface ThankYouInput extends DraftBase {
  interviewer: Pick<Interviewer, 'name' | 'discussed'>
  /** When the interview was, as the reader will see it: `today`, `yesterday`, `on Friday`. */
  when: string
  /** An answer the user wants to add to; empty for none. */
  clarification?: string
  /** Picks one of several wordings, so drafts for a panel do not read alike (use the position). */
  variant?: number
}

const OPENINGS = [
  (r: string, c: string, w: string) =>
    `Thank you for meeting me ${w} to talk about the ${r} role at ${c}.`,
  (r: string, c: string, w: string) =>
    `Many thanks for your time ${w}; I enjoyed finding out more about the ${r} position and the team at ${c}.`,
  (r: string, c: string, w: string) =>
    `I wanted to say thank you for the interview ${w} for the ${r} role. It was good to learn how things work at ${c}.`,
]
const DETAILS = [
  (d: string) => `I especially enjoyed our conversation about ${d}.`,
  (d: string) => `Our discussion of ${d} stayed with me afterwards.`,
  (d: string) => `I found what you said about ${d} particularly interesting.`,
]
const CLOSINGS = [
  'Our conversation has made me even keener on the role, and I would be happy to provide anything else you need.',
  'I came away more enthusiastic about the position, and I hope to hear from you.',
  'I am very interested in the role and would welcome the chance to contribute to the team.',
]

const pick = <T>(list: T[], n: number): T => list[((n % list.length) + list.length) % list.length]!

/** The bracketed prompt a draft holds when nothing specific was noted for the person. */
export function missingDetailPrompt(name: string): string {
  return `[Add something you talked about with ${greetingName(name) || 'this interviewer'}]`
}

/** The clarification paragraph: kept separate so drafts can be compared without it. */
export function clarificationParagraph(clarification: string): string {
  return `On reflection, I would like to add to one of my answers: ${asClause(clarification)}.`
}

/**
 * A thank-you email to one interviewer. Flags `needs-personal-detail` when nothing was noted about
 * what the two of you discussed, and `includes-clarification` when an answer is added to.
 */
export function thankYouDraft(input: ThankYouInput): Draft {
  const v = input.variant ?? 0
  const flags: DraftFlag[] = []
  const discussed = input.interviewer.discussed.trim()
  let detail: string
  if (discussed) detail = pick(DETAILS, v)(asClause(discussed))
  else {
    detail = missingDetailPrompt(input.interviewer.name)
    flags.push('needs-personal-detail')
  }
  const clarify = input.clarification?.trim()
  if (clarify) flags.push('includes-clarification')
  return {
    subject: `Thank you: ${input.role} interview`,
    body: paragraphs(
      greeting(input.interviewer.name),
      `${pick(OPENINGS, v)(input.role, input.company, input.when)} ${detail}`,
      clarify && clarificationParagraph(clarify),
      pick(CLOSINGS, v),
      signOff(input.sender),
    ),
    flags,
  }
}

/** A short handwritten card for an in-person interview. */
export function thankYouCardDraft(input: Omit<ThankYouInput, 'when' | 'clarification'>): Draft {
  const discussed = input.interviewer.discussed.trim()
  const flags: DraftFlag[] = discussed ? [] : ['needs-personal-detail']
  const detail = discussed
    ? `I enjoyed talking about ${asClause(discussed)}.`
    : missingDetailPrompt(input.interviewer.name)
  return {
    subject: `Card: ${input.interviewer.name}`,
    body: paragraphs(
      greeting(input.interviewer.name),
      `Thank you for taking the time to meet me about the ${input.role} role. ${detail} I hope we meet again soon.`,
      signOff(input.sender, 'With best wishes,'),
    ),
    flags,
  }
}

/** Input of a LinkedIn connection note. */
export interface LinkedInInput extends DraftBase {
  interviewer: Pick<Interviewer, 'name' | 'discussed'>
  /** Characters the note may hold. Default 300. */
  limit?: number
  /** Picks one of several wordings, so the notes to a panel do not read alike (the position). */
  variant?: number
}

/** Each wording of a note, from the fullest to the shortest: the longest that fits is used. */
const NOTE_WORDINGS: ((intro: string, topic: string, hello: string, sender: string) => string)[][] =
  [
    [
      (i, t, _h, s) =>
        `${i} I enjoyed our chat about ${t}, and I remain very interested in the role. I'd be glad to stay in touch. ${s}`,
      (i, _t, _h, s) =>
        `${i} I remain very interested in the role and would be glad to stay in touch. ${s}`,
      (_i, _t, h, s) =>
        `${h} thank you for the interview; I am keen on the role and would be glad to connect. ${s}`,
    ],
    [
      (i, t, _h, s) =>
        `${i} What you said about ${t} has stayed with me. I would like to keep in touch, whatever happens next. ${s}`,
      (i, _t, _h, s) => `${i} I would like to keep in touch, whatever happens next. ${s}`,
      (_i, _t, h, s) =>
        `${h} it was good to meet you at the interview; I would like to keep in touch. ${s}`,
    ],
    [
      (i, t, _h, s) =>
        `${i} Talking about ${t} made me keener still on the role. It would be good to stay connected. ${s}`,
      (i, _t, _h, s) => `${i} It would be good to stay connected. ${s}`,
      (_i, _t, h, s) => `${h} many thanks for meeting me; it would be good to stay connected. ${s}`,
    ],
  ]

const INTROS = [
  (h: string, r: string, c: string) =>
    `${h} thank you again for your time at the ${r} interview with ${c}.`,
  (h: string, r: string, c: string) => `${h} thanks for meeting me about the ${r} role at ${c}.`,
  (h: string, r: string, c: string) =>
    `${h} I appreciated your time at my ${r} interview with ${c}.`,
]

/**
 * A LinkedIn connection note within `limit` characters. Longer versions are tried first; parts
 * are dropped to fit (flag `shortened`), and as a last resort the text is cut at a word.
 */
export function linkedInNoteDraft(input: LinkedInInput): Draft {
  const limit = input.limit ?? 300
  const v = input.variant ?? 0
  const hello = greeting(input.interviewer.name, true)
  const topic = asClause(input.interviewer.discussed)
  const sender = input.sender.trim()
  const intro = pick(INTROS, v)(hello, input.role, input.company)
  const [full, plain, short] = pick(NOTE_WORDINGS, v)
  const candidates = [
    topic && full!(intro, topic, hello, sender),
    plain!(intro, topic, hello, sender),
    short!(intro, topic, hello, sender),
  ].filter((c): c is string => Boolean(c))
  const flags: DraftFlag[] = []
  for (let i = 0; i < candidates.length; i++) {
    if (charCount(candidates[i]!) <= limit) {
      if (i > 0) flags.push('shortened')
      return { subject: 'LinkedIn connection note', body: candidates[i]!, flags }
    }
  }
  const chars = [...candidates[candidates.length - 1]!]
  let cut = chars.slice(0, Math.max(0, limit - 1)).join('')
  const space = cut.lastIndexOf(' ')
  if (space > limit / 2) cut = cut.slice(0, space)
  flags.push('shortened')
  return { subject: 'LinkedIn connection note', body: `${cut}…`, flags }
}
