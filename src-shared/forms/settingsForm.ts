/**
 * The settings of the rules as the user types them, checked field by field: a bad value gets a
 * message and the rest of the form keeps what was typed.
 */
import type { Settings } from '../domain/settings'
import { isLocalTime } from '../domain/time'
import { choiceName, pickChoice } from '../domain/choice'
import { isTimeZone, timeZoneChoices } from '../domain/zoned'
import { regionChoices } from '../rules/calendar'
import { isKnownRegion } from '../rules/holidayData'

/** The editable rule defaults, as text. Region and time zone hold names ("Scotland", "London"). */
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
    region: choiceName(s.region, regionChoices()),
    timeZone: choiceName(s.timeZone, timeZoneChoices()),
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

/**
 * The region code `text` names: a name from the list ("Scotland") or any code date-holidays knows,
 * including the smaller regions the list leaves out (`DE-BY-A`). Null when it names none.
 */
function readRegion(text: string): string | null {
  const picked = pickChoice(text, regionChoices())
  if (picked !== null) return picked
  const code = text.trim().toUpperCase()
  return isKnownRegion(code) ? code : null
}

/** The time zone `text` names: a city from the list ("London") or any zone id the platform knows. */
function readTimeZone(text: string): string | null {
  const picked = pickChoice(text, timeZoneChoices())
  if (picked !== null) return picked
  return isTimeZone(text.trim()) ? text.trim() : null
}

/**
 * The hint under the region field, following what is typed: which holidays count once a region
 * is recognised, how to pick one before that.
 */
export function regionHint(text: string): string {
  const code = readRegion(text)
  if (code === null)
    return 'Type a country or state, like Scotland or Bayern, and pick it from the list.'
  return `${code}: the public holidays of ${choiceName(code, regionChoices())} are not counted as working days.`
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
  const region = readRegion(f.region)
  if (region === null)
    errors['region'] =
      'Region for public holidays: pick a country or state from the list, like Scotland.'
  const timeZone = readTimeZone(f.timeZone)
  if (timeZone === null) errors['timeZone'] = 'Time zone: pick a city from the list, like London.'
  if (!isLocalTime(f.thankYouCutoff)) errors['thankYouCutoff'] = 'Choose a time, like 12:00.'
  if (!isLocalTime(f.nextDayThankYouBy)) errors['nextDayThankYouBy'] = 'Choose a time, like 10:00.'
  if (Object.keys(errors).length > 0 || region === null || timeZone === null)
    return { ok: false, errors }
  return {
    ok: true,
    value: {
      ...base,
      region,
      timeZone,
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
