/**
 * What the renderer and main exchange about reminders. Main keeps only opaque ids and due instants
 * on disk; titles, bodies and the ids of the card they point to live in main's memory only while
 * the vault is unlocked and the user allows detailed notifications.
 */
import * as v from 'valibot'
import { instantSchema } from '../domain/fields'
import type { LocalTime } from '../domain/time'
import type { RequestSchemas } from './part'

/** Longest notification title main accepts, in characters. */
export const MAX_REMINDER_TITLE = 120
/** Longest notification body main accepts, in characters. */
export const MAX_REMINDER_BODY = 400
/** Most reminders one sync may carry: far above a heavy search's upcoming actions. */
export const MAX_REMINDERS = 500
/** Longest calendar description, in characters. */
export const MAX_CALENDAR_DESCRIPTION = 4000

const OPAQUE_ID = /^[A-Za-z0-9_-]{16,64}$/
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** A random id with no relation to what it stands for: 128 bits, base64url. */
export type OpaqueId = string & { readonly __brand?: 'OpaqueId' }

/** Makes a fresh opaque id from the platform's cryptographic random source. */
export function newOpaqueId(): OpaqueId {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  let text = ''
  for (const b of bytes) text += String.fromCharCode(b)
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** True when `value` has the shape of an opaque id. */
export function isOpaqueId(value: unknown): value is OpaqueId {
  return typeof value === 'string' && OPAQUE_ID.test(value)
}

/** Schema of an opaque id. */
export const opaqueIdSchema = v.pipe(v.string(), v.regex(OPAQUE_ID))
const opaqueId = opaqueIdSchema
const localTime = v.pipe(v.string(), v.regex(LOCAL_TIME))
const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(160))

/** One upcoming action as the renderer hands it to main. */
export const reminderSchema = v.strictObject({
  id: opaqueId,
  /** When to notify: the action can be done from now on. Epoch milliseconds. */
  dueAt: instantSchema,
  /** The deadline: after it the action is overdue and counts on the badge. Default `dueAt`. */
  overdueAt: v.optional(instantSchema),
  /** Present only while the user allows detailed notifications. */
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_REMINDER_TITLE))),
  body: v.optional(v.pipe(v.string(), v.maxLength(MAX_REMINDER_BODY))),
  /** The card and action a click opens; kept in memory only, dropped on lock. */
  opportunityId: recordId,
  actionId: recordId,
})

/** One upcoming action as the renderer hands it to main. */
export type Reminder = v.InferOutput<typeof reminderSchema>

/** Quiet hours as two wall-clock times; `start` after `end` spans midnight. */
export const quietHoursSchema = v.nullable(v.strictObject({ start: localTime, end: localTime }))

/** Quiet hours, or null for none. */
export type QuietHours = { start: LocalTime; end: LocalTime } | null

/** The notification settings main keeps, because they must apply while the vault is locked. */
export interface NotifyPreferences {
  /** Default 21:00-08:00. */
  quietHours: QuietHours
  /** Company and person names in notifications while unlocked. Default off. */
  detailedNotifications: boolean
  /** Closing the window keeps Afterview in the tray or menu bar. Default on. */
  keepRunningInTray: boolean
  /** Open Afterview when the user logs in. Default off. */
  startAtLogin: boolean
  /**
   * Calendar events carry the draft in their description. Default off: a synced calendar keeps
   * descriptions on someone else's server, so by default they say only the company and the action.
   */
  draftsInCalendar: boolean
}

/** The preferences of a fresh install. */
export const defaultNotifyPreferences: NotifyPreferences = {
  quietHours: { start: '21:00', end: '08:00' },
  detailedNotifications: false,
  keepRunningInTray: true,
  startAtLogin: false,
  draftsInCalendar: false,
}

/** A change to some of the preferences. */
export const notifyPreferencesPatchSchema = v.strictObject({
  quietHours: v.optional(quietHoursSchema),
  detailedNotifications: v.optional(v.boolean()),
  keepRunningInTray: v.optional(v.boolean()),
  startAtLogin: v.optional(v.boolean()),
  draftsInCalendar: v.optional(v.boolean()),
})

/** One event of the calendar export. The renderer writes the text; main builds the file. */
export const calendarItemSchema = v.strictObject({
  id: opaqueId,
  dueAt: instantSchema,
  /** When the action last changed: the event's LAST-MODIFIED, and its SEQUENCE grows with it. */
  changedAt: instantSchema,
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_REMINDER_TITLE)),
  description: v.pipe(v.string(), v.maxLength(MAX_CALENDAR_DESCRIPTION)),
})

/** One event of the calendar export. */
export type CalendarItem = v.InferOutput<typeof calendarItemSchema>

/** Request schemas of the reminder channels, spread into the IPC contract. */
export const reminderRequestSchemas = {
  /**
   * The full list of upcoming actions, sent whenever it changes while unlocked. A snooze arrives
   * as a later due instant; a done action by its absence.
   */
  'reminders/sync': v.strictObject({
    reminders: v.pipe(v.array(reminderSchema), v.maxLength(MAX_REMINDERS)),
  }),
  /** The vault locked or unlocked: main drops every detail it holds on lock. */
  'reminders/lock-state': v.strictObject({ locked: v.boolean() }),
  /** Asks where to save, then writes an .ics file of these items. */
  'reminders/export-ics': v.strictObject({
    items: v.pipe(v.array(calendarItemSchema), v.minLength(1), v.maxLength(MAX_REMINDERS)),
  }),
  'notify/get-preferences': v.strictObject({}),
  'notify/set-preferences': notifyPreferencesPatchSchema,
} as const satisfies RequestSchemas<ReminderResponses>

/** Response types of the reminder channels. */
export interface ReminderResponses {
  /** How many of the synced actions are past their deadline now (the badge count). */
  'reminders/sync': { overdue: number }
  'reminders/lock-state': null
  /** `saved` is false when the user cancelled the save dialog. */
  'reminders/export-ics': { saved: boolean }
  'notify/get-preferences': NotifyPreferences
  'notify/set-preferences': NotifyPreferences
}

/** Events main pushes about reminders. */
export interface ReminderEvents {
  /** The user clicked a notification: open this card at this action. */
  'reminders/open': { opportunityId: string; actionId: string }
}
