/** The pipeline check: when too few applications are live, a nudge to keep looking. */
import type { ActionState, Opportunity } from '../domain/opportunity'
import type { Settings } from '../domain/settings'
import type { Instant } from '../domain/time'
import { actionId, statusOf } from './actions'
import type { PlannedAction } from './actions'
import { requireInstant, requireIntegerIn } from './errors'

/** True for an opportunity still in play: not closed and not rejected. */
export function isActive(o: Pick<Opportunity, 'closed' | 'stage'>): boolean {
  return o.closed == null && o.stage !== 'rejected'
}

/**
 * A nudge when fewer than `settings.keepLookingThreshold` (default 2) opportunities are active,
 * else null. Its id depends on which opportunities are active, so a nudge marked done (in `states`,
 * kept by the caller) stays done until the pipeline changes. Due from `now` for seven days.
 */
export function planKeepLooking(
  opportunities: readonly Pick<Opportunity, 'id' | 'closed' | 'stage'>[],
  settings: Pick<Settings, 'keepLookingThreshold'>,
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
  const active = opportunities
    .filter(isActive)
    .map((o) => o.id)
    .sort()
  if (active.length >= threshold) return null
  const id = actionId('pipeline', 'keep-looking.thin-pipeline', active.join(','))
  const latest = now + 7 * 86_400_000
  return {
    id,
    opportunityId: null,
    kind: 'keep-looking',
    rule: 'keep-looking.thin-pipeline',
    alsoRules: [],
    earliest: now,
    latest,
    recipient: { kind: 'self' },
    channel: 'reminder',
    ...statusOf(now, latest, now, states[id]),
    draft: null,
  }
}
