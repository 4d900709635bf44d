/**
 * The interview record: one opportunity (a role at a company) with its rounds, interviewers,
 * agency, advert, the user's reflection, what has been sent, and how it ended.
 *
 * Each type is inferred from its schema, and every opportunity read from the vault goes through
 * `opportunitySchema`, so the type and the check cannot drift apart.
 */
import * as v from 'valibot'
import { attachmentRefSchema } from './attachment'
import { compensationSchema } from './compensation'
import {
  actionIdSchema,
  currencyCodeSchema,
  idSchema,
  instantSchema,
  isoDateSchema,
  localTimeSchema,
  minorUnitsSchema,
  payRateSchema,
  quantitySchema,
} from './fields'

const STAGES = ['interviewed', 'followed-up', 'offer', 'rejected'] as const

/** Schema of `Stage`. */
export const stageSchema = v.picklist(STAGES)
/** Where an opportunity sits on the board. */
export type Stage = (typeof STAGES)[number]

const CLOSURES = ['accepted', 'declined', 'withdrawn', 'ghosted', 'archived'] as const
/**
 * How an opportunity was closed, when it leaves the board. 'archived' is only read: records
 * written before archiving was its own action (`archivedAt`) may hold it; nothing closes as it now.
 */
export type Closure = (typeof CLOSURES)[number]

const ROUND_MODES = ['in-person', 'phone', 'video'] as const
/** How an interview round took place. */
export type RoundMode = (typeof ROUND_MODES)[number]

/** Schema of `Interviewer`. */
export const interviewerSchema = v.strictObject({
  id: idSchema,
  name: v.string(),
  title: v.string(),
  email: v.string(),
  phone: v.string(),
  linkedIn: v.string(),
  /** What the user talked about with this person: makes each thank-you personal. */
  discussed: v.string(),
})
/** Someone who interviewed the user. */
export type Interviewer = v.InferOutput<typeof interviewerSchema>

/** Schema of `Round`. */
export const roundSchema = v.strictObject({
  id: idSchema,
  date: isoDateSchema,
  time: localTimeSchema,
  durationMinutes: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  mode: v.picklist(ROUND_MODES),
  place: v.string(),
  interviewers: v.array(interviewerSchema),
  /** True for a final round: referees are likely to be contacted next. */
  isFinal: v.boolean(),
})
/** One interview round. `date` and `time` are in the user's time zone. */
export type Round = v.InferOutput<typeof roundSchema>

/** Schema of `Agency`. */
export const agencySchema = v.strictObject({
  name: v.string(),
  consultant: v.string(),
  email: v.string(),
  phone: v.string(),
})
/** A recruitment agency that put the user forward. */
export type Agency = v.InferOutput<typeof agencySchema>

/** Schema of `FollowUpInstructions`. */
export const followUpInstructionsSchema = v.strictObject({
  who: v.string(),
  how: v.picklist(['email', 'phone', 'agency', 'portal', 'other']),
  when: v.string(),
})
/** How the employer said to follow up. */
export type FollowUpInstructions = v.InferOutput<typeof followUpInstructionsSchema>

/** Schema of `CarBenefit`. */
export const carBenefitSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('none') }),
  v.strictObject({ kind: v.literal('car') }),
  v.strictObject({
    kind: v.literal('allowance'),
    amount: minorUnitsSchema,
    currency: currencyCodeSchema,
    period: v.picklist(['month', 'year']),
  }),
])
/** A company car or a cash allowance instead. */
export type CarBenefit = v.InferOutput<typeof carBenefitSchema>

const ARRANGEMENTS = ['on-site', 'hybrid', 'remote'] as const
/** Where the work is done. */
export type WorkArrangement = (typeof ARRANGEMENTS)[number]

/** Schema of `Terms`. */
export const termsSchema = v.strictObject({
  pay: v.nullable(payRateSchema),
  hoursPerWeek: v.nullable(quantitySchema),
  /** Paid holiday days a year, excluding public holidays unless the advert says otherwise. */
  holidayDays: v.nullable(quantitySchema),
  benefits: v.array(v.string()),
  car: v.nullable(carBenefitSchema),
  location: v.string(),
  arrangement: v.nullable(v.picklist(ARRANGEMENTS)),
  /** Pay beyond the base; terms saved before it existed have none (absent). */
  comp: v.optional(compensationSchema),
})
/** The terms of a role as the advert states them; any term may be unknown (null). */
export type Terms = v.InferOutput<typeof termsSchema>

/** Schema of `Advert`. */
export const advertSchema = v.strictObject({
  text: v.string(),
  terms: termsSchema,
  /** The last day to apply, as the advert states it; absent when it gave none (or before it was kept). */
  closesOn: v.optional(isoDateSchema),
})
/** The job advert: the pasted text, the key terms read from it and its closing date. */
export type Advert = v.InferOutput<typeof advertSchema>

/** Schema of `DifficultQuestion`. */
export const difficultQuestionSchema = v.strictObject({
  id: idSchema,
  question: v.string(),
  improvedAnswer: v.string(),
})
/** A question the user found hard, with the better answer written later. */
export type DifficultQuestion = v.InferOutput<typeof difficultQuestionSchema>

/** Schema of `Reflection`. */
export const reflectionSchema = v.strictObject({
  questionsAsked: v.string(),
  difficultQuestions: v.array(difficultQuestionSchema),
  wentWell: v.string(),
  answersToClarify: v.string(),
  pros: v.string(),
  cons: v.string(),
  /** 1 (walk away) to 5 (want it badly); null until scored. */
  gutFeeling: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
})
/** The user's reflection after an interview. */
export type Reflection = v.InferOutput<typeof reflectionSchema>

