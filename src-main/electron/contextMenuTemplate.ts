/**
 * The right-click menu of the app's page: spelling suggestions over a misspelled word, then the
 * editing commands a text field offers (cut, copy, paste, select all), or copy and select all
 * over plain text. Built from Electron's context-menu parameters as plain data, so it is tested
 * without Electron; app/contextMenu.ts shows it.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

/** At most this many suggestions, as Chromium's own menu shows. */
export const MAX_SUGGESTIONS = 5

/** What a menu item asks the page's web contents to do. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void
  addToDictionary(word: string): void
}

/** The part of Electron's context-menu parameters the menu reads. */
export type ContextMenuFacts = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>

/** The menu's items for one right-click; empty when there is nothing to offer. */
export function contextMenuTemplate(
  facts: ContextMenuFacts,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  const word = facts.misspelledWord
  if (facts.isEditable && word) {
    const suggestions = facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) })
    }
    if (suggestions.length === 0) items.push({ label: 'No suggestions', enabled: false })
    items.push({ label: 'Add to Dictionary', click: () => actions.addToDictionary(word) })
    items.push({ type: 'separator' })
  }
  const flags = facts.editFlags
  if (facts.isEditable) {
    items.push(
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    )
  } else if (facts.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: flags.canCopy }, { type: 'separator' })
    items.push({ role: 'selectAll', enabled: flags.canSelectAll })
  }
  return items
}
