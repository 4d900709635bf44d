import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import { useBoardStore } from './store'
import { nextOpen, withState, type ActionView, type PlannedAction, type Planner } from './plan'
import { now } from '../clock'

let planner: Planner = () => []

/** Sets the function that plans actions (the rules engine's follow-up planner). */
export function setPlanner(p: Planner): void {
  planner = p
}

/**
 * The actions of every opportunity at the current minute. The minute ticks so due states move
 * from upcoming to due today to overdue while the app stays open.
 */
export const usePlanStore = defineStore('plan', () => {
  const board = useBoardStore()
  const minute = ref(now())
  let cache = new WeakMap<Opportunity, PlannedAction[]>()
  let cachedSettings = board.settings

  setInterval(() => (minute.value = now()), 60_000)

  /** The raw plan of one opportunity, cached per record object and settings. */
  function planOf(o: Opportunity): PlannedAction[] {
    if (cachedSettings !== board.settings) {
      cachedSettings = board.settings
      cache = new WeakMap()
    }
    let plan = cache.get(o)
    if (!plan) {
      try {
        plan = planner(o, board.settings, minute.value)
      } catch {
        // A record the rules cannot plan (e.g. a date they refuse) shows no actions, not a crash.
        plan = []
      }
      cache.set(o, plan)
    }
    return plan
  }

  /** The actions of one opportunity with the user's state applied. */
  function actionsOf(o: Opportunity): ActionView[] {
    return withState(planOf(o), o, minute.value, board.settings.timeZone)
  }

  /** The next open action of one opportunity. */
  function nextOf(o: Opportunity): ActionView | null {
    return nextOpen(actionsOf(o))
  }

  /** Every open action due today or overdue on open opportunities, most urgent first. */
  const dueNow = computed(() =>
    board.opportunities
      .filter((o) => o.closed === null)
      .flatMap((o) => actionsOf(o).filter((a) => a.due === 'overdue' || a.due === 'due-today'))
      .sort((a, b) => a.latest - b.latest),
  )

  /** Open actions coming up later, soonest first. */
  const upcoming = computed(() =>
    board.opportunities
      .filter((o) => o.closed === null)
      .flatMap((o) => actionsOf(o).filter((a) => a.due === 'upcoming'))
      .sort((a, b) => a.earliest - b.earliest),
  )

  /** The nudge to keep applying when the pipeline is thin; null when it is healthy. */
  const keepLooking = computed<ActionView | null>(() => null)

  return { minute, actionsOf, nextOf, dueNow, upcoming, keepLooking }
})
