/**
 * "Save as Word card…" after an in-person round: one interviewer's card, from the text the user
 * would send, saved as its own Word file named after them through main's save dialog.
 */
import type { Interviewer, Opportunity } from '@shared/domain'
import { bracketedGap } from '@shared/rules/drafts/format'
import { messageFor } from '../errors/sentences'
import { userLocale } from '../locale'
import { todayIso } from '../offers/today'
import { exportName, saveExport, type ExportOutcome } from './saveExport'

/**
 * Saves `interviewer`'s card with `body` (the draft as the user would send it). Refused, with
 * nothing saved, while the text still holds a bracketed gap.
 */
export async function saveThankYouCard(
  opportunity: Pick<Opportunity, 'company' | 'role'>,
  interviewer: Pick<Interviewer, 'name' | 'title'>,
  body: string,
  ownerName: string,
): Promise<ExportOutcome> {
  if (bracketedGap(body)) return { status: 'failed', message: messageFor({ kind: 'unfilled-gap' }) }
  const writtenOn = todayIso()
  return saveExport(
    (b) =>
      b.buildThankYouCard(
        b.cardFor(opportunity, interviewer, body, {
          ownerName,
          writtenOn,
          paper: b.paperFor(userLocale),
        }),
      ),
    exportName(`Thank-you card for ${interviewer.name.trim()}`, opportunity.company),
  )
}
