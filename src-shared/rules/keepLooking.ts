/** The pipeline check: when too few applications are live, a nudge to keep looking. */
import type { ActionState, Opportunity } from '../domain/opportunity'
import type { Settings } from '../domain/settings'
import type { Instant, IsoDate } from '../domain/time'
import { actionId, statusOf } from './actions'
import type { PlannedAction } from './actions'
import { addDays, weekday } from './dates'
import { requireInstant, requireIntegerIn, requireTimeZone } from './errors'
import { endOfDay, zonedDate } from '../domain/zoned'

/** True for an opportunity still in play: not closed and not rejected. */
export function isActive(o: Pick<Opportunity, 'closed' | 'stage'>): boolean {
  return o.closed == null && o.stage !== 'rejected'
}

/**
 * The week a keep-looking nudge belongs to: from Monday (`start`, an ISO date) to the last
 * millisecond of Sunday (`end`, epoch ms), in `timeZone`, around `now`.
 */
export function keepLookingWeek(now: Instant, timeZone: string): { start: IsoDate; end: Instant } {
  const tz = requireTimeZone(timeZone)
  const date = zonedDate(now, tz)
  const start = addDays(date, 1 - weekday(date))
  return { start, end: endOfDay(addDays(start, 6), tz) }
}

/**
 * A nudge when fewer than `settings.keepLookingThreshold` (default 2) opportunities are active,
 * else null. Due from `now` until the end of the week (Sunday, in `settings.timeZone`).
 *
 * The nudge is weekly. Its id is that of the week (Monday to Sunday in the user's time zone), not
 * of the opportunities, and `states` (kept by the caller, who needs only the current week's)
 * settle it:
 * - done or skipped, it stays settled for the rest of that week whatever the pipeline does: the
 *   user has answered "keep applying" for this week, and adding or losing an application should
 *   not bring the same advice straight back;
 * - snoozed, it returns when the snooze ends (a snooze past Sunday meets next week's nudge);
 * - a new week with the pipeline still thin raises a new nudge, due at once: that is when the
 *   advice is worth giving again. A pipeline that recovers shows nothing.
 */
export function planKeepLooking(
  opportunities: readonly Pick<Opportunity, 'id' | 'closed' | 'stage'>[],
  settings: Pick<Settings, 'keepLookingThreshold' | 'timeZone'>,
  now: Instant,
  states: Readonly<Record<string, ActionState>> = {},
): PlannedAction | null {
  requireInstant(now, 'now')
  const threshold = requireIntegerIn(
    settings.keepLookingThreshold,
    0,
    1000,
    'settings.keepLookingThreshold',
  )
  const active = opportunities.filter(isActive).length
  if (active >= threshold) return null
  const week = keepLookingWeek(now, settings.timeZone)
  const id = actionId('pipeline', 'keep-looking.thin-pipeline', week.start)
  return {
    id,
    opportunityId: null,
    kind: 'keep-looking',
    rule: 'keep-looking.thin-pipeline',
    alsoRules: [],
    earliest: now,
    latest: week.end,
    recipient: { kind: 'self' },
    channel: 'reminder',
    ...statusOf(now, week.end, now, states[id]),
    draft: null,
  }
}
