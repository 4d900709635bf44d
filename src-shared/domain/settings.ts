/** The user's settings: every default of the rules can be changed here. */
import type { BusinessDays, CalendarDays, LocalTime, TimeZone } from './time'

/** A country or region code understood by date-holidays, e.g. `GB-ENG` or `US-CA`. */
export type RegionCode = string & { readonly __brand?: 'RegionCode' }

/** Settings of the follow-up planner, the calendar and the notifications. */
export interface Settings {
  /** Public holidays of this region are not business days. Default `GB-ENG` (England & Wales). */
  region: RegionCode
  timeZone: TimeZone
  /** An interview that starts before this time gets a same-day thank-you. Default `12:00`. */
  thankYouCutoff: LocalTime
  /** Otherwise the thank-you is due by this time the next business day. Default `10:00`. */
  nextDayThankYouBy: LocalTime
  /** LinkedIn request this many calendar days after the thank-you: from `min` to `max`. */
  linkedInDelay: { min: CalendarDays; max: CalendarDays }
  /** Hold LinkedIn requests until the employer has decided. */
  linkedInAfterDecision: boolean
  /** Characters a LinkedIn connection note may hold. Default 300. */
  linkedInLimit: number
  /** Chase no sooner than this many calendar days after the promised decision date. Default 7. */
  followUpGraceDays: CalendarDays
  /** With no promised date, chase this many business days after the interview. Default 5. */
  noDateFollowUpDays: BusinessDays
  /** Never two chasers to one employer within this many calendar days. Default 7. */
  chaserGapDays: CalendarDays
  /** Re-approach an employer this many months after a rejection (3-12). Default 3; 12 if senior. */
  reapproachMonths: number
  /** Nudge to keep looking when fewer active opportunities than this. Default 2. */
  keepLookingThreshold: number
  /** Start jobs on a Monday when possible. */
  preferMondayStart: boolean
  /** Wanted break between jobs, in calendar days. */
  breakDays: CalendarDays
  /** Lock after this many idle minutes. Default 5. */
  autoLockMinutes: number
  /** Show company and person names in OS notifications while unlocked. Default off. */
  detailedNotifications: boolean
  /** Notifications wait until the end of quiet hours. Default 21:00-08:00. */
  quietHours: { start: LocalTime; end: LocalTime } | null
}

/** The defaults a new vault starts with. */
export const defaultSettings: Settings = {
  region: 'GB-ENG',
  timeZone: 'Europe/London',
  thankYouCutoff: '12:00',
  nextDayThankYouBy: '10:00',
  linkedInDelay: { min: 1, max: 2 },
  linkedInAfterDecision: false,
  linkedInLimit: 300,
  followUpGraceDays: 7,
  noDateFollowUpDays: 5,
  chaserGapDays: 7,
  reapproachMonths: 3,
  keepLookingThreshold: 2,
  preferMondayStart: false,
  breakDays: 0,
  autoLockMinutes: 5,
  detailedNotifications: false,
  quietHours: { start: '21:00', end: '08:00' },
}
