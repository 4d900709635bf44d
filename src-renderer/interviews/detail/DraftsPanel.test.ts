import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, createApp, defineComponent, h, nextTick } from 'vue'
import { createPinia } from 'pinia'
import type { Opportunity } from '@shared/domain/opportunity'
import { acme } from '@shared/domain/testData'
import type { Vault } from '../../vault/vault'
import { createdVault } from '../../../tests/support/rendererVault'
import { useSessionStore } from '../../session/store'
import { useBoardStore } from '../store'
import { usePlanStore } from '../../followups/planStore'
import { useUndoStore } from '../../shell/undo'
import { installFakeHost } from '../../reminders/fakeHost'
import DraftsPanel from './DraftsPanel.vue'

// 10:45 in London on the day of Acme's 09:30 interview: both thank-yous are due.
beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 2, 3, 10, 45), toFake: ['Date'] }))
afterEach(() => vi.useRealTimers())

const TOM = 'Thank Tom Ellis by email'
const PRIYA = 'Thank Priya Shah by email'

/** The drafts panel of one record, as the detail view shows it after the app opens. */
async function openDrafts(vault: Vault, id: string) {
  const fake = installFakeHost()
  const pinia = createPinia()
  useSessionStore(pinia).open(vault.records)
  const board = useBoardStore(pinia)
  await board.load()
  const plan = usePlanStore(pinia)
  const Panel = defineComponent(() => {
    const actions = computed(() => plan.actionsWithDrafts(board.byId.get(id)!))
    return () => h(DraftsPanel, { actions: actions.value })
  })
  const host = document.createElement('div')
  document.body.append(host)
  const app = createApp(Panel).use(pinia)
  app.mount(host)
  await nextTick()
  const draft = (title: string) =>
    [...host.querySelectorAll('article')].find((x) => x.querySelector('h3')!.textContent === title)!
  const field = (title: string) => draft(title).querySelector('textarea')!
  const button = (title: string, name: string) =>
    [...draft(title).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)
  /** Types `text` over the draft and leaves the field, as a user tabbing on would. */
  async function rewrite(title: string, text: string): Promise<void> {
    const el = field(title)
    el.value = text
    el.dispatchEvent(new Event('input'))
    el.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(board.byId.get(id)!.draftEdits?.[actionOf(title)]).toBeDefined())
    await nextTick()
  }
  const actionOf = (title: string) => draft(title).getAttribute('aria-labelledby')!.slice(6)
  return { app, board, fake, draft, field, button, rewrite, actionOf, pinia }
}

async function vaultWithAcme(): Promise<{ vault: Vault; o: Opportunity }> {
  const { vault } = await createdVault('drafts')
  const o = acme()
  await vault.records.put('opportunities', o.id, o)
  return { vault, o }
}

