import { describe, expect, it } from 'vitest'
import { contextMenuTemplate, type ContextMenuFacts } from './contextMenuTemplate'

const ALL_FLAGS = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
}

function facts(overrides: Partial<ContextMenuFacts>): ContextMenuFacts {
  return {
    isEditable: false,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: ALL_FLAGS,
    ...overrides,
  }
}

function recorder() {
  const done: string[] = []
  return {
    done,
    actions: {
      replaceMisspelling: (word: string) => done.push(`replace ${word}`),
      addToDictionary: (word: string) => done.push(`add ${word}`),
    },
  }
}

/** Each item as one word: its role, its label, or '-' for a separator. */
const shape = (items: ReturnType<typeof contextMenuTemplate>) =>
  items.map((item) => (item.type === 'separator' ? '-' : (item.role ?? item.label)))

describe('contextMenuTemplate', () => {
  it('offers cut, copy, paste and select all in a text field', () => {
    const { actions } = recorder()
    const items = contextMenuTemplate(facts({ isEditable: true }), actions)
    expect(shape(items)).toEqual(['cut', 'copy', 'paste', '-', 'selectAll'])
  })

  it('greys out what the field cannot do now', () => {
    const { actions } = recorder()
    const flags = { ...ALL_FLAGS, canCut: false, canCopy: false, canPaste: false }
    const items = contextMenuTemplate(facts({ isEditable: true, editFlags: flags }), actions)
    expect(items.map((item) => item.enabled)).toEqual([false, false, false, undefined, true])
  })

  it('puts spelling suggestions first and replaces the word with the one chosen', () => {
    const { done, actions } = recorder()
    const items = contextMenuTemplate(
      facts({
        isEditable: true,
        misspelledWord: 'intervew',
        dictionarySuggestions: ['interview', 'interviews'],
      }),
      actions,
    )
    expect(shape(items)).toEqual([
      'interview',
      'interviews',
      'Add to Dictionary',
      '-',
      'cut',
      'copy',
      'paste',
      '-',
      'selectAll',
    ])
    items[1]!.click!({} as never, undefined, {} as never)
    items[2]!.click!({} as never, undefined, {} as never)
    expect(done).toEqual(['replace interviews', 'add intervew'])
  })

  it('shows at most five suggestions, and says so when there are none', () => {
    const { actions } = recorder()
    const many = contextMenuTemplate(
      facts({
        isEditable: true,
        misspelledWord: 'teh',
        dictionarySuggestions: ['the', 'tea', 'ten', 'tech', 'tel', 'tee', 'Ted'],
      }),
      actions,
    )
    expect(shape(many).slice(0, 6)).toEqual([
      'the',
      'tea',
      'ten',
      'tech',
      'tel',
      'Add to Dictionary',
    ])
    const none = contextMenuTemplate(facts({ isEditable: true, misspelledWord: 'Qzx' }), actions)
    expect(none[0]).toEqual({ label: 'No suggestions', enabled: false })
  })

  it('offers copy and select all over selected text outside a field', () => {
    const { actions } = recorder()
    const items = contextMenuTemplate(facts({ selectionText: 'Acme Ltd' }), actions)
    expect(shape(items)).toEqual(['copy', '-', 'selectAll'])
  })

  it('offers nothing over plain text with no selection', () => {
    const { actions } = recorder()
    expect(contextMenuTemplate(facts({ selectionText: '  ' }), actions)).toEqual([])
  })
})
