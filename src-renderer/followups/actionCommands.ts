/**
 * What the user can do with a planned action, from Today or the detail view. Every change goes
 * through the board store: setActionState for an opportunity's actions (so reminders can follow),
 * setPipelineActionState for the nudges that belong to no opportunity (keep looking).
 */
import type { ActionState } from '@shared/domain/opportunity'
import type { Instant } from '@shared/domain/time'
import { useBoardStore } from '../interviews/store'
import type { ActionView } from './plan'
import { useAnnouncer } from '../shell/announcer'
import { useUndoStore } from '../shell/undo'
import { now, today } from '../clock'

/** The commands, bound to the current stores. */
export function useActionCommands() {
  const board = useBoardStore()
  const announcer = useAnnouncer()
  const undo = useUndoStore()

  /** Keeps `state` where the action's state lives; a done action that sent something logs it. */
  function setState(a: ActionView, state: ActionState | null): Promise<void> {
    if (a.opportunityId === null) return board.setPipelineActionState(a.id, state)
    const sent = state?.status === 'done' ? (a.sends ?? undefined) : undefined
    return board.setActionState(a.opportunityId, a.id, state, sent)
  }

  async function change(a: ActionView, text: string, state: ActionState | null): Promise<void> {
    const before = a.state
    const o = a.opportunityId ? board.byId.get(a.opportunityId) : undefined
    const messages = o?.messages
    if (state?.status === 'done') await noteWarned(a)
    await setState(a, state)
    announcer.say(text)
    undo.show(text, async () => {
      await setState(a, before)
      // A done action logged a message: take that back too.
      if (o && messages) await board.update(o.id, (x) => ({ ...x, messages }))
    })
  }

  /** A warned referee remembers when, and for which role, on their own record. */
  async function noteWarned(a: ActionView): Promise<void> {
    if (a.recipient.kind !== 'referee' || !a.opportunityId) return
    const id = a.recipient.id
    const referee = board.referees.find((r) => r.id === id)
    const o = board.byId.get(a.opportunityId)
    if (!referee || !o) return
    const on = today(board.settings.timeZone)
    await board.saveReferee({ ...referee, lastWarned: { on, opportunityId: o.id, role: o.role } })
  }

  return {
    /** Marks an action done, logging what was sent. */
    done: (a: ActionView) => change(a, `Done: ${a.title}.`, { status: 'done', at: now() }),
    /** Skips an action: it will not be suggested again (a weekly nudge: not this week). */
    skip: (a: ActionView) => change(a, `Skipped: ${a.title}.`, { status: 'skipped', at: now() }),
    /** Hides an action until `until` (epoch ms), as chosen in the snooze menu. */
    snooze: (a: ActionView, until: Instant) =>
      change(a, `Snoozed: ${a.title}.`, { status: 'snoozed', at: now(), until }),
    /** Puts a done, skipped or snoozed action back on the list. */
    reopen: (a: ActionView) => change(a, `Back on the list: ${a.title}.`, null),
  }
}
