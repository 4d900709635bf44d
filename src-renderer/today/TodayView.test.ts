import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick } from 'vue'
import { createPinia } from 'pinia'
import { acme, countingIds } from '@shared/board/testData'
import { memoryRecordStore, useRecordStore } from '../board/persistence'
import { useBoardStore } from '../board/store'
import TodayView from './TodayView.vue'
import { installFakeHost } from '../notify/fakeHost'

beforeEach(() => {
  // Three months after the interviews: every follow-up of every record is overdue.
  vi.useFakeTimers({ now: Date.UTC(2026, 5, 3, 9), toFake: ['Date'] })
})
afterEach(() => vi.useRealTimers())

describe('Today with a long search behind it', () => {
  it('shows the most urgent actions first and the rest on request', async () => {
    useRecordStore(memoryRecordStore())
    // Today's snooze and calendar controls talk to main: answer them as main would.
    installFakeHost()
    const pinia = createPinia()
    const host = document.createElement('div')
    document.body.append(host)
    const app = createApp(TodayView).use(pinia)
    const board = useBoardStore(pinia)
    const ids = countingIds('o')
    board.opportunities = Array.from({ length: 40 }, (_, i) => ({
      ...acme(ids),
      company: `Company ${i}`,
    }))
    app.mount(host)
    // Today is planned in slices: wait for the last one.
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')).toBeNull())
    await nextTick()
    const overdue = host.querySelector('[aria-labelledby="today-overdue"]')!
    const total = Number(/\((\d+)\)/.exec(overdue.querySelector('h2')!.textContent!)![1])
    expect(total).toBeGreaterThan(125)
    expect(overdue.querySelectorAll('[data-testid="action"]')).toHaveLength(25)

    const more = [...overdue.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('more of'),
    )!
    expect(more.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      `Show 100 more of ${total - 25} left`,
    )
    more.click()
    await nextTick()
    expect(overdue.querySelectorAll('[data-testid="action"]')).toHaveLength(125)
    app.unmount()
  })
})
