import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick } from 'vue'
import { createPinia } from 'pinia'
import { acme, countingIds } from '@shared/domain/testData'
import { useBoardStore } from '../store'
import { useNavStore } from '../../shell/nav'
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
})
