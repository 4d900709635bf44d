/**
 * What the sync panel says after "Choose the folder again…" (main's verdict on the picked
 * folder, src-shared/sync/movedFolder.ts): a notice when the folder was found, the reason when
 * it was refused, nothing when the user cancelled.
 */
import type { SyncResponses } from '@shared/ipc/sync'

/** The panel's sentence for main's answer. */
export type MovedFolderWords = { notice: string } | { error: string } | null

/** The sentence for `answer`; a refusal always says that nothing in the picked folder changed. */
export function movedFolderWords(
  answer: SyncResponses['sync/choose-folder-again'],
): MovedFolderWords {
  const picked = `“${answer.picked ?? ''}”`
  switch (answer.outcome) {
    case 'cancelled':
      return null
    case 'same-folder':
      return { notice: `Found it. Afterview now syncs through the folder “${answer.label ?? ''}”.` }
    case 'no-header':
      return {
        error: `The folder ${picked} is not one Afterview syncs through: there is no “vault-header.json” in it. Choose the folder that holds “vault-header.json” and a folder named “devices”. Nothing in ${picked} was changed.`,
      }
    case 'other-vault':
      return {
        error: `The folder ${picked} belongs to another Afterview, not this one, so it was not used and nothing in it was changed. Choose the folder this Afterview syncs through.`,
      }
    case 'not-this-computer':
      return {
        error: `The folder ${picked} holds this Afterview’s files but none from this computer, so it is probably an older or second copy of the folder. It was not used and nothing in it was changed. Choose the folder your sync service keeps up to date.`,
      }
  }
}
