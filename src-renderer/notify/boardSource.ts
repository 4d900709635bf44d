/**
 * Reminders follow the board: while its records are loaded (the vault is open) the upcoming
 * actions are the rules' plan over every opportunity; a snooze or done recorded through the
 * board's setActionState re-plans, and the new list goes to main. The ids main sees are kept
 * beside the board's records, encrypted with them.
 *
 * A board can hold ten thousand records, so: each record's reminders are cached per record
 * object (a move re-plans one record, not all), they are planned without drafts (reminders carry
 * instants and labels; the calendar export asks for the few drafts it shows), and the first
 * pass after unlocking runs in slices, so the window answers input meanwhile.
 */
import { shallowRef, watch } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import { planOrNull, upcomingOf } from '@shared/notify/upcoming'
import { useBoardStore } from '../board/store'
import { useFollowUpContext, type OfferInputs } from '../board/followUpContext'
import { useSessionStore } from '../session/store'
import { SINGLE_ROW } from '../session/tables'
import { now } from '../clock'
import { inSlices, nextTask } from '../ui/slices'
import type { ReminderSource, UpcomingAction } from './source'

/** The board as the reminder store's source. */
export function boardReminderSource(): ReminderSource {
  const board = useBoardStore()
  const followUp = useFollowUpContext()
  const sessions = useSessionStore()
  const actions = shallowRef<UpcomingAction[]>([])
  /** True once the records loaded at unlock have all been planned. */
  const ready = shallowRef(false)
  let cache = new WeakMap<Opportunity, { inputs: OfferInputs; list: UpcomingAction[] }>()
  let cachedFor: unknown[] = []
  let stop = (): void => {}

  // Re-planned when the records change, not every minute: due instants do not move with time.
  // An opportunity's offer and its start plan's break are inputs too (the contract reminder).
  function upcomingFor(o: Opportunity, at: number): UpcomingAction[] {
    const inputs = followUp.offerInputs(o)
    const cached = cache.get(o)
    if (cached && followUp.sameInputs(cached.inputs, inputs)) return cached.list
    const plan = planOrNull(o, followUp.contextOf(o, false, inputs), at)
    const list = plan ? upcomingOf(o, plan) : []
    cache.set(o, { inputs, list })
    return list
  }

  function replan(): void {
    stop()
    if (!board.loaded) {
      ready.value = false
      actions.value = []
      cache = new WeakMap()
      return
    }
    const inputs = [board.settings, board.profile, board.referees]
    if (inputs.some((x, i) => x !== cachedFor[i])) {
      cache = new WeakMap()
      cachedFor = inputs
    }
    const list = board.opportunities
    const at = now()
    const out: UpcomingAction[] = []
    stop = inSlices(list.length, (i) => out.push(...upcomingFor(list[i]!, at)), {
      onDone: () => {
        actions.value = out.sort((a, b) => a.dueAt - b.dueAt)
        ready.value = true
      },
    })
  }
  // In a task of its own: a move or a mark-done paints first, and main hears of it just after.
  let scheduled = false
  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    nextTask(() => {
      scheduled = false
      replan()
    })
  }
  watch(
    [
      () => board.loaded,
      () => board.opportunities,
      () => board.settings,
      () => board.profile,
      () => board.referees,
      followUp.version,
    ],
    schedule,
    { immediate: true },
  )

  return {
    // Main hears of the unlock once the first plan is complete, never with a partial list.
    unlocked: () => board.loaded && ready.value,
    actions: () => actions.value,
    draftOf(action) {
      const o = board.byId.get(action.opportunityId)
      const plan = o ? planOrNull(o, followUp.contextOf(o, true), now()) : null
      if (!o || !plan) return null
      return upcomingOf(o, plan).find((a) => a.actionId === action.actionId)?.draft ?? null
    },
    ids: {
      async load() {
        const { rows } = await sessions.repositories().reminderIds.load()
        return rows.find((r) => r.id === SINGLE_ROW.reminderIds)?.value ?? {}
      },
      async save(ids) {
        await sessions.repositories().reminderIds.save(SINGLE_ROW.reminderIds, () => ids)
      },
    },
  }
}
