/**
 * The user's settings: every default of the rules can be changed here. The type is inferred from
 * the schema, which is also how the `settings` record is read.
 */
import * as v from 'valibot'
import {
  businessDaysSchema,
  calendarDaysSchema,
  countSchema,
  localTimeSchema,
  timeZoneSchema,
} from './fields'
import { localeTagSchema } from './locale'

/** A country or region code understood by date-holidays, e.g. `GB-ENG` or `US-CA`. */
export type RegionCode = string & { readonly __brand?: 'RegionCode' }

const regionSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(32),
  v.transform((s) => s as RegionCode),
)

/**
 * A setting that may be missing from a record saved before it existed: it reads as its default.
 * The default goes through the same check as a saved value.
 */
function setting<S extends v.GenericSchema>(schema: S, fallback: v.InferInput<S>) {
  return v.optional(schema, () => structuredClone(fallback))
}

/**
 * Schema of `Settings`, the record of table `settings`. Migration: a setting added after a record
 * was saved takes its value from `defaultSettings` (the board has always read settings this way);
 * a setting that is present must be valid, or the whole record is reported, not repaired.
 */
export const settingsSchema = v.strictObject({
  /** Public holidays of this region are not business days. Default `GB-ENG` (England & Wales). */
  region: setting(regionSchema, 'GB-ENG'),
  /** Dates and money are written in this locale's formats; null follows the computer's. */
  formatLocale: setting(v.nullable(localeTagSchema), null),
  timeZone: setting(timeZoneSchema, 'Europe/London'),
  /** An interview that starts before this time gets a same-day thank-you. Default `12:00`. */
  thankYouCutoff: setting(localTimeSchema, '12:00'),
  /** Otherwise the thank-you is due by this time the next business day. Default `10:00`. */
  nextDayThankYouBy: setting(localTimeSchema, '10:00'),
  /** LinkedIn request this many calendar days after the thank-you: from `min` to `max`. */
  linkedInDelay: setting(
    v.pipe(
      v.strictObject({ min: calendarDaysSchema, max: calendarDaysSchema }),
      v.check((d) => d.min <= d.max, 'the earliest day comes after the latest'),
    ),
    { min: 1, max: 2 },
  ),
  /** Hold LinkedIn requests until the employer has decided. */
  linkedInAfterDecision: setting(v.boolean(), false),
  /** Characters a LinkedIn connection note may hold. Default 300. */
  linkedInLimit: setting(countSchema, 300),
  /** Chase no sooner than this many calendar days after the promised decision date. Default 7. */
  followUpGraceDays: setting(calendarDaysSchema, 7),
  /** With no promised date, chase this many business days after the interview. Default 5. */
  noDateFollowUpDays: setting(businessDaysSchema, 5),
  /** Never two chasers to one employer within this many calendar days. Default 7. */
  chaserGapDays: setting(calendarDaysSchema, 7),
  /** Re-approach an employer this many months after a rejection (3-12). Default 3, for every role; the window runs three months from then. */
  reapproachMonths: setting(countSchema, 3),
  /** Nudge to keep looking when fewer active opportunities than this. Default 2. */
  keepLookingThreshold: setting(countSchema, 2),
  /** Start jobs on a Monday when possible. */
  preferMondayStart: setting(v.boolean(), false),
  /** Wanted break between jobs, in calendar days. */
  breakDays: setting(calendarDaysSchema, 0),
  /** Lock after this many idle minutes. Default 5. */
  autoLockMinutes: setting(countSchema, 5),
  /** Show company and person names in OS notifications while unlocked. Default off. */
  detailedNotifications: setting(v.boolean(), false),
  /** Notifications wait until the end of quiet hours. Default 21:00-08:00. */
  quietHours: setting(
    v.nullable(v.strictObject({ start: localTimeSchema, end: localTimeSchema })),
    { start: '21:00', end: '08:00' },
  ),
})

/** Settings of the follow-up planner, the calendar and the notifications. */
export type Settings = v.InferOutput<typeof settingsSchema>

/** The defaults a new vault starts with: every setting at the default its schema gives it. */
export const defaultSettings: Settings = v.parse(settingsSchema, {})
