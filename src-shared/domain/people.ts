/**
 * The user, their current job and their referees. Each type is inferred from its schema; the
 * `referees` and `profile` records are read through these schemas.
 */
import * as v from 'valibot'
import { countSchema, idSchema, isoDateSchema, quantitySchema } from './fields'

/** Schema of `Referee`, the record of table `referees`. */
export const refereeSchema = v.strictObject({
  id: idSchema,
  name: v.string(),
  /** How they know the user, e.g. "line manager at Acme, 2019-2023". */
  relation: v.string(),
  email: v.string(),
  phone: v.string(),
  /** The last time the user warned them, and for which role. */
  lastWarned: v.nullable(
    v.strictObject({ on: isoDateSchema, opportunityId: idSchema, role: v.string() }),
  ),
})
/** Someone who will give the user a reference. */
export type Referee = v.InferOutput<typeof refereeSchema>

const NOTICE_UNITS = ['weeks', 'months'] as const
/** The unit a notice period is counted in. */
export type NoticeUnit = (typeof NOTICE_UNITS)[number]

/** Schema of `CurrentJob`. */
export const currentJobSchema = v.strictObject({
  employer: v.string(),
  noticeLength: countSchema,
  noticeUnit: v.picklist(NOTICE_UNITS),
  /** When the user started there: statutory minimum notice depends on length of service. */
  serviceStart: v.nullable(isoDateSchema),
  /** Untaken paid holiday, in working days. */
  untakenHolidayDays: quantitySchema,
  holidayHandling: v.picklist(['take-during-notice', 'paid-out']),
  gardenLeavePossible: v.boolean(),
})
/** The user's current job, for the start-date plan. */
export type CurrentJob = v.InferOutput<typeof currentJobSchema>

/**
 * Schema of `Profile`, the record of table `profile`. Every field reads as empty when absent, as
 * the profile has always been read: a profile saved with only a name still opens.
 */
export const profileSchema = v.strictObject({
  name: v.optional(v.string(), ''),
  email: v.optional(v.string(), ''),
  phone: v.optional(v.string(), ''),
  currentJob: v.optional(v.nullable(currentJobSchema), null),
})
/** The user as they sign their messages. */
export type Profile = v.InferOutput<typeof profileSchema>
