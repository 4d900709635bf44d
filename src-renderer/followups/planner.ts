/**
 * The one follow-up planner of the renderer: the rules engine's plan of every opportunity,
 * computed once per record and kept in one cache, from which Today, the cards, the detail view,
 * the reminders sent to main, the .ics and the exports all read. Whoever owns the unlocked data
 * constructs it with its sources and disposes of it on lock.
 *
 * The cache holds one entry per record object (a move re-plans one record, not the board) and is
 * emptied when a board-wide input changes (settings, profile, referees). A plan is made once; as
 * the minute ticks only the due states move (`statusAt`), so a board of thousands is not planned
 * again every minute. Drafts are written only when asked for (the detail view, a calendar
 * export): they are most of the planner's work and memory.
 *
 * One error policy: an opportunity whose plan cannot be made (an impossible date, say) is
 * reported through `failureOf` and `onFailure` and shows no actions; the others still plan.
 */
import { effectScope, ref, shallowRef, watch, type Ref } from 'vue'
import type { Opportunity } from '@shared/domain/opportunity'
import type { Profile, Referee } from '@shared/domain/people'
import type { Settings } from '@shared/domain/settings'
import type { Instant } from '@shared/domain/time'
import type { Offer } from '@shared/domain/offer'
import { statusAt, type PlannedAction } from '@shared/rules/actions'
import type { PlanContext } from '@shared/rules/planEnv'
import { planFollowUps } from '@shared/rules/planFollowUps'
import { upcomingOf, type UpcomingAction } from '@shared/reminders/upcoming'
import type { PresentedDraft } from '@shared/presenters/action'
import { nextOpen, toView, type ActionView } from './plan'
import { inSlices, nextTask } from '../ui/slices'

/** What an opportunity's plan depends on besides its record and the board-wide inputs. */
export interface OfferInputs {
  /** The opportunity's offer (the one received last), or null. */
  offer: Offer | null
  /** The break chosen on the start plan for that offer, in calendar days. */
  breakDays: number
}

/** Where the planner reads its inputs. Getters are read inside watchers: keep them reactive. */
export interface PlannerSources {
  /** True while the records are loaded (the vault is open). */
  loaded(): boolean
  opportunities(): readonly Opportunity[]
  /** One loaded opportunity by id. */
  opportunity(id: string): Opportunity | undefined
  settings(): Settings
  profile(): Profile
  referees(): readonly Referee[]
  /** The offer-side inputs of `o`. */
  offerInputs(o: Opportunity): OfferInputs
  /** Changes whenever any opportunity's offer-side inputs may have changed. */
  offerVersion(): unknown
}

/** What the planner needs to run. */
export interface PlannerDeps {
  sources: PlannerSources
  /** The current instant (epoch ms). */
  clock: () => Instant
  /** Told once per record whose plan could not be made, with the rules' error. */
  onFailure?: (opportunityId: string, error: unknown) => void
}

interface Entry {
  offer: OfferInputs
  lean?: PlannedAction[]
  full?: PlannedAction[]
  failure?: unknown
  views?: { at: Instant; list: ActionView[] }
  fullViews?: { at: Instant; list: ActionView[] }
  reminders?: UpcomingAction[]
}

const sameOffer = (a: OfferInputs, b: OfferInputs) =>
  a.offer === b.offer && a.breakDays === b.breakDays

/** The planner and its one cache; see the file's header. */
export class FollowUpPlanner {
  /** The current minute (epoch ms): due states follow it while the app stays open. */
  readonly minute: Ref<Instant>
  /** Every upcoming action of every record, soonest first, for reminders and the calendar. */
  readonly reminders = shallowRef<UpcomingAction[]>([])
  /** True once the records loaded at unlock have all been planned for reminders. */
  readonly remindersReady = shallowRef(false)

  private cache = new WeakMap<Opportunity, Entry>()
  private cachedFor: unknown[] = []
  private readonly scope = effectScope(true)
  private readonly timer: ReturnType<typeof setInterval>
  private stopReminders = (): void => {}
  private disposed = false

  constructor(private readonly deps: PlannerDeps) {
    this.minute = ref(deps.clock())
    this.timer = setInterval(() => (this.minute.value = deps.clock()), 60_000)
    this.scope.run(() => this.followForReminders())
  }

  /** The actions of one opportunity at the current minute, without drafts (`draft` is null). */
  actionsOf(o: Opportunity): ActionView[] {
    return this.views(o, false)
  }

  /** The actions of one opportunity with their drafts, for the detail view and the calendar. */
  actionsWithDrafts(o: Opportunity): ActionView[] {
    return this.views(o, true)
  }

  /** The next open action of one opportunity. */
  nextOf(o: Opportunity): ActionView | null {
    return nextOpen(this.actionsOf(o))
  }

