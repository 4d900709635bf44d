/**
 * What the user can do with a planned action, from Today or the detail view. Every change goes
 * through the board store's single setActionState, so reminders can follow it.
 */
import type { Instant } from '@shared/domain/time'
import { useBoardStore } from './store'
import type { ActionView } from './plan'
import { useAnnouncer } from '../shell/announcer'
import { useUndoStore } from '../shell/undo'
import { now, today } from '../clock'

/** The commands, bound to the current stores. */
export function useActionCommands() {
  const board = useBoardStore()
  const announcer = useAnnouncer()
  const undo = useUndoStore()

  async function change(
    a: ActionView & { opportunityId: string },
    text: string,
    apply: () => Promise<void>,
  ): Promise<void> {
    const before = a.state
    const o = board.byId.get(a.opportunityId)
    const messages = o?.messages
    await apply()
    announcer.say(text)
    undo.show(text, async () => {
      await board.setActionState(a.opportunityId, a.id, before)
      // A done action logged a message: take that back too.
      if (messages) await board.update(a.opportunityId, (x) => ({ ...x, messages }))
    })
  }

  // Pipeline-wide nudges (no opportunity) have no state to keep; their buttons are not shown.
  const own = (a: ActionView): a is ActionView & { opportunityId: string } =>
    a.opportunityId !== null

  /** A warned referee remembers when, and for which role, on their own record. */
  async function noteWarned(a: ActionView & { opportunityId: string }): Promise<void> {
    if (a.recipient.kind !== 'referee') return
    const id = a.recipient.id
    const referee = board.referees.find((r) => r.id === id)
    const o = board.byId.get(a.opportunityId)
    if (!referee || !o) return
    const on = today(board.settings.timeZone)
    await board.saveReferee({ ...referee, lastWarned: { on, opportunityId: o.id, role: o.role } })
  }

  return {
    /** Marks an action done, logging what was sent. */
    done: (a: ActionView) =>
      own(a) &&
      change(a, `Done: ${a.title}.`, async () => {
        await noteWarned(a)
        await board.setActionState(
          a.opportunityId,
          a.id,
          { status: 'done', at: now() },
          a.sends ?? undefined,
        )
      }),
    /** Skips an action: it will not be suggested again. */
    skip: (a: ActionView) =>
      own(a) &&
      change(a, `Skipped: ${a.title}.`, () =>
        board.setActionState(a.opportunityId, a.id, { status: 'skipped', at: now() }),
      ),
    /** Hides an action until `until` (epoch ms), as chosen in the snooze menu. */
    snooze: (a: ActionView, until: Instant) => {
      if (!own(a)) return
      return change(a, `Snoozed: ${a.title}.`, () =>
        board.setActionState(a.opportunityId, a.id, { status: 'snoozed', at: now(), until }),
      )
    },
    /** Puts a done, skipped or snoozed action back on the list. */
    reopen: (a: ActionView) =>
      own(a) &&
      change(a, `Back on the list: ${a.title}.`, () =>
        board.setActionState(a.opportunityId, a.id, null),
      ),
  }
}
