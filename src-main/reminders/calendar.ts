/**
 * The calendar export: upcoming actions as an iCalendar file (RFC 5545) built with the `ics`
 * package, one short event per action from the moment it can be done, with an alarm as it starts,
 * so the user's own calendar reminds them even when Afterview is closed.
 */
import { createEvents, type EventAttributes } from 'ics'
import { HostError } from '@shared/ipc/errors'
import type { CalendarItem } from '@shared/ipc/reminders'

/** Each action becomes an event this long, starting when it can be done. */
export const EVENT_MINUTES = 15

/** Builds the .ics text for `items`; throws HostError('invalid-payload') if the library refuses. */
export function buildCalendar(items: CalendarItem[]): string {
  const events: EventAttributes[] = items.map((item) => ({
    uid: `${item.id}@afterview.local`,
    title: item.title,
    description: item.description,
    start: item.dueAt,
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
        // An absolute trigger: ics writes an empty duration for zero minutes, which calendars refuse.
        trigger: item.dueAt,
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
