/**
 * Archiving: an application that has ended (closed, or rejected) leaves the board and the closed
 * list for the Archived list, and comes back to where it was. Both go through the board store's
 * one save, with Undo, and answer the sentence to announce.
 */
import { archive, canArchive, isArchived, unarchive } from '@shared/domain/stages'
import { useBoardStore } from './store'
import { useUndoStore } from '../shell/undo'
import { now } from '../clock'

/** The archive commands, bound to the current stores. */
export function useArchiveCommands() {
  const board = useBoardStore()
  const undo = useUndoStore()

  /** Archives an application that has ended; returns the sentence to announce ('' if not). */
  async function archiveOne(id: string): Promise<string> {
    const before = board.byId.get(id)
    if (!before || !canArchive(before)) return ''
    await board.update(id, (o) => archive(o, now()))
    const text = `${before.company} archived. Find it under Archived on the board.`
    undo.show(text, () => board.save(before))
    return text
  }

  /** Brings an archived application back to where it was; returns the sentence to announce. */
  async function bringBack(id: string): Promise<string> {
    const before = board.byId.get(id)
    if (!before || !isArchived(before)) return ''
    const after = await board.update(id, (o) => unarchive(o, now()))
    const where = after.closed === null ? 'on the board' : 'in the closed list'
    const text = `${before.company} is back ${where}.`
    undo.show(text, () => board.save(before))
    return text
  }

  return { archiveOne, bringBack }
}
