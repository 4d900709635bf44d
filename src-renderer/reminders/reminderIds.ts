/**
 * Opaque ids for reminders. Main only ever sees these random ids; which action one stands for is
 * known here, in memory while unlocked and in the vault's encrypted records between runs. An id
 * stays the same for the same action, so main can tell a re-sync from a new reminder.
 */
import { isOpaqueId, newOpaqueId, type OpaqueId } from '@shared/ipc/reminders'

const key = (opportunityId: string, actionId: string) => `${opportunityId}\u0000${actionId}`

/** The two-way map between actions and their opaque ids. */
export class ReminderIds {
  private byAction = new Map<string, OpaqueId>()
  private byId = new Map<OpaqueId, { opportunityId: string; actionId: string }>()

  /** The id of an action, made fresh the first time it is asked for. */
  idFor(opportunityId: string, actionId: string): OpaqueId {
    const k = key(opportunityId, actionId)
    let id = this.byAction.get(k)
    if (!id) {
      id = newOpaqueId()
      this.byAction.set(k, id)
      this.byId.set(id, { opportunityId, actionId })
    }
    return id
  }

  /** The action an id stands for, if this map knows it. */
  actionOf(id: string): { opportunityId: string; actionId: string } | undefined {
    return this.byId.get(id)
  }

  /** Forgets ids of actions not in `keep` (done, deleted or re-planned away). */
  retain(keep: { opportunityId: string; actionId: string }[]): void {
    const wanted = new Set(keep.map((a) => key(a.opportunityId, a.actionId)))
    for (const [k, id] of this.byAction) {
      if (!wanted.has(k)) {
        this.byAction.delete(k)
        this.byId.delete(id)
      }
    }
  }

  /** Forgets everything (on lock). */
  clear(): void {
    this.byAction.clear()
    this.byId.clear()
  }

  /** The map as a plain record, for the encrypted store. */
  toRecord(): Record<string, string> {
    return Object.fromEntries(this.byAction)
  }

  /** Loads a record written by `toRecord`, skipping anything malformed. */
  load(record: Record<string, string>): void {
    this.clear()
    for (const [k, id] of Object.entries(record)) {
      const [opportunityId, actionId] = k.split('\u0000')
      if (!opportunityId || !actionId || !isOpaqueId(id)) continue
      this.byAction.set(k, id)
      this.byId.set(id, { opportunityId, actionId })
    }
  }
}
