/**
 * Interviews logged late: a round typed in after its follow-ups were due would otherwise flood
 * Today with overdue items the user has mostly done. Saving the form asks once, on the detail
 * view, which of them were already done; the answer marks those done and the rest are kept or
 * skipped, as the user says.
 */
import { defineStore } from 'pinia'
import type { Instant } from '@shared/domain/time'
import { sessionRef } from '../session/store'
import { useBoardStore } from '../interviews/store'
import type { ActionView } from './plan'
import { now } from '../clock'

/** What the user says about the follow-ups they did not tick as done. */
export type CatchUpRest = 'keep' | 'skip'

/** The follow-ups of `actions` that were overdue at `at`, open still: what to ask about. */
export function overdueAt(actions: readonly ActionView[], at: Instant): ActionView[] {
  return actions.filter((a) => a.due !== null && a.latest < at)
}

/** Which opportunities wait for the question, and when their form was saved. */
export const useCatchUpStore = defineStore('catchUp', () => {
  const board = useBoardStore()
  const asked = sessionRef<ReadonlyMap<string, Instant>>(() => new Map())

  /** The form of `opportunityId` was saved at `at`: ask about what was overdue then. */
  function ask(opportunityId: string, at: Instant): void {
    asked.value = new Map(asked.value).set(opportunityId, at)
  }

  /** When the form of `opportunityId` was saved, while the question waits; else null. */
  function askedAt(opportunityId: string): Instant | null {
    return asked.value.get(opportunityId) ?? null
  }

  /** The question is answered or put aside: it is not asked again. */
  function forget(opportunityId: string): void {
    const next = new Map(asked.value)
    next.delete(opportunityId)
    asked.value = next
  }

  /**
   * Marks `done` as done, by the end of each one's window since the real day is not known, and
   * the other `open` ones kept or skipped; then forgets the question. Done ones log what they
   * sent, as "Mark done" does, so the rules see each thank-you went.
   */
  async function answer(
    opportunityId: string,
    open: readonly ActionView[],
    done: ReadonlySet<string>,
    rest: CatchUpRest,
  ): Promise<void> {
    const at = now()
    for (const a of open) {
      if (done.has(a.id)) {
        const state = { status: 'done' as const, at: Math.min(a.latest, at) }
        await board.setActionState(opportunityId, a.id, state, a.sends ?? undefined)
      } else if (rest === 'skip') {
        await board.setActionState(opportunityId, a.id, { status: 'skipped', at })
      }
    }
    forget(opportunityId)
  }

  return { ask, askedAt, forget, answer }
})
