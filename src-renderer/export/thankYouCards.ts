/**
 * The board's way to print thank-you cards after an in-person round: one card per interviewer,
 * saved as one Word document through main's save dialog.
 */
import type { Opportunity, Round } from '@shared/domain'
import { todayIso } from '../offers/today'
import { exportName, saveExport, type ExportOutcome } from './saveExport'

/** Saves the cards for `round`; `edited` holds the user's own card text per interviewer id. */
export function saveThankYouCards(
  opportunity: Pick<Opportunity, 'company' | 'role'>,
  round: Pick<Round, 'interviewers'>,
  ownerName: string,
  edited: Record<string, string> = {},
): Promise<ExportOutcome> {
  return saveExport(
    (b) =>
      b.buildThankYouCards(b.cardsFromRound(opportunity, round, ownerName, todayIso(), edited)),
    exportName('Thank-you cards', opportunity.company),
  )
}
