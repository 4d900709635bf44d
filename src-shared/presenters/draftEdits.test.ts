import { describe, expect, it } from 'vitest'
import { acme } from '../domain/testData'
import { alikeDrafts, withDraftEdit } from './draftEdits'

const ID = 'a0123456789abcdef'
const PRIYA =
  'Dear Priya,\nThank you for meeting me today. I enjoyed hearing about the new design system and how the team plans to roll it out.\nKind regards,\nAlex'

describe('edited drafts', () => {
  it('keeps the user’s text and drops it again when it matches the suggestion', () => {
    const o = acme()
    const edited = withDraftEdit(o, ID, 'My own words', 'Suggested words', 42)
    expect(edited.draftEdits?.[ID]?.body).toBe('My own words')
    expect(edited.updatedAt).toBe(42)
    const same = withDraftEdit(edited, ID, 'Suggested words', 'Suggested words', 43)
    expect(same.draftEdits?.[ID]).toBeUndefined()
    expect(withDraftEdit(edited, ID, null, 'Suggested words', 43).draftEdits?.[ID]).toBeUndefined()
  })

  it('flags two drafts that will be sent with the same words', () => {
    const drafts = [
      { id: 'p', text: PRIYA, edited: false },
      { id: 't', text: PRIYA.replace('Priya', 'Tom'), edited: true },
      {
        id: 's',
        text: 'Hi Sam, a quick note to say thanks for the call about referees.',
        edited: false,
      },
    ]
    expect([...alikeDrafts(drafts)].sort()).toEqual(['p', 't'])
  })

  it('trusts the planner’s verdict only while both drafts are its suggestions', () => {
    const planner = [
      {
        id: 'p',
        text: 'First, quite different words here',
        edited: false,
        similarTo: [{ actionId: 't' }],
      },
      {
        id: 't',
        text: 'Second text about another topic',
        edited: false,
        similarTo: [{ actionId: 'p' }],
      },
    ]
    expect([...alikeDrafts(planner)].sort()).toEqual(['p', 't'])
    const rewritten = [planner[0]!, { ...planner[1]!, edited: true }]
    expect(alikeDrafts(rewritten).size).toBe(0)
  })

  it('flags nothing among the app’s own LinkedIn notes until the user writes alike ones', () => {
    const note = (name: string) =>
      `Hello ${name}, thank you again for your time at the Analyste principale interview with Société Générale. I remain very interested in the role and would be glad to stay in touch. Alex`
    const suggested = ['Émilie Laurent-Duval', 'Jean-Baptiste Moreau', 'Zoë Achterberg'].map(
      (name, i) => ({ id: `n${i}`, text: note(name), edited: false }),
    )
    expect(alikeDrafts(suggested).size).toBe(0)
    // The user pastes the same words into the second note: it now matches the first suggestion.
    const pasted = [suggested[0]!, { ...suggested[1]!, text: note('Jean-Baptiste'), edited: true }]
    expect([...alikeDrafts(pasted)].sort()).toEqual(['n0', 'n1'])
  })
})
