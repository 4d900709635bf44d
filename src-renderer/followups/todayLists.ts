/**
 * Today's lists, read from the one planner: every action due now or overdue across the open
 * opportunities, and those coming up. Filled in slices of a few milliseconds, so that after
 * unlocking a board of thousands the window paints and answers input at once while the rest is
 * planned; a small board, or a change to one record (the others' plans are cached), is done in
 * the first slice, before the next paint.
 */
import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import type { ActionView } from './plan'
import type { FollowUpPlanner, PlannerSources } from './planner'
import { inSlices } from '../ui/slices'

/** Today's lists over `planner`; create it inside the planner's scope (`planner.within`). */
export function todayLists(planner: FollowUpPlanner, sources: PlannerSources) {
  const open = computed(() =>
    sources.opportunities().filter((o) => o.closed === null || o.stage === 'rejected'),
  )
  /** Every action due now or overdue, most urgent first (see `watchToday` and `progress`). */
  const dueNow = shallowRef<ActionView[]>([])
  /** Actions coming up later, soonest first (complete once `progress` is). */
  const upcoming = shallowRef<ActionView[]>([])
  /** How many open opportunities Today has planned, of how many. */
  const progress = shallowRef({ done: 0, total: 0 })
  let stop = (): void => {}
  /** Screens showing Today's lists: nobody plans the whole board while nobody looks at it. */
  let watchers = 0

  function planToday(): void {
    stop()
    if (watchers === 0) return
    const list: readonly Opportunity[] = open.value
    const due: ActionView[] = []
    const later: ActionView[] = []
    stop = inSlices(
      list.length,
      (i) => {
        for (const a of planner.actionsOf(list[i]!)) {
          if (a.due === 'overdue' || a.due === 'due') due.push(a)
          else if (a.due === 'upcoming') later.push(a)
        }
      },
      {
        onSlice: (done) => (progress.value = { done, total: list.length }),
        onDone: () => {
          dueNow.value = due.sort((a, b) => a.latest - b.latest)
          upcoming.value = later.sort((a, b) => a.earliest - b.earliest)
        },
      },
    )
  }
  watch(
    [
      open,
      planner.minute,
      sources.settings,
      sources.profile,
      sources.referees,
      sources.offerVersion,
    ],
    planToday,
  )

  /**
   * Keeps Today's lists up to date until the returned function is called (a screen's setup and
   * unmount). The first slice runs now, so a small board's lists are complete for its first render.
   */
  function watchToday(): () => void {
    if (watchers++ === 0) planToday()
    let released = false
    return () => {
      if (released) return
      released = true
      // The last one gone: stop planning; what was planned stays cached for next time.
      if (--watchers === 0) stop()
    }
  }

  // Disposed with the planner: a pass still in slices ends too.
  onScopeDispose(() => stop())

  return { dueNow, upcoming, progress, watchToday }
}
