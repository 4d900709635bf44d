/**
 * The start plan as the vault keeps it: one record per offer with the choices made on the plan
 * screen and the start-date messages the user rewrote. Read back through a strict schema; fields
 * added later are optional with a default, so records written by an older version stay readable.
 */
import * as v from 'valibot'
import type { Settings } from '../domain'
import { calendarDaysSchema, isoDateSchema } from '../domain/fields'
import type { StartConflict } from '../rules/startPlan'
import type { PlanChoices } from './plan'

/** Longest break between jobs the plan counts, in calendar days (the rules' own limit). */
export const MAX_BREAK_DAYS = 366
/** Longest contact name kept, in characters. */
export const MAX_CONTACT_NAME = 200
/** Longest start-date message kept, in characters: pages more than any such email needs. */
export const MAX_MESSAGE = 10_000

/** The conflict kinds a message can be written for. */
export const CONFLICT_KINDS = [
  'before-notice-ends',
  'before-break-ends',
  'not-business-day',
  'before-contract-returned',
] as const satisfies readonly StartConflict['kind'][]

/**
 * Schema of `PlanChoices`. Migration: a choice added after a record was saved takes the value a
 * plan nobody has changed has (no break, no Monday preference, no notice given, no contact).
 */
export const planChoicesSchema = v.strictObject({
  breakDays: v.optional(v.pipe(calendarDaysSchema, v.maxValue(MAX_BREAK_DAYS)), 0),
  preferMondayStart: v.optional(v.boolean(), false),
  noticeGivenOn: v.optional(v.nullable(isoDateSchema), null),
  gardenLeave: v.optional(v.boolean(), false),
  contactName: v.optional(v.pipe(v.string(), v.maxLength(MAX_CONTACT_NAME)), ''),
})

/** Schema of `EditedMessage`. */
export const editedMessageSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(MAX_MESSAGE)),
  /** The counter-date the plan suggested when the message was last edited. */
  counterDate: isoDateSchema,
})
/** A start-date message as the user rewrote it, and the date it proposed when they did. */
export type EditedMessage = v.InferOutput<typeof editedMessageSchema>

/**
 * The schema every plan record (table `plans`) is read and written through. Migration: a record
 * saved before choices or messages were kept reads with the defaults of `planChoicesSchema` and
 * no rewritten message.
 */
export const planRecordSchema = v.strictObject({
  /** The offer the plan is for; also the record's id. */
  offerId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  choices: v.optional(planChoicesSchema, () => ({})),
  /** Rewritten messages by conflict kind; a kind without one uses the suggested draft. */
  messages: v.optional(v.record(v.picklist(CONFLICT_KINDS), editedMessageSchema), () => ({})),
})
/** What the vault keeps about the start plan for one offer. */
export type PlanRecord = v.InferOutput<typeof planRecordSchema>

/** The record, or null when `value` is not one (a damaged or unknown record is never guessed at). */
export function readPlanRecord(value: unknown): PlanRecord | null {
  const result = v.safeParse(planRecordSchema, value)
  return result.success ? result.output : null
}

/** The choices of a plan nobody has changed yet: the user's settings, no contact, no notice given. */
export function defaultChoices(
  settings: Pick<Settings, 'breakDays' | 'preferMondayStart'>,
): PlanChoices {
  return {
    breakDays: settings.breakDays,
    preferMondayStart: settings.preferMondayStart,
    noticeGivenOn: null,
    gardenLeave: false,
    contactName: '',
  }
}

/**
 * Reads what the user typed as a break length: a whole number of days from 0 to MAX_BREAK_DAYS
 * (an empty field is no break), or null when it is not one.
 */
export function parseBreakDays(typed: string): number | null {
  const text = typed.trim()
  if (text === '') return 0
  if (!/^\d{1,3}$/.test(text)) return null
  const days = Number(text)
  return days <= MAX_BREAK_DAYS ? days : null
}
