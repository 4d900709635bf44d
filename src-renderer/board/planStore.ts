import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import { planFollowUps } from '@shared/rules/planFollowUps'
import { planKeepLooking } from '@shared/rules/keepLooking'
import { useBoardStore } from './store'
import { useFollowUpContext, type OfferInputs } from './followUpContext'
import { nextOpen, toView, type ActionView } from './plan'
import { now } from '../clock'
import { inSlices } from '../ui/slices'

/** One opportunity's planned actions and the offer-side inputs they were planned with. */
interface Planned {
  inputs: OfferInputs
  views: ActionView[]
}

/**
 * The rules engine's actions for every opportunity, at the current minute. The minute ticks so
 * due states move from upcoming to due to overdue while the app stays open. Plans are cached per
 * record object and minute, so a board of a thousand cards plans each card once per change; an
 * opportunity's offer (from the offer store) and the break chosen on its start plan are inputs
 * too, so a changed offer re-plans its own opportunity only.
 *
 * Lists (Today, the cards, referees, insights) get actions without drafts: writing and comparing
 * drafts is most of the planner's work and memory, and only the detail view shows them.
 */
export const usePlanStore = defineStore('plan', () => {
  const board = useBoardStore()
  const followUp = useFollowUpContext()
  const minute = ref(now())
  let lists = new WeakMap<Opportunity, Planned>()
  let full = new WeakMap<Opportunity, Planned>()
  let cachedFor: unknown[] = []

  setInterval(() => (minute.value = now()), 60_000)

  function refereeEmail(id: string): string {
    return board.referees.find((r) => r.id === id)?.email ?? ''
  }

  function plan(o: Opportunity, drafts: boolean): ActionView[] {
    const inputs = [minute.value, board.settings, board.profile, board.referees]
    if (inputs.some((x, i) => x !== cachedFor[i])) {
      lists = new WeakMap()
      full = new WeakMap()
      cachedFor = inputs
    }
    const cache = drafts ? full : lists
    const offerInputs = followUp.offerInputs(o)
    const cached = cache.get(o)
    if (cached && followUp.sameInputs(cached.inputs, offerInputs)) return cached.views
    let views: ActionView[]
    try {
      const ctx = followUp.contextOf(o, drafts, offerInputs)
      views = planFollowUps(o, ctx, minute.value).map((a) => toView(a, o, refereeEmail))
    } catch {
      // A record the rules refuse (an impossible date, say) shows no actions rather than failing
      // the whole board; its form will say what to fix when it is next edited.
      views = []
    }
    cache.set(o, { inputs: offerInputs, views })
    return views
  }

  /** The actions of one opportunity, soonest first, without drafts (`draft` is null). */
  function actionsOf(o: Opportunity): ActionView[] {
    return plan(o, false)
  }

  /** The actions of one opportunity with their drafts, for the detail view. */
  function actionsWithDrafts(o: Opportunity): ActionView[] {
    return plan(o, true)
  }

  /** The next open action of one opportunity. */
  function nextOf(o: Opportunity): ActionView | null {
    return nextOpen(actionsOf(o))
  }

  const open = computed(() =>
    board.opportunities.filter((o) => o.closed === null || o.stage === 'rejected'),
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

  /**
   * Fills Today's lists in slices of a few milliseconds, so that after unlocking a board of
   * thousands the window paints and answers input at once while the rest is planned. A small
   * board, or a change to one record (the others' plans are cached), is done in the first slice,
   * before the next paint.
   */
  function planToday(): void {
    stop()
    if (watchers === 0) return
    const list = open.value
    const due: ActionView[] = []
    const later: ActionView[] = []
    stop = inSlices(
      list.length,
      (i) => {
        for (const a of actionsOf(list[i]!)) {
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
      minute,
      () => board.settings,
      () => board.profile,
      () => board.referees,
      followUp.version,
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

  /**
   * The nudge to keep applying when too few applications are live, this week's, with what the
   * user did with it (done, skipped, snoozed); null when enough are live.
   */
  const keepLooking = computed<ActionView | null>(() => {
    if (board.opportunities.length === 0) return null
    const states = board.pipeline.actions
    let a
    try {
      a = planKeepLooking(board.opportunities, board.settings, minute.value, states)
    } catch {
      // Settings the rules refuse (an unknown time zone) show no nudge rather than no Today.
      return null
    }
    return a ? { ...toView(a, null), state: states[a.id] ?? null } : null
  })

  return {
    minute,
    actionsOf,
    actionsWithDrafts,
    nextOf,
    dueNow,
    upcoming,
    progress,
    watchToday,
    keepLooking,
  }
})
