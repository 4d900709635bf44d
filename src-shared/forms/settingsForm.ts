/**
 * The settings of the rules as the user types them, checked field by field: a bad value gets a
 * message and the rest of the form keeps what was typed.
 */
import type { Settings } from '../domain/settings'
import { isLocalTime } from '../domain/time'
import { isTimeZone } from '../domain/zoned'
import { businessCalendar } from '../rules/calendar'

/** The editable rule defaults, as text. */
export interface RulesForm {
  region: string
  timeZone: string
  thankYouCutoff: string
  nextDayThankYouBy: string
  linkedInMin: string
  linkedInMax: string
  linkedInLimit: string
  followUpGraceDays: string
  noDateFollowUpDays: string
  reapproachMonths: string
  keepLookingThreshold: string
}

/** The form filled from saved settings. */
export function toRulesForm(s: Settings): RulesForm {
  return {
    region: s.region,
    timeZone: s.timeZone,
    thankYouCutoff: s.thankYouCutoff,
    nextDayThankYouBy: s.nextDayThankYouBy,
    linkedInMin: String(s.linkedInDelay.min),
    linkedInMax: String(s.linkedInDelay.max),
    linkedInLimit: String(s.linkedInLimit),
    followUpGraceDays: String(s.followUpGraceDays),
    noDateFollowUpDays: String(s.noDateFollowUpDays),
    reapproachMonths: String(s.reapproachMonths),
    keepLookingThreshold: String(s.keepLookingThreshold),
  }
}

/** Whole-number fields: their range and the message when out of it. */
const RANGES: Record<string, [number, number, string]> = {
  linkedInMin: [0, 14, 'From 0 to 14 days.'],
  linkedInMax: [0, 30, 'From 0 to 30 days.'],
  linkedInLimit: [50, 3000, 'From 50 to 3,000 characters.'],
  followUpGraceDays: [0, 60, 'From 0 to 60 days.'],
  noDateFollowUpDays: [1, 30, 'From 1 to 30 working days.'],
  reapproachMonths: [3, 12, 'From 3 to 12 months.'],
  keepLookingThreshold: [0, 50, 'From 0 to 50.'],
}

function validRegion(region: string): boolean {
  try {
    businessCalendar(region).holidaysIn(2026)
    return true
  } catch {
    return false
  }
}

/** Reads the form onto `base`; returns the settings or a message per field. */
export function readRulesForm(
  f: RulesForm,
  base: Settings,
): { ok: true; value: Settings } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const n: Record<string, number> = {}
  for (const [key, [min, max, message]] of Object.entries(RANGES)) {
    const text = f[key as keyof RulesForm].trim()
    const value = Number(text)
    if (!/^\d+$/.test(text) || value < min || value > max) errors[key] = message
    else n[key] = value
  }
  if (!errors['linkedInMin'] && !errors['linkedInMax'] && n['linkedInMin']! > n['linkedInMax']!)
    errors['linkedInMax'] = 'The latest day comes before the earliest.'
  const region = f.region.trim().toUpperCase()
  if (!validRegion(region)) errors['region'] = 'Use a region code such as GB-ENG, GB-SCT or US-NY.'
  if (!isTimeZone(f.timeZone.trim())) errors['timeZone'] = 'Use a time zone such as Europe/London.'
  if (!isLocalTime(f.thankYouCutoff)) errors['thankYouCutoff'] = 'Choose a time, like 12:00.'
  if (!isLocalTime(f.nextDayThankYouBy)) errors['nextDayThankYouBy'] = 'Choose a time, like 10:00.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      ...base,
      region,
      timeZone: f.timeZone.trim(),
      thankYouCutoff: f.thankYouCutoff,
      nextDayThankYouBy: f.nextDayThankYouBy,
      linkedInDelay: { min: n['linkedInMin']!, max: n['linkedInMax']! },
      linkedInLimit: n['linkedInLimit']!,
      followUpGraceDays: n['followUpGraceDays']!,
      noDateFollowUpDays: n['noDateFollowUpDays']!,
      reapproachMonths: n['reapproachMonths']!,
      keepLookingThreshold: n['keepLookingThreshold']!,
    },
  }
}
