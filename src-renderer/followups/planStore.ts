import { defineStore } from 'pinia'
import { computed, markRaw, onScopeDispose } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import { planKeepLooking } from '@shared/rules/keepLooking'
import { useBoardStore } from '../interviews/store'
import { usePlannerSources } from './plannerSources'
import { FollowUpPlanner } from './planner'
import { toView, type ActionView } from './plan'
import { todayLists } from './todayLists'
import { now } from '../clock'

/**
 * The screens' access to the one follow-up planner (planner.ts) over the stores' data: the
 * actions of each opportunity, Today's lists, the reminders, and the keep-looking nudge.
 */
export const usePlanStore = defineStore('plan', () => {
  const board = useBoardStore()
  const sources = usePlannerSources()
  // Raw: the store would otherwise wrap the planner, and its cache, in a reactive proxy.
  const planner = markRaw(
    new FollowUpPlanner({
      sources,
      clock: now,
      onFailure: (id, error) => console.warn(`The follow-ups of ${id} cannot be planned`, error),
    }),
  )
  // Pinia runs a setup store in a scope of its own: disposing of the store disposes the planner.
  onScopeDispose(() => planner.dispose())
  const today = planner.within(() => todayLists(planner, sources))

  /**
   * The nudge to keep applying when too few applications are live, this week's, with what the
   * user did with it (done, skipped, snoozed); null when enough are live.
   */
  const keepLooking = planner.within(() =>
    computed<ActionView | null>(() => {
      if (board.opportunities.length === 0) return null
      const states = board.pipeline.actions
      let a
      try {
        a = planKeepLooking(board.opportunities, board.settings, planner.minute.value, states)
      } catch {
        // Settings the rules refuse (an unknown time zone) show no nudge rather than no Today.
        return null
      }
      return a ? toView(a, { opportunity: null }, states[a.id] ?? null) : null
    }),
  )

  return {
    planner,
    minute: planner.minute,
    actionsOf: (o: Opportunity) => planner.actionsOf(o),
    actionsWithDrafts: (o: Opportunity) => planner.actionsWithDrafts(o),
    nextOf: (o: Opportunity) => planner.nextOf(o),
    failureOf: (o: Opportunity) => planner.failureOf(o),
    dueNow: today.dueNow,
    upcoming: today.upcoming,
    progress: today.progress,
    watchToday: today.watchToday,
    keepLooking,
  }
})
