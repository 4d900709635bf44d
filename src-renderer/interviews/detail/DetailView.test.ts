import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick } from 'vue'
import { createPinia } from 'pinia'
import { acme, countingIds } from '@shared/domain/testData'
import { useBoardStore } from '../store'
import { useNavStore } from '../../shell/nav'
import { usePlanStore } from '../../followups/planStore'
import { installFakeHost } from '../../reminders/fakeHost'
import DetailView from './DetailView.vue'

beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 2, 3, 11), toFake: ['Date'] }))
afterEach(() => vi.useRealTimers())

describe('the detail view’s next steps', () => {
  it('says when a record cannot be planned, and plans the others as usual', async () => {
    installFakeHost()
    const pinia = createPinia()
    const board = useBoardStore(pinia)
    const ids = countingIds('o')
    const good = acme(ids)
    const broken = acme(ids)
    broken.rounds[0]!.time = '25:00'
    board.opportunities = [broken, good]
    const nav = useNavStore(pinia)
    nav.open(broken.id)
    const host = document.createElement('div')
    document.body.append(host)
    const app = createApp(DetailView).use(pinia)
    app.mount(host)
    await nextTick()
    expect(host.querySelector('[data-testid="plan-failed"]')).not.toBeNull()
    expect(host.querySelectorAll('.timeline [data-action-id]')).toHaveLength(0)

    nav.open(good.id)
    await nextTick()
    expect(host.querySelector('[data-testid="plan-failed"]')).toBeNull()
    expect(host.querySelectorAll('.timeline [data-action-id]').length).toBeGreaterThan(2)
    app.unmount()
  })

  it('opened at an action, puts that action in focus once it is drawn, and only once', async () => {
    installFakeHost()
    const pinia = createPinia()
    const board = useBoardStore(pinia)
    const record = acme(countingIds('o'))
    const nav = useNavStore(pinia)
    // A later action than the first, so focus on it is not focus by chance.
    const planned = usePlanStore(pinia).actionsWithDrafts(record)
    const wanted = planned[planned.length - 1]!
    expect(planned.length).toBeGreaterThan(2)
    // The request comes before the records are there, as a notification's click after unlock can.
    const host = document.createElement('div')
    document.body.append(host)
    const app = createApp(DetailView).use(pinia)
    app.mount(host)
    nav.open(record.id, wanted.id)
    await nextTick()
    expect(document.activeElement).toBe(document.body)

    board.opportunities = [record]
    await nextTick()
    expect(document.activeElement?.getAttribute('data-action-id')).toBe(wanted.id)
    expect(document.activeElement?.textContent).toContain(wanted.title)
    expect(nav.focusActionId).toBeNull()

    // Focus moved on by the user stays where they put it when the plan is drawn again.
    const heading = host.querySelector<HTMLElement>('h1')!
    heading.tabIndex = -1
    heading.focus()
    board.opportunities = [{ ...record, notes: 'Asked about the team.' }]
    await nextTick()
    expect(document.activeElement).toBe(heading)
    app.unmount()
    host.remove()
  })
})
