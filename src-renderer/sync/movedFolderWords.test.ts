import { describe, expect, it } from 'vitest'
import type { SyncResponses } from '@shared/ipc/sync'
import { movedFolderWords } from './movedFolderWords'

type Answer = SyncResponses['sync/choose-folder-again']
const answer = (outcome: Answer['outcome'], picked: string | null): Answer => ({
  chosen: true,
  label: outcome === 'same-folder' ? picked : 'Dropbox – Afterview',
  outcome,
  picked,
})

describe('what the panel says after choosing the folder again', () => {
  it('names the folder it now syncs through', () => {
    expect(movedFolderWords(answer('same-folder', 'Afterview (Zoë’s USB)'))).toEqual({
      notice: 'Found it. Afterview now syncs through the folder “Afterview (Zoë’s USB)”.',
    })
  })

  it.each(['no-header', 'other-vault', 'not-this-computer'] as const)(
    'explains a refusal (%s), naming the picked folder and saying nothing in it changed',
    (outcome) => {
      const words = movedFolderWords(answer(outcome, 'Sauvegarde – Élodie'))
      expect(words).toHaveProperty('error')
      const error = (words as { error: string }).error
      expect(error).toContain('“Sauvegarde – Élodie”')
      expect(error).toMatch(/nothing in (it|“Sauvegarde – Élodie”) was changed/i)
      expect(error).not.toContain('Dropbox')
    },
  )

  it('says nothing when the user cancelled', () => {
    expect(movedFolderWords(answer('cancelled', null))).toBeNull()
  })
})