const REPLY_CHANNELS = ['email', 'phone', 'linkedin', 'agency', 'in-person'] as const
/** How a reply from the employer or the agency reached the user. */
export type ReplyChannel = (typeof REPLY_CHANNELS)[number]

/** Schema of `Message`. */
export const messageSchema = v.strictObject({
  id: idSchema,
  kind: v.picklist([
    'thank-you',
    'card',
    'linkedin',
    'chaser',
    'closing',
    'feedback-request',
    'thank-you-anyway',
    'offer-thanks',
    'reply',
  ]),
  /** The interviewer id, 'employer', 'agency', or a referee id. */
  to: v.string(),
  at: instantSchema,
  /** For a reply: how it came. Absent on what the user sent, and on replies logged before. */
  via: v.optional(v.picklist(REPLY_CHANNELS)),
  /** For a reply: what they said, in the user's words. */
  said: v.optional(v.string()),
  /** For a reply: the new date they promised a decision by, when they gave one. */
  promisedDate: v.optional(isoDateSchema),
})
/** Something the user sent or received, as logged in the record. */
export type Message = v.InferOutput<typeof messageSchema>

/** Schema of `StageChange`. */
export const stageChangeSchema = v.strictObject({
  from: v.nullable(stageSchema),
  to: stageSchema,
  at: instantSchema,
})
/** A move between stages, for the history. */
export type StageChange = v.InferOutput<typeof stageChangeSchema>

/** Schema of `Rejection`. */
export const rejectionSchema = v.strictObject({
  on: isoDateSchema,
  via: v.picklist(['call', 'email', 'letter', 'agency']),
  feedbackGiven: v.boolean(),
  feedback: v.string(),
})
/** How a rejection arrived and whether feedback came with it. */
export type Rejection = v.InferOutput<typeof rejectionSchema>

/** Schema of `ActionState`. */
export const actionStateSchema = v.strictObject({
  status: v.picklist(['done', 'skipped', 'snoozed']),
  at: instantSchema,
  /** For a snooze: the action comes back at this instant. */
  until: v.optional(instantSchema),
})
/** What the user did with an action from the planner. */
export type ActionState = v.InferOutput<typeof actionStateSchema>

/** Schema of `DraftEdit`. */
export const draftEditSchema = v.strictObject({
  body: v.string(),
  /** When it was last changed. */
  at: instantSchema,
})
/** A draft the user rewrote: their text replaces the suggestion until they reset it. */
export type DraftEdit = v.InferOutput<typeof draftEditSchema>

/**
 * Schema of `Opportunity`, the record of table `opportunities`. Migrations of older records, each
 * a field that did not exist when they were written (and nothing else is filled in):
 * - `draftEdits` (added when edited drafts were kept) reads as `{}`: no draft edited;
 * - `attachments` (added with attachments) reads as `[]`: no files;
 * - `offerReceivedOn` (added when moving to Offer recorded the date) stays absent;
 * - a message's `via`, `said` and `promisedDate` (added with logged replies) stay absent;
 * - `closedReason` (added with the reason for withdrawing) stays absent;
 * - `tags` (added with tags) reads as `[]`: no tags;
 * - `archivedAt` (added when archiving became its own action) stays absent: not archived. A record
 *   closed as 'archived' before then is archived all the same (see `isArchived` in stages).
 */
export const opportunitySchema = v.strictObject({
  id: idSchema,
  company: v.string(),
  role: v.string(),
  /** True for a senior role. Kept as typed; no longer changes the re-approach (3-6 months for all). */
  senior: v.boolean(),
  stage: stageSchema,
  closed: v.nullable(v.picklist(CLOSURES)),
  /** Why the user closed it, in their words (asked when they withdraw); absent when not given. */
  closedReason: v.optional(v.string()),
  advert: v.nullable(advertSchema),
  rounds: v.array(roundSchema),
  agency: v.nullable(agencySchema),
  /** The date the employer promised a decision by, if they gave one. */
  promisedDecisionDate: v.nullable(isoDateSchema),
  followUp: v.nullable(followUpInstructionsSchema),
  reflection: reflectionSchema,
  notes: v.string(),
  messages: v.array(messageSchema),
  history: v.array(stageChangeSchema),
  /** Keyed by action id (see rules): what the user did with each planned action. */
  actions: v.record(actionIdSchema, actionStateSchema),
  rejection: v.nullable(rejectionSchema),
  /** The date the offer arrived, recorded when the card moves to Offer; absent before. */
  offerReceivedOn: v.optional(v.nullable(isoDateSchema)),
  /**
   * Drafts the user edited, keyed by action id (an action has one recipient, so a thank-you's id
   * names the interviewer).
   */
  draftEdits: v.optional(v.record(actionIdSchema, draftEditSchema), () => ({})),
  /** Ids of the referees the user expects to give for this role. */
  refereeIds: v.array(idSchema),
  /** Files kept with this opportunity (the advert, a transcript, a business card). */
  attachments: v.optional(v.array(attachmentRefSchema), () => []),
  /** The user's own labels ("remote", "fintech"), as typed; see domain/tags. */
  tags: v.optional(v.array(v.string()), () => []),
  /**
   * When the user archived it: off the board and out of the closed list until brought back.
   * Only a closed or rejected application is archived; how it ended is kept as it was.
   */
  archivedAt: v.optional(instantSchema),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
/** One opportunity: a role at a company the user has interviewed for. */
export type Opportunity = v.InferOutput<typeof opportunitySchema>
