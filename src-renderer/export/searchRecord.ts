/**
 * "Record of my job search" between two dates, as a Word document: every application with
 * anything dated in the range, its interviews, and the follow-ups sent as the History tells them
 * (an action marked done, a message logged), saved through main's save dialog.
 */
import type { IsoDate } from '@shared/domain'
import { useBoardStore } from '../interviews/store'
import { usePlanStore } from '../followups/planStore'
import { historyOf } from '../followups/history'
import { useProfileStore } from '../settings/profileStore'
import { todayIso } from '../offers/today'
import { dateText } from '../ui/format'
import { exportName, saveExport, type ExportOutcome } from './saveExport'

/** Saves the record from `from` to `to` (inclusive); refused when the dates run backwards. */
export async function saveSearchRecord(from: IsoDate, to: IsoDate): Promise<ExportOutcome> {
  if (from > to)
    return { status: 'failed', message: 'The first date is after the last. Swap them, then save.' }
  const board = useBoardStore()
  const plan = usePlanStore()
  const sources = board.opportunities.map((opportunity) => ({
    opportunity,
    sent: historyOf(opportunity, plan.actionsOf(opportunity)).flatMap((entry) =>
      entry.sent ? [{ at: entry.at, what: entry.sent }] : [],
    ),
  }))
  const range = `${dateText(from, 'day-month', null)} to ${dateText(to, 'day-month', null)}`
  return saveExport(
    (b) =>
      b.buildSearchRecord(
        b.searchRecordFrom(sources, {
          from,
          to,
          timeZone: board.settings.timeZone,
          ownerName: useProfileStore().profile.name,
          preparedOn: todayIso(),
        }),
      ),
    exportName('Record of my job search', range),
  )
}
