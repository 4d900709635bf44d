/**
 * The calendar export: upcoming actions as an iCalendar file (RFC 5545) built with the `ics`
 * package, one short event per action with an alarm ahead of it, so the user's own calendar
 * reminds them even when Afterview is closed.
 */
import { createEvents, type EventAttributes } from 'ics'
import { HostError } from '@shared/ipc/errors'
import type { CalendarItem } from '@shared/notify/wire'

/** Each action becomes an event this long, ending at its due instant. */
export const EVENT_MINUTES = 15
/** The calendar alarm rings this long before the event starts. */
export const ALARM_MINUTES_BEFORE = 30

/** Builds the .ics text for `items`; throws HostError('invalid-payload') if the library refuses. */
export function buildCalendar(items: CalendarItem[]): string {
  const events: EventAttributes[] = items.map((item) => ({
    uid: `${item.id}@afterview.local`,
    title: item.title,
    description: item.description,
    // Ends at the due instant, so the slot sits where the action should be done by.
    start: item.dueAt - EVENT_MINUTES * 60_000,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: EVENT_MINUTES },
    status: 'CONFIRMED',
    busyStatus: 'FREE',
    classification: 'PRIVATE',
    alarms: [
      {
        action: 'display',
        description: item.title,
        trigger: { minutes: ALARM_MINUTES_BEFORE, before: true },
      },
    ],
  }))
  const { error, value } = createEvents(events, {
    productId: 'afterview/reminders',
    calName: 'Afterview follow-ups',
  })
  if (error || value === null) {
    throw new HostError('invalid-payload', 'The calendar could not be built from these actions')
  }
  return value
}
