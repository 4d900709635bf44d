import { defineStore } from 'pinia'
import { computed, triggerRef } from 'vue'
import type {
  ActionState,
  Message,
  Opportunity,
  Rejection,
  Stage,
} from '@shared/domain/opportunity'
import type { AttachmentRef } from '@shared/domain/attachment'
import type { IsoDate } from '@shared/domain/time'
import type { Profile, Referee } from '@shared/domain/people'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import { loadHolidays } from '@shared/rules/holidayData'
import { closeAs, moveTo, STAGE_LABELS } from '@shared/domain/stages'
import { emptyPipeline, type PipelineRecord } from '@shared/domain/records'
import { CLOSURE_LABELS } from '@shared/domain/stages'
import type { Closure } from '@shared/domain/opportunity'
import { sessionRef, useSessionStore } from '../session/store'
import { SINGLE_ROW } from '../session/tables'
import { useProfileStore } from '../settings/profileStore'
import { useUndoStore } from '../shell/undo'
import { discardFiles } from '../attachments/attachments'
import { newId, now } from '../clock'
import { mark } from '../perf/marks'

/** Called after an action's state changed, so reminders can follow (see notify). */
export type ActionListener = (opportunity: Opportunity, actionId: string) => void

/**
 * The board's records in memory, and every change to them. Changes are saved at once; deletes and
 * moves show a toast with Undo.
 */
