import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { IsoDate } from '@shared/domain'
import { makePlan, type PlanChoices, type PlanResult } from '@shared/startPlan/plan'
import { defaultChoices, type EditedMessage, type PlanRecord } from '@shared/startPlan/record'
import type { StartConflict } from '@shared/rules/startPlan'
import { useBoardStore } from '../interviews/store'
import { now } from '../clock'
import { useOfferStore } from '../offers/offerStore'
import { sessionRef, useSessionStore } from '../session/store'
import { useProfileStore } from '../settings/profileStore'

type ConflictKind = StartConflict['kind']

/**
 * The start plan: which offer it is for, the choices made for each offer and the start-date
 * messages the user rewrote, kept in the vault as one record per offer. The plan itself is worked
 * out from the offer, the current job and the board's settings (region and time zone).
 */
export const useStartPlanStore = defineStore('start-plan', () => {
  const board = useBoardStore()
  const offers = useOfferStore()
  const profile = useProfileStore()
  const sessions = useSessionStore()
  const repository = () => sessions.repositories().plans
  /** Saved plans by offer id. */
  const saved = sessionRef<Record<string, PlanRecord>>(() => ({}))
  /** Offers whose saved plan could not be read: the record stays until the plan is changed. */
  const unreadable = sessionRef<string[]>(() => [])
  /** The offer picked on the screen this session; null for the default. */
  const offerId = sessionRef<string | null>(() => null)
  /** How the last save of a plan went. */
  const saveState = computed(() => sessions.saveStateOf('plans'))

  /** Reads the saved plans from the session, once per session. */
  function load(): Promise<void> {
    return sessions.session().own('plans:load', async () => {
      const table = await repository().load()
      const next: Record<string, PlanRecord> = {}
      const bad = table.unreadable.map((r) => r.id)
      for (const row of table.rows) {
        if (row.value.offerId === row.id) next[row.id] = row.value
        else bad.push(row.id)
      }
      saved.value = next
      unreadable.value = bad
    })
  }

  /** Offers a plan can be made for: every one not declined. */
  const candidates = computed(() => offers.entries.filter((e) => e.offer.decision !== 'declined'))
  /** The offer the plan is for: the one picked, else the accepted one, else the first. */
  const entry = computed(
    () =>
      candidates.value.find((e) => e.offer.id === offerId.value) ??
      candidates.value.find((e) => e.offer.decision === 'accepted') ??
      candidates.value[0] ??
      null,
  )

  function recordOf(id: string): PlanRecord {
    return saved.value[id] ?? { offerId: id, choices: defaultChoices(board.settings), messages: {} }
  }

  /** The choices for the offer shown. */
  const choices = computed<PlanChoices>(() =>
    entry.value ? recordOf(entry.value.offer.id).choices : defaultChoices(board.settings),
  )
  /** The rewritten messages for the offer shown, by conflict kind. */
  const messages = computed(() => (entry.value ? recordOf(entry.value.offer.id).messages : {}))
  /** True when the offer shown had a saved plan that could not be read. */
  const shownUnreadable = computed(
    () => entry.value !== null && unreadable.value.includes(entry.value.offer.id),
  )

  /** The plan for the offer shown, in the user's region and time zone, or why there is none. */
  const result = computed<PlanResult | null>(() =>
    entry.value
      ? makePlan(
          entry.value,
          profile.profile.currentJob,
          choices.value,
          board.settings,
          profile.profile.name,
          now(),
        )
      : null,
  )

  /** Saves a change to the plan of the offer shown; the screen shows it once it is saved. */
  async function update(change: (r: PlanRecord) => PlanRecord): Promise<void> {
    const id = entry.value?.offer.id
    if (!id) return
    // The screen shows this plan as unreadable, so a change to it is the choice to replace it.
    if (unreadable.value.includes(id)) repository().allowReplacing(id)
    await repository().save(
      id,
      () => change(recordOf(id)),
      (next) => {
        saved.value = { ...saved.value, [id]: next }
        unreadable.value = unreadable.value.filter((x) => x !== id)
      },
    )
  }

  /** Changes some of the choices for the offer shown. */
  function setChoices(change: Partial<PlanChoices>): Promise<void> {
    return update((r) => ({ ...r, choices: { ...r.choices, ...change } }))
  }

  /** Keeps the user's wording of a start-date message, with the date the plan suggested then. */
  function editMessage(kind: ConflictKind, text: string, counterDate: IsoDate): Promise<void> {
    const message: EditedMessage = { text, counterDate }
    return update((r) => ({ ...r, messages: { ...r.messages, [kind]: message } }))
  }

  /** Goes back to the suggested message for a conflict. */
  function resetMessage(kind: ConflictKind): Promise<void> {
    return update((r) => {
      const rest = { ...r.messages }
      delete rest[kind]
      return { ...r, messages: rest }
    })
  }

  /** The message texts the user rewrote, by conflict kind, for the export. */
  const editedTexts = computed(() =>
    Object.fromEntries(Object.entries(messages.value).map(([kind, m]) => [kind, m.text])),
  )

  // An offer deleted takes its plan with it: the choices and messages were about that offer.
  offers.$onAction(({ name, args, after }) => {
    if (name !== 'remove') return
    const [id] = args as [string]
    after(async () => {
      if (!(id in saved.value) && !unreadable.value.includes(id)) return
      await repository().remove(id, () => {
        const rest = { ...saved.value }
        delete rest[id]
        saved.value = rest
        unreadable.value = unreadable.value.filter((x) => x !== id)
      })
    })
  })

  return {
    saved,
    unreadable,
    saveState,
    offerId,
    candidates,
    entry,
    choices,
    messages,
    editedTexts,
    shownUnreadable,
    result,
    load,
    setChoices,
    editMessage,
    resetMessage,
  }
})
