import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type {
  ActionState,
  Message,
  Opportunity,
  Rejection,
  Stage,
} from '@shared/domain/opportunity'
import type { AttachmentRef } from '@shared/domain/attachment'
import type { Profile, Referee } from '@shared/domain/people'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import { closeAs, moveTo, STAGE_LABELS } from '@shared/board/stages'
import { emptyPipeline, type PipelineRecord } from '@shared/board/records'
import { CLOSURE_LABELS } from '@shared/board/stages'
import type { Closure } from '@shared/domain/opportunity'
import { persistence } from './persistence'
import { useProfileStore } from '../plan/profileStore'
import { useUndoStore } from '../shell/undo'
import { discardFiles } from '../vault/attachments'
import { newId, now } from '../clock'
import { mark } from '../perf/marks'

/** Called after an action's state changed, so reminders can follow (see notify). */
export type ActionListener = (opportunity: Opportunity, actionId: string) => void

/**
 * The board's records in memory, and every change to them. Changes are saved at once; deletes and
 * moves show a toast with Undo.
 */
export const useBoardStore = defineStore('board', () => {
  // A shallowRef: the list can hold thousands of records and is replaced, never mutated deeply.
  const opportunities = shallowRef<Opportunity[]>([])
  const referees = shallowRef<Referee[]>([])
  const settings = ref<Settings>({ ...defaultSettings })
  /** What the user did with the nudges that belong to no opportunity (keep looking). */
  const pipeline = shallowRef<PipelineRecord>(emptyPipeline())
  // One owner for the profile (the start plan's store): drafts are signed with its name.
  const profiles = useProfileStore()
  const profile = computed<Profile>(() => profiles.profile)
  const loaded = ref(false)
  const unreadable = ref(0)
  const saveFailed = ref(false)
  const undo = useUndoStore()
  const actionListeners = new Set<ActionListener>()

  const byId = computed(() => new Map(opportunities.value.map((o) => [o.id, o])))

  /** Reads everything from storage (after unlock). */
  async function load(): Promise<void> {
    mark('willLoadRecords')
    const data = await persistence().loadAll()
    opportunities.value = data.opportunities.sort((a, b) => b.createdAt - a.createdAt)
    referees.value = data.referees.sort((a, b) => a.name.localeCompare(b.name))
    settings.value = data.settings
    pipeline.value = data.pipeline
    unreadable.value = data.unreadable
    loaded.value = true
    // Now, not after `await load()`: the first render would run before the caller resumes.
    mark('didLoadRecords')
  }

  /** Forgets every decrypted record (on lock). */
  function clear(): void {
    opportunities.value = []
    referees.value = []
    settings.value = { ...defaultSettings }
    pipeline.value = emptyPipeline()
    loaded.value = false
    unreadable.value = 0
    undo.clear()
  }

  /** Runs a write, and notes whether it failed so the shell can say so. */
  async function persist(write: () => Promise<void>): Promise<void> {
    saveFailed.value = false
    try {
      await write()
    } catch (error) {
      saveFailed.value = true
      throw error
    }
  }

  /** Adds or replaces an opportunity and saves it. */
  async function save(o: Opportunity): Promise<void> {
    await persist(() => persistence().saveOpportunity(o))
    const exists = byId.value.has(o.id)
    opportunities.value = exists
      ? opportunities.value.map((x) => (x.id === o.id ? o : x))
      : [o, ...opportunities.value]
  }

  /** Applies `change` to one opportunity and saves it; returns the result. */
  async function update(id: string, change: (o: Opportunity) => Opportunity): Promise<Opportunity> {
    const before = byId.value.get(id)
    if (!before) throw new Error(`No opportunity ${id}`)
    const after = change(before)
    await save(after)
    return after
  }

  /** Deletes an opportunity, with Undo; its attachment files go once Undo is no longer offered. */
  async function remove(id: string): Promise<void> {
    const before = byId.value.get(id)
    if (!before) return
    await persistence().removeOpportunity(id)
    opportunities.value = opportunities.value.filter((o) => o.id !== id)
    const files = before.attachments ?? []
    undo.show(
      `Deleted ${before.company}.`,
      () => save(before),
      files.length ? () => discardFiles(files) : undefined,
    )
  }

  /** Moves an opportunity to a column, with Undo; returns the sentence to announce. */
  async function move(id: string, to: Stage, rejection?: Rejection): Promise<string> {
    const before = byId.value.get(id)
    if (!before) return ''
    await update(id, (o) => moveTo(o, to, now(), rejection))
    const text = `Moved ${before.company} to ${STAGE_LABELS[to]}.`
    undo.show(text, () => save(before))
    return text
  }

  /** Closes an opportunity (takes it off the board) or reopens it, with Undo. */
  async function close(id: string, closure: Closure | null): Promise<string> {
    const before = byId.value.get(id)
    if (!before) return ''
    await update(id, (o) => closeAs(o, closure, now()))
    const text = closure
      ? `${before.company} closed as ${CLOSURE_LABELS[closure].toLowerCase()}.`
      : `${before.company} is back on the board.`
    undo.show(text, () => save(before))
    return text
  }

  /**
   * The one place an action's state changes (done, skipped, snoozed, or back to planned with
   * null). A done action that sent something logs the message too.
   */
  async function setActionState(
    opportunityId: string,
    actionId: string,
    state: ActionState | null,
    sent?: Pick<Message, 'kind' | 'to'>,
  ): Promise<void> {
    const after = await update(opportunityId, (o) => {
      const actions = { ...o.actions }
      if (state) actions[actionId] = state
      else delete actions[actionId]
      const messages = sent
        ? [...o.messages, { id: newId(), kind: sent.kind, to: sent.to, at: state?.at ?? now() }]
        : o.messages
      return { ...o, actions, messages, updatedAt: now() }
    })
    for (const listener of actionListeners) listener(after, actionId)
  }

  /**
   * Records what the user did with a nudge that belongs to no opportunity, or clears it with null.
   * Only this state is kept: the keep-looking nudge's id names its week, so a past week's state
   * can never apply again (see planKeepLooking).
   */
  async function setPipelineActionState(
    actionId: string,
    state: ActionState | null,
  ): Promise<void> {
    const next: PipelineRecord = { version: 1, actions: state ? { [actionId]: state } : {} }
    await persist(() => persistence().savePipeline(next))
    pipeline.value = next
  }

  /** Adds a file to an opportunity's attachments (at `at`, else last) and saves it. */
  async function attach(id: string, file: AttachmentRef, at?: number): Promise<null> {
    await update(id, (o) => {
      const files = (o.attachments ?? []).filter((f) => f.fileId !== file.fileId)
      files.splice(at ?? files.length, 0, file)
      return { ...o, attachments: files, updatedAt: now() }
    })
    return null
  }

  /** Takes a file out of an opportunity's attachments and saves it; the file itself stays. */
  async function detach(id: string, file: AttachmentRef): Promise<void> {
    await update(id, (o) => ({
      ...o,
      attachments: (o.attachments ?? []).filter((f) => f.fileId !== file.fileId),
      updatedAt: now(),
    }))
  }

  /** Subscribes to action changes; returns the function that unsubscribes. */
  function onActionChange(listener: ActionListener): () => void {
    actionListeners.add(listener)
    return () => actionListeners.delete(listener)
  }

  /** Adds or replaces a referee and saves it. */
  async function saveReferee(r: Referee): Promise<void> {
    await persistence().saveReferee(r)
    const exists = referees.value.some((x) => x.id === r.id)
    referees.value = exists
      ? referees.value.map((x) => (x.id === r.id ? r : x))
      : [...referees.value, r].sort((a, b) => a.name.localeCompare(b.name))
  }

  /** Deletes a referee, with Undo. */
  async function removeReferee(id: string): Promise<void> {
    const before = referees.value.find((r) => r.id === id)
    if (!before) return
    await persistence().removeReferee(id)
    referees.value = referees.value.filter((r) => r.id !== id)
    undo.show(`Deleted ${before.name || 'the referee'}.`, () => saveReferee(before))
  }

  /** Saves the settings. */
  async function saveSettings(s: Settings): Promise<void> {
    await persistence().saveSettings(s)
    settings.value = s
    triggerRef(opportunities)
  }

  /** Saves the user's profile (the name that signs every draft). */
  async function saveProfile(p: Profile): Promise<void> {
    await profiles.setName(p.name)
    triggerRef(opportunities)
  }

  return {
    opportunities,
    profile,
    saveProfile,
    referees,
    settings,
    pipeline,
    loaded,
    unreadable,
    saveFailed,
    byId,
    load,
    clear,
    save,
    update,
    remove,
    move,
    close,
    setActionState,
    setPipelineActionState,
    attach,
    detach,
    onActionChange,
    saveReferee,
    removeReferee,
    saveSettings,
  }
})
