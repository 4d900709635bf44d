import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { acme, countingIds } from '@shared/domain/testData'
import type { Opportunity } from '@shared/domain/opportunity'
import { openedSession } from '../../tests/support/rendererVault'
import { mountedDetail } from '../../tests/support/detailView'
import { whenTrue } from '../../tests/support/reactive'
import { usePlanStore } from './planStore'
import { useCatchUpStore } from './catchUp'
import { useAnnouncer } from '../shell/announcer'

let pinia: Pinia
// Wednesday 11 March 2026, 18:00 in London: the rounds of 2 and 3 March are typed in only now.
const NOW = Date.parse('2026-03-11T18:00:00Z')
beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  await openedSession('catch-up')
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
})
afterEach(() => vi.useRealTimers())

/** Two past rounds, three interviewers in all. */
function lateRecord(): Opportunity {
  const ids = countingIds('late')
  const o = acme(ids)
  const first = { ...o.rounds[0]!, id: ids(), date: '2026-03-02', time: '14:00' }
  first.interviewers = [
    {
      ...first.interviewers[0]!,
      id: ids(),
      name: 'Inès Château-Laurent',
      email: 'ines@creme.example',
    },
  ]
  return { ...o, company: 'Crème de la Crème Pâtisserie', rounds: [first, o.rounds[0]!] }
}

const mounted = (o: Opportunity) =>
  mountedDetail(pinia, o, () => useCatchUpStore().ask(o.id, Date.now()))

const buttonNamed = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!

describe('asking once about the follow-ups of rounds logged late', () => {
  it('marks the ticked ones done, skips the rest, and plans nothing overdue', async () => {
    const o = lateRecord()
    const { board, host, unmount } = await mounted(o)
    const panel = host.querySelector<HTMLElement>('[data-testid="catch-up"]')!
    const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    const titles = [...panel.querySelectorAll('li')].map((li) => li.textContent!.trim())
    // Thank-yous, cards (in person) and LinkedIn requests for three people: nine, asked once.
    expect(titles.filter((t) => t.startsWith('Thank'))).toHaveLength(3)
    expect(boxes).toHaveLength(9)
    // The three emailed thank-yous went; the cards and LinkedIn requests did not.
    boxes.forEach((b, i) => {
      b.checked = titles[i]!.startsWith('Thank')
      b.dispatchEvent(new Event('change'))
    })
    buttonNamed(host, 'Save, skip the rest').click()
    await whenTrue(() => useCatchUpStore().askedAt(o.id) === null)
    await nextTick()
    expect(host.querySelector('[data-testid="catch-up"]')).toBeNull()
    const after = board.byId.get(o.id)!
    const states = Object.values(after.actions).map((s) => s.status)
    expect(states.filter((s) => s === 'done')).toHaveLength(3)
    expect(states.filter((s) => s === 'skipped')).toHaveLength(boxes.length - 3)
    // What marking done sends is logged, so the rules know each thank-you went.
    expect(after.messages.filter((m) => m.kind === 'thank-you')).toHaveLength(3)
    const overdue = usePlanStore()
      .actionsOf(after)
      .filter((a) => a.due === 'overdue')
    expect(overdue).toEqual([])
    expect(useAnnouncer().message).toBe('3 marked done; 6 skipped.')
    unmount()
  })

  it('asks nothing about an interview typed in the same day, before anything was due', async () => {
    const o = acme()
    o.rounds[0]!.date = '2026-03-11'
    o.rounds[0]!.time = '14:00'
    const { host, unmount } = await mounted(o)
    expect(host.querySelector('[data-testid="catch-up"]')).toBeNull()
    unmount()
  })

  it('leaves everything as it is when asked to, and does not ask again', async () => {
    const o = lateRecord()
    const { board, host, unmount } = await mounted(o)
    buttonNamed(host, 'Leave them as they are').click()
    await nextTick()
    expect(host.querySelector('[data-testid="catch-up"]')).toBeNull()
    expect(board.byId.get(o.id)!.actions).toEqual({})
    expect(useCatchUpStore().askedAt(o.id)).toBeNull()
    unmount()
  })
})