  /** Why `o` could not be planned, or null when its plan was made. */
  failureOf(o: Opportunity): unknown {
    const e = this.entry(o)
    this.planned(o, e, false)
    return e.failure ?? null
  }

  /** The draft that would be sent for an upcoming action, written on demand. */
  draftOf(a: Pick<UpcomingAction, 'opportunityId' | 'actionId'>): PresentedDraft | null {
    const o = this.deps.sources.opportunity(a.opportunityId)
    if (!o) return null
    return this.actionsWithDrafts(o).find((x) => x.id === a.actionId)?.toSend ?? null
  }

  /** Runs `fn` in the planner's reactive scope, so its watchers end with the planner. */
  within<T>(fn: () => T): T {
    return this.scope.run(fn) as T
  }

  /** Stops the clock and every watcher, and forgets every plan (on lock). */
  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    clearInterval(this.timer)
    this.stopReminders()
    this.scope.stop()
    this.cache = new WeakMap()
    this.reminders.value = []
    this.remindersReady.value = false
  }

  private entry(o: Opportunity): Entry {
    const s = this.deps.sources
    const inputs = [s.settings(), s.profile(), s.referees()]
    if (inputs.some((x, i) => x !== this.cachedFor[i])) {
      this.cache = new WeakMap()
      this.cachedFor = inputs
    }
    const offer = s.offerInputs(o)
    let e = this.cache.get(o)
    if (!e || !sameOffer(e.offer, offer)) {
      e = { offer }
      this.cache.set(o, e)
    }
    return e
  }

  private contextOf(offer: OfferInputs, drafts: boolean): PlanContext {
    const s = this.deps.sources
    const settings = s.settings()
    return {
      settings:
        offer.breakDays === settings.breakDays
          ? settings
          : { ...settings, breakDays: offer.breakDays },
      profile: s.profile(),
      referees: s.referees(),
      offer: offer.offer,
      drafts,
    }
  }

  private planned(o: Opportunity, e: Entry, drafts: boolean): PlannedAction[] {
    const made = drafts ? e.full : e.lean
    if (made) return made
    let plan: PlannedAction[] = []
    if (e.failure === undefined) {
      try {
        plan = planFollowUps(o, this.contextOf(e.offer, drafts), this.deps.clock())
      } catch (error) {
        e.failure = error
        this.deps.onFailure?.(o.id, error)
      }
    }
    if (drafts) e.full = plan
    else e.lean = plan
    return plan
  }

  private views(o: Opportunity, drafts: boolean): ActionView[] {
    const at = this.minute.value
    const e = this.entry(o)
    const shown = drafts ? e.fullViews : e.views
    if (shown?.at === at) return shown.list
    const ctx = { opportunity: o, referees: this.deps.sources.referees() }
    const restated = this.planned(o, e, drafts).map((a) => ({
      ...a,
      ...statusAt(a, at, o.actions[a.id]),
    }))
    // The same states as a minute ago: keep the same list, so nothing shown renders again.
    const list =
      shown && restated.every((a, i) => a.status === shown.list[i]?.status)
        ? shown.list
        : restated.map((a) => toView(a, ctx, o.actions[a.id] ?? null))
    if (drafts) e.fullViews = { at, list }
    else e.views = { at, list }
    return list
  }

  private remindersOf(o: Opportunity): UpcomingAction[] {
    const e = this.entry(o)
    e.reminders ??= upcomingOf(o, this.planned(o, e, false), this.deps.sources.referees())
    return e.reminders
  }

  /**
   * Reminders follow the records, not the minute (due instants do not move with time). The
   * first pass after unlocking runs in slices, so the window answers input meanwhile; a change
   * waits for a task of its own, so a move or a mark-done paints first and main hears just after.
   */
  private followForReminders(): void {
    const s = this.deps.sources
    const replan = (): void => {
      this.stopReminders()
      if (this.disposed) return
      if (!s.loaded()) {
        // Locked: nothing planned from the records stays behind.
        this.cache = new WeakMap()
        this.remindersReady.value = false
        this.reminders.value = []
        return
      }
      const list = s.opportunities()
      const out: UpcomingAction[] = []
      this.stopReminders = inSlices(list.length, (i) => out.push(...this.remindersOf(list[i]!)), {
        onDone: () => {
          this.reminders.value = out.sort((a, b) => a.dueAt - b.dueAt)
          this.remindersReady.value = true
        },
      })
    }
    let scheduled = false
    watch(
      [s.loaded, s.opportunities, s.settings, s.profile, s.referees, s.offerVersion],
      () => {
        if (scheduled) return
        scheduled = true
        nextTask(() => {
          scheduled = false
          replan()
        })
      },
      { immediate: true },
    )
  }
}
