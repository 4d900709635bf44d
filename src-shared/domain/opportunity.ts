/**
 * The interview record: one opportunity (a role at a company) with its rounds, interviewers,
 * agency, advert, the user's reflection, what has been sent, and how it ended.
 */
import type { CurrencyCode, MinorUnits, PayRate } from './money'
import type { AttachmentRef } from './offer'
import type { Instant, IsoDate, LocalTime } from './time'

/** Where an opportunity sits on the board. */
export type Stage = 'interviewed' | 'followed-up' | 'offer' | 'rejected'

/** How an opportunity was closed, when it leaves the board. */
export type Closure = 'accepted' | 'declined' | 'withdrawn' | 'archived'

/** How an interview round took place. */
export type RoundMode = 'in-person' | 'phone' | 'video'

/** Someone who interviewed the user. */
export interface Interviewer {
  id: string
  name: string
  title: string
  email: string
  phone: string
  linkedIn: string
  /** What the user talked about with this person: makes each thank-you personal. */
  discussed: string
}

/** One interview round. `date` and `time` are in the user's time zone. */
export interface Round {
  id: string
  date: IsoDate
  time: LocalTime
  durationMinutes: number
  mode: RoundMode
  place: string
  interviewers: Interviewer[]
  /** True for a final round: referees are likely to be contacted next. */
  isFinal: boolean
}

/** A recruitment agency that put the user forward. */
export interface Agency {
  name: string
  consultant: string
  email: string
  phone: string
}

/** How the employer said to follow up. */
export interface FollowUpInstructions {
  who: string
  how: 'email' | 'phone' | 'agency' | 'portal' | 'other'
  when: string
}

/** A company car or a cash allowance instead. */
export type CarBenefit =
  | { kind: 'none' }
  | { kind: 'car' }
  | { kind: 'allowance'; amount: MinorUnits; currency: CurrencyCode; period: 'month' | 'year' }

/** Where the work is done. */
export type WorkArrangement = 'on-site' | 'hybrid' | 'remote'

/** The terms of a role as the advert states them; any term may be unknown (null). */
export interface Terms {
  pay: PayRate | null
  hoursPerWeek: number | null
  /** Paid holiday days a year, excluding public holidays unless the advert says otherwise. */
  holidayDays: number | null
  benefits: string[]
  car: CarBenefit | null
  location: string
  arrangement: WorkArrangement | null
}

/** The job advert: the pasted text and the key terms read from it. */
export interface Advert {
  text: string
  terms: Terms
}

/** The user's reflection after an interview. */
export interface Reflection {
  questionsAsked: string
  difficultQuestions: DifficultQuestion[]
  wentWell: string
  answersToClarify: string
  pros: string
  cons: string
  /** 1 (walk away) to 5 (want it badly); null until scored. */
  gutFeeling: number | null
}

/** A question the user found hard, with the better answer written later. */
export interface DifficultQuestion {
  id: string
  question: string
  improvedAnswer: string
}

/** Something the user sent or received, as logged in the record. */
export interface Message {
  id: string
  kind:
    | 'thank-you'
    | 'card'
    | 'linkedin'
    | 'chaser'
    | 'closing'
    | 'feedback-request'
    | 'thank-you-anyway'
    | 'offer-thanks'
    | 'reply'
  /** The interviewer id, 'employer', 'agency', or a referee id. */
  to: string
  at: Instant
}

/** A move between stages, for the history. */
export interface StageChange {
  from: Stage | null
  to: Stage
  at: Instant
}

/** How a rejection arrived and whether feedback came with it. */
export interface Rejection {
  on: IsoDate
  via: 'call' | 'email' | 'letter' | 'agency'
  feedbackGiven: boolean
  feedback: string
}

/** What the user did with an action from the planner. */
export interface ActionState {
  status: 'done' | 'skipped' | 'snoozed'
  at: Instant
  /** For a snooze: the action comes back at this instant. */
  until?: Instant
}

/** A draft the user rewrote: their text replaces the suggestion until they reset it. */
export interface DraftEdit {
  body: string
  /** When it was last changed. */
  at: Instant
}

/** One opportunity: a role at a company the user has interviewed for. */
export interface Opportunity {
  id: string
  company: string
  role: string
  /** True for a senior role: re-approach after a longer pause. */
  senior: boolean
  stage: Stage
  closed: Closure | null
  advert: Advert | null
  rounds: Round[]
  agency: Agency | null
  /** The date the employer promised a decision by, if they gave one. */
  promisedDecisionDate: IsoDate | null
  followUp: FollowUpInstructions | null
  reflection: Reflection
  notes: string
  messages: Message[]
  history: StageChange[]
  /** Keyed by action id (see rules): what the user did with each planned action. */
  actions: Record<string, ActionState>
  rejection: Rejection | null
  /** The date the offer arrived, recorded when the card moves to Offer; absent before. */
  offerReceivedOn?: IsoDate | null
  /**
   * Drafts the user edited, keyed by action id (an action has one recipient, so a thank-you's id
   * names the interviewer). Absent in records saved before drafts could be kept: read as empty.
   */
  draftEdits?: Record<string, DraftEdit>
  /** Ids of the referees the user expects to give for this role. */
  refereeIds: string[]
  /**
   * Files kept with this opportunity (the advert, a transcript, a business card), each with its
   * own key. Absent in records saved before attachments existed: read as none.
   */
  attachments?: AttachmentRef[]
  createdAt: Instant
  updatedAt: Instant
}
