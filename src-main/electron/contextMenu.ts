import { Menu, session, type WebContents } from 'electron'
import { contextMenuTemplate } from './contextMenuTemplate'
import type { SpellCheckPolicy } from './spellCheck'

/** Shows the app's right-click menu (app/contextMenuTemplate.ts) on every right-click. */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    })
    if (template.length > 0) Menu.buildFromTemplate(template).popup()
  })
}

/** Applies app/spellCheck.ts's policy to the session, before any page loads. */
export function applySpellCheckPolicy(policy: SpellCheckPolicy): void {
  const ses = session.defaultSession
  if (policy.dictionaryDownloadUrl) {
    ses.setSpellCheckerDictionaryDownloadURL(policy.dictionaryDownloadUrl)
  }
  if (policy.languages) ses.setSpellCheckerLanguages(policy.languages)
  ses.setSpellCheckerEnabled(policy.enabled)
}
