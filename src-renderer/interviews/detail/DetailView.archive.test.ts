import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import { moveTo } from '@shared/domain/stages'
import { openedSession } from '../../../tests/support/rendererVault'
import { mountedDetail } from '../../../tests/support/detailView'
import { whenTrue } from '../../../tests/support/reactive'
import { useUndoStore } from '../../shell/undo'

let pinia: Pinia
beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  await openedSession('archive')
  vi.useFakeTimers({ now: Date.parse('2026-04-15T10:00:00Z'), toFake: ['Date'] })
})
afterEach(() => vi.useRealTimers())

const button = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)

describe('archiving from the detail view', () => {
  it('archives a rejection, keeps it rejected, and brings it back; Undo archives it again', async () => {
    const o = moveTo({ ...acme(), company: 'Société Lumière' }, 'rejected', 1000)
    const { board, host, unmount } = await mounted(o)
    expect(
      [...host.querySelectorAll('#detail-close option')].map((x) => x.getAttribute('value')),
    ).not.toContain('archived')
    button(host, 'Archive')!.click()
    await whenTrue(() => board.byId.get(o.id)?.archivedAt !== undefined)
    await nextTick()
    expect(board.byId.get(o.id)).toMatchObject({ stage: 'rejected', closed: null })
    expect(host.textContent).toContain('Archived on 15 April')
    expect(host.querySelector('#detail-close')).toBeNull()
    expect(button(host, 'Archive')).toBeUndefined()

    button(host, 'Bring back')!.click()
    const undo = useUndoStore(pinia)
    const back = 'Société Lumière is back on the board.'
    await whenTrue(() => undo.toasts.some((t) => t.text === back))
    expect(board.byId.get(o.id)).not.toHaveProperty('archivedAt')
    await undo.toasts.find((t) => t.text === back)!.undo!()
    expect(board.byId.get(o.id)!.archivedAt).toBe(Date.parse('2026-04-15T10:00:00Z'))
    unmount()
  })

  it('offers no archive while the application is still open', async () => {
    const { host, unmount } = await mounted(acme())
    expect(button(host, 'Archive')).toBeUndefined()
    unmount()
  })
})

describe('tags on the detail view', () => {
  it('adds a tag once whatever its case, refuses an empty one with a reason, and removes one', async () => {
    const o = acme()
    const { board, host, unmount } = await mounted(o)
    const input = host.querySelector<HTMLInputElement>('#f-tags-new')!
    const form = input.closest('form')!
    for (const typed of ['#Remote ', 'remote', '   ']) {
      input.value = typed
      input.dispatchEvent(new Event('input'))
      form.requestSubmit()
      await nextTick()
    }
    await whenTrue(() => (board.byId.get(o.id)?.tags ?? []).length > 0)
    expect(board.byId.get(o.id)!.tags).toEqual(['Remote'])
    expect(host.textContent).toContain('Type a word or two to tag this application with.')
    host.querySelector<HTMLButtonElement>('[aria-label="Remove the tag Remote"]')!.click()
    await whenTrue(() => board.byId.get(o.id)?.tags?.length === 0)
    unmount()
  })
})

const mounted = (o: Parameters<typeof mountedDetail>[1]) => mountedDetail(pinia, o)