describe('editing a draft', () => {
  it('keeps the edit in the record, shows it was edited, and uses it for the mail app', async () => {
    const { vault, o } = await vaultWithAcme()
    const first = await openDrafts(vault, o.id)
    expect(first.draft(TOM).textContent).not.toContain('Edited by you')
    const mine = 'Dear Tom,\nThanks for the talk about handover checklists.\nAlex'
    await first.rewrite(TOM, mine)
    expect(first.draft(TOM).textContent).toContain('Edited by you')
    expect(first.draft(PRIYA).textContent).not.toContain('Edited by you')
    first.app.unmount()

    // The app opens again on the same storage: the edit is still there.
    const again = await openDrafts(vault, o.id)
    expect(again.field(TOM).value).toBe(mine)
    expect(again.draft(TOM).textContent).toContain('Edited by you')
    again.button(TOM, 'Open in mail app')!.click()
    await vi.waitFor(() =>
      expect(again.fake.calls.some((c) => c.channel === 'shell/open-external')).toBe(true),
    )
    const url = String(
      again.fake.calls.find((c) => c.channel === 'shell/open-external')!.payload.url,
    )
    expect(url).toMatch(/^mailto:tom@acme\.example\?/)
    expect(decodeURIComponent(url)).toContain('handover checklists')
    again.app.unmount()
  })

  it('copies the edited text', async () => {
    const { vault, o } = await vaultWithAcme()
    const panel = await openDrafts(vault, o.id)
    await panel.rewrite(PRIYA, 'Dear Priya,\nMy own thanks.\nAlex')
    const copied: string[] = []
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t) => void copied.push(t))
    panel.button(PRIYA, 'Copy')!.click()
    await vi.waitFor(() => expect(copied).toHaveLength(1))
    expect(copied[0]).toContain('My own thanks.')
    panel.app.unmount()
  })

  it('resets to the suggestion, with Undo', async () => {
    const { vault, o } = await vaultWithAcme()
    const panel = await openDrafts(vault, o.id)
    const suggested = panel.field(TOM).value
    await panel.rewrite(TOM, 'Something else entirely')
    panel.button(TOM, 'Reset to suggested')!.click()
    await vi.waitFor(() => expect(panel.field(TOM).value).toBe(suggested))
    expect(panel.draft(TOM).textContent).not.toContain('Edited by you')
    expect(panel.button(TOM, 'Reset to suggested')).toBeUndefined()
    expect(await vault.records.get('opportunities', o.id)).toMatchObject({ draftEdits: {} })

    const undo = useUndoStore(panel.pinia)
    await undo.undo(undo.toasts.at(-1)!.id)
    await nextTick()
    expect(panel.field(TOM).value).toBe('Something else entirely')
    panel.app.unmount()
  })

  it('warns when an edit makes two drafts read alike, and stops when they differ again', async () => {
    const { vault, o } = await vaultWithAcme()
    const panel = await openDrafts(vault, o.id)
    const alike = () => panel.draft(TOM).textContent!.includes('Too alike')
    expect(alike()).toBe(false)
    const priya = panel.field(PRIYA).value
    await panel.rewrite(TOM, priya.replace(/Priya/g, 'Tom'))
    expect(alike()).toBe(true)
    expect(panel.draft(PRIYA).textContent).toContain('Too alike')
    await panel.rewrite(
      TOM,
      'Dear Tom,\nThe handover checklist you showed me is something I would use from day one.\nAlex',
    )
    expect(alike()).toBe(false)
    panel.app.unmount()
  })

  it('keeps the typing and says so when the edit cannot be saved', async () => {
    const { vault, o } = await vaultWithAcme()
    const panel = await openDrafts(vault, o.id)
    // Locked under the open panel: every write fails from here on.
    vault.lock()
    const el = panel.field(TOM)
    el.value = 'Words that must not be lost'
    el.dispatchEvent(new Event('input'))
    el.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(panel.draft(TOM).textContent).toContain('could not be saved'))
    expect(panel.field(TOM).value).toBe('Words that must not be lost')
    panel.app.unmount()
  })

  it('opens a record saved before drafts could be edited', async () => {
    const { vault, o } = await vaultWithAcme()
    const old = { ...o } as Partial<Opportunity>
    delete old.draftEdits
    await vault.records.put('opportunities', o.id, old)
    const panel = await openDrafts(vault, o.id)
    expect(panel.board.byId.get(o.id)!.draftEdits).toEqual({})
    expect(panel.field(TOM).value).toContain('Dear Tom')
    panel.app.unmount()
  })
})

describe('drafts by channel', () => {
  const LINKEDIN = 'Connect with Priya Shah on LinkedIn'

  it('shows a LinkedIn note without a subject, with its length against the limit', async () => {
    const { vault, o } = await vaultWithAcme()
    const panel = await openDrafts(vault, o.id)
    const note = panel.draft(LINKEDIN)
    expect(note.textContent).not.toContain('Subject:')
    expect(panel.draft(PRIYA).textContent).toContain('Subject:')
    const count = () => note.querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim()
    expect(count()).toBe(`${panel.field(LINKEDIN).value.length} of 300 characters`)
    // A note of 518 characters, as a user might paste: the count says it is too long.
    const long = `Bonjour Priya, ${'merci pour notre échange sur le design system. '.repeat(11)}`
    await panel.rewrite(LINKEDIN, long.slice(0, 518))
    expect(count()).toBe('518 of 300 characters: LinkedIn will cut a note this long, so shorten it')
    panel.app.unmount()
  })

  it('keeps "Open in mail app" for the consultant’s debrief when a phone is given too', async () => {
    const { vault } = await createdVault('drafts-agency')
    const o: Opportunity = {
      ...acme(),
      agency: {
        name: 'Hays Recrutement',
        consultant: 'Émilie Laurent',
        email: 'emilie.laurent@hays.example',
        phone: '+44 161 496 0000',
      },
    }
    await vault.records.put('opportunities', o.id, o)
    const panel = await openDrafts(vault, o.id)
    const debrief = [...document.querySelectorAll('article h3')]
      .map((h) => h.textContent!)
      .find((t) => t.includes('Émilie'))!
    expect(panel.button(debrief, 'Open in mail app')).toBeDefined()
    panel.app.unmount()
  })
})
