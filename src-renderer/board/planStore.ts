import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import { planFollowUps } from '@shared/rules/planFollowUps'
import { planKeepLooking } from '@shared/rules/keepLooking'
import { useBoardStore } from './store'
import { nextOpen, toView, type ActionView } from './plan'
import { now } from '../clock'

/**
 * The rules engine's actions for every opportunity, at the current minute. The minute ticks so
 * due states move from upcoming to due to overdue while the app stays open. Plans are cached per
 * record object and minute, so a board of a thousand cards plans each card once per change.
 */
export const usePlanStore = defineStore('plan', () => {
  const board = useBoardStore()
  const minute = ref(now())
  let cache = new WeakMap<Opportunity, ActionView[]>()
  let cachedFor: unknown[] = []

  setInterval(() => (minute.value = now()), 60_000)

  function refereeEmail(id: string): string {
    return board.referees.find((r) => r.id === id)?.email ?? ''
  }

  /** The actions of one opportunity, soonest first. */
  function actionsOf(o: Opportunity): ActionView[] {
    const inputs = [minute.value, board.settings, board.profile, board.referees]
    if (inputs.some((x, i) => x !== cachedFor[i])) {
      cache = new WeakMap()
      cachedFor = inputs
    }
    let views = cache.get(o)
    if (!views) {
      try {
        const ctx = { settings: board.settings, profile: board.profile, referees: board.referees }
        views = planFollowUps(o, ctx, minute.value).map((a) => toView(a, o, refereeEmail))
      } catch {
        // A record the rules refuse (an impossible date, say) shows no actions rather than failing
        // the whole board; its form will say what to fix when it is next edited.
        views = []
      }
      cache.set(o, views)
    }
    return views
  }

  /** The next open action of one opportunity. */
  function nextOf(o: Opportunity): ActionView | null {
    return nextOpen(actionsOf(o))
  }

  const open = computed(() =>
    board.opportunities.filter((o) => o.closed === null || o.stage === 'rejected'),
  )

  /** Every action due now or overdue, most urgent first. */
  const dueNow = computed(() =>
    open.value
      .flatMap((o) => actionsOf(o).filter((a) => a.due === 'overdue' || a.due === 'due'))
      .sort((a, b) => a.latest - b.latest),
  )

  /** Actions coming up later, soonest first. */
  const upcoming = computed(() =>
    open.value
      .flatMap((o) => actionsOf(o).filter((a) => a.due === 'upcoming'))
      .sort((a, b) => a.earliest - b.earliest),
  )

  /** The nudge to keep applying when too few applications are live; null when enough are. */
  const keepLooking = computed<ActionView | null>(() => {
    if (board.opportunities.length === 0) return null
    const a = planKeepLooking(board.opportunities, board.settings, minute.value)
    return a ? toView(a, null) : null
  })

  return { minute, actionsOf, nextOf, dueNow, upcoming, keepLooking }
})