export const useBoardStore = defineStore('board', () => {
  const sessions = useSessionStore()
  const repos = () => sessions.repositories()
  // Shallow: the list can hold thousands of records and is replaced, never mutated deeply.
  const opportunities = sessionRef<Opportunity[]>(() => [])
  const referees = sessionRef<Referee[]>(() => [])
  const settings = sessionRef<Settings>(() => ({ ...defaultSettings }))
  /** What the user did with the nudges that belong to no opportunity (keep looking). */
  const pipeline = sessionRef<PipelineRecord>(() => emptyPipeline())
  // One owner for the profile (the start plan's store): drafts are signed with its name.
  const profiles = useProfileStore()
  const profile = computed<Profile>(() => profiles.profile)
  const loaded = sessionRef(() => false)
  /** Records that could not be read; they are kept, not deleted. */
  const unreadable = sessionRef(() => 0)
  /** How the board's last saves went (opportunities, referees, settings, the pipeline). */
  const saveState = computed(() =>
    sessions.saveStateOf('opportunities', 'referees', 'settings', 'pipeline'),
  )
  const undo = useUndoStore()
  const actionListeners = new Set<ActionListener>()

  const byId = computed(() => new Map(opportunities.value.map((o) => [o.id, o])))

  /** Reads everything from the session's repositories, once per session. */
  function load(): Promise<void> {
    return sessions.session().own('board:load', loadNow)
  }

  async function loadNow(): Promise<void> {
    mark('willLoadRecords')
    const r = repos()
    // The rules count working days: the region's public holidays must be here before they run.
    // Their chunk loads as soon as the settings name the region, beside the other records.
    const settingsWithHolidays = r.settings.load().then(async (sets) => {
      const saved = sets.rows[0]?.value ?? { ...defaultSettings }
      await loadHolidays(saved.region)
      return { sets, saved }
    })
    const [opps, refs, { sets, saved: savedSettings }, pipes] = await Promise.all([
      r.opportunities.load(),
      r.referees.load(),
      settingsWithHolidays,
      r.pipeline.load(),
    ])
    opportunities.value = opps.rows.map((x) => x.value).sort((a, b) => b.createdAt - a.createdAt)
    referees.value = refs.rows.map((x) => x.value).sort((a, b) => a.name.localeCompare(b.name))
    settings.value = savedSettings
    // No pipeline record in a vault from before the nudge could be settled: nothing settled yet.
    pipeline.value = pipes.rows[0]?.value ?? emptyPipeline()
    unreadable.value = [opps, refs, sets, pipes].reduce((n, t) => n + t.unreadable.length, 0)
    loaded.value = true
    // Now, not after `await load()`: the first render would run before the caller resumes.
    mark('didLoadRecords')
  }

  function put(o: Opportunity): void {
    opportunities.value = byId.value.has(o.id)
      ? opportunities.value.map((x) => (x.id === o.id ? o : x))
      : [o, ...opportunities.value]
  }

  /** Adds or replaces an opportunity; the board shows it once it is saved. */
  async function save(o: Opportunity): Promise<void> {
    await repos().opportunities.save(o.id, () => o, put)
  }

  /**
   * Applies `change` to one opportunity and saves it; returns the result. The change sees the
   * record as the previous save left it.
   */
  async function update(id: string, change: (o: Opportunity) => Opportunity): Promise<Opportunity> {
    const missing = () => new Error(`No opportunity ${id}`)
    if (!byId.value.has(id)) throw missing()
    return repos().opportunities.save(
      id,
      () => {
        const before = byId.value.get(id)
        if (!before) throw missing()
        return change(before)
      },
      put,
    )
  }

  /** Deletes an opportunity, with Undo; its attachment files go once Undo is no longer offered. */
  async function remove(id: string): Promise<void> {
    const before = byId.value.get(id)
    if (!before) return
    await repos().opportunities.remove(id, () => {
      opportunities.value = opportunities.value.filter((o) => o.id !== id)
    })
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

  /** Closes an opportunity (takes it off the board), with the user’s reason if any, or reopens it, with Undo. */
  async function close(id: string, closure: Closure | null, reason = ''): Promise<string> {
    const before = byId.value.get(id)
    if (!before) return ''
    await update(id, (o) => closeAs(o, closure, now(), reason))
    const text = closure
      ? `${before.company} closed: ${CLOSURE_LABELS[closure].toLowerCase()}.`
      : `${before.company} is back on the board.`
    undo.show(text, () => save(before))
    return text
  }

  /**
   * Logs a reply from the employer or the agency (read by forms/replyForm), with Undo; a new
   * decision date it gave becomes the promised one, so the chasers wait for it. Returns the
   * sentence to announce.
   */
  async function logReply(
    id: string,
    reply: Message,
    promisedDate: IsoDate | null,
  ): Promise<string> {
    const before = byId.value.get(id)
    if (!before) return ''
    await update(id, (o) => ({
      ...o,
      messages: [...o.messages, reply],
      promisedDecisionDate: promisedDate ?? o.promisedDecisionDate,
      updatedAt: now(),
    }))
    const text = `Reply from ${before.company} logged; the next steps follow it.`
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
    await repos().pipeline.save(
      SINGLE_ROW.pipeline,
      () => next,
      (saved) => (pipeline.value = saved),
    )
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
    await repos().referees.save(
      r.id,
      () => r,
      (saved) => {
        const exists = referees.value.some((x) => x.id === saved.id)
        referees.value = exists
          ? referees.value.map((x) => (x.id === saved.id ? saved : x))
          : [...referees.value, saved].sort((a, b) => a.name.localeCompare(b.name))
      },
    )
  }

  /** Deletes a referee, with Undo. */
  async function removeReferee(id: string): Promise<void> {
    const before = referees.value.find((r) => r.id === id)
    if (!before) return
    await repos().referees.remove(id, () => {
      referees.value = referees.value.filter((r) => r.id !== id)
    })
    undo.show(`Deleted ${before.name || 'the referee'}.`, () => saveReferee(before))
  }

  /** Saves the settings. */
  async function saveSettings(s: Settings): Promise<void> {
    await loadHolidays(s.region)
    await repos().settings.save(
      SINGLE_ROW.settings,
      () => s,
      (saved) => {
        settings.value = saved
        triggerRef(opportunities)
      },
    )
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
    saveState,
    byId,
    load,
    save,
    update,
    remove,
    move,
    close,
    logReply,
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
