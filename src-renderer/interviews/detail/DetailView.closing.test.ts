import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import type { Message, Opportunity } from '@shared/domain/opportunity'
import { openedSession } from '../../../tests/support/rendererVault'
import { mountedDetail } from '../../../tests/support/detailView'
import { whenTrue } from '../../../tests/support/reactive'

let pinia: Pinia
beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  await openedSession('closing')
  // Wednesday 15 April 2026: two chasers and a closing message went unanswered.
  vi.useFakeTimers({ now: Date.parse('2026-04-15T10:00:00Z'), toFake: ['Date'] })
})
afterEach(() => vi.useRealTimers())

const sent = (kind: Message['kind'], iso: string): Message => ({
  id: iso,
  kind,
  to: 'employer',
  at: Date.parse(iso),
})

const mounted = (o: Opportunity) => mountedDetail(pinia, o)

const options = (host: HTMLElement) =>
  [...host.querySelectorAll<HTMLOptionElement>('#detail-close option')].map((x) => x.value)

describe('closing an opportunity from its detail view', () => {
  it('offers "went quiet" only once the last courteous message went unanswered', async () => {
    const quiet = {
      ...acme(),
      company: 'Bäckerei Große & Töchter',
      promisedDecisionDate: '2026-03-13',
      messages: [
        sent('chaser', '2026-03-20T10:00:00Z'),
        sent('chaser', '2026-03-30T10:00:00Z'),
        sent('closing', '2026-04-07T10:00:00Z'),
      ],
    }
    const { board, host, unmount } = await mounted(quiet)
    expect(options(host)).toContain('ghosted')
    const button = [...host.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Close as went quiet'),
    )!
    button.click()
    await whenTrue(() => board.byId.get(quiet.id)?.closed === 'ghosted')
    unmount()

    const early = { ...acme(), promisedDecisionDate: '2026-04-10' }
    const second = await mounted(early)
    expect(options(second.host)).not.toContain('ghosted')
    expect(second.host.textContent).not.toContain('No answer to your last message')
    second.unmount()
  })

  it('asks why before withdrawing, and keeps the reason', async () => {
    const o = { ...acme(), company: 'Société Lumière' }
    const { board, host, unmount } = await mounted(o)
    const select = host.querySelector<HTMLSelectElement>('#detail-close')!
    select.value = 'withdrawn'
    select.dispatchEvent(new Event('change'))
    await nextTick()
    expect(board.byId.get(o.id)!.closed).toBeNull()
    const input = host.querySelector<HTMLInputElement>('#f-withdraw-reason')!
    input.value = 'Accepted an offer elsewhere'
    input.dispatchEvent(new Event('input'))
    host.querySelector<HTMLFormElement>('form.closing')!.requestSubmit()
    await whenTrue(() => board.byId.get(o.id)?.closed === 'withdrawn')
    expect(board.byId.get(o.id)!.closedReason).toBe('Accepted an offer elsewhere')
    unmount()
  })
})
