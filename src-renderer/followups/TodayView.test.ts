import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick } from 'vue'
import { createPinia } from 'pinia'
import { acme, countingIds } from '@shared/domain/testData'
import type { Vault } from '../vault/vault'
import { createdVault } from '../../tests/support/rendererVault'
import { useSessionStore } from '../session/store'
import { useBoardStore } from '../interviews/store'
import TodayView from './TodayView.vue'
import { installFakeHost } from '../reminders/fakeHost'

beforeEach(() => {
  // Three months after the interviews: every follow-up of every record is overdue.
  vi.useFakeTimers({ now: Date.UTC(2026, 5, 3, 9), toFake: ['Date'] })
})
afterEach(() => vi.useRealTimers())

describe('Today with a long search behind it', () => {
  it('shows the most urgent actions first and the rest on request', async () => {
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
    // A screen reader hears "Company 0: Thank …", the dot being for the eyes only.
    const heading = overdue.querySelector('h3')!
    const heard = [...heading.querySelectorAll('*:not([aria-hidden="true"])')]
      .filter((el) => el.children.length === 0)
      .map((el) => el.textContent)
      .join('')
    expect(heard).toMatch(/^Company \d+ ?: $/)
    expect(heading.textContent).toMatch(/Company \d+ · : Thank /)

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

/** Today over `vault`, as the app shows it after unlocking: the board loaded from its session. */
async function mountToday(vault: Vault) {
  installFakeHost()
  const pinia = createPinia()
  useSessionStore(pinia).open(vault.records)
  const host = document.createElement('div')
  document.body.append(host)
  const app = createApp(TodayView).use(pinia)
  await useBoardStore(pinia).load()
  app.mount(host)
  await vi.waitFor(() => expect(host.querySelector('[role="status"]')).toBeNull())
  await nextTick()
  const nudge = () => host.querySelector('[aria-labelledby="today-nudge"]')
  const button = (name: string) =>
    [...nudge()!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name))!
  return { app, host, nudge, button }
}

describe('the keep-looking nudge on Today', () => {
  it('can be marked done, and stays done when the app opens again', async () => {
    const { vault } = await createdVault('today-nudge')
    await vault.records.put('opportunities', 'o-1', acme(countingIds('o')))
    const first = await mountToday(vault)
    expect(first.nudge()!.textContent).toContain('Keep applying elsewhere')
    expect(first.button('Skip')).toBeDefined()
    expect(first.button('Snooze…')).toBeDefined()
    first.button('Mark done').click()
    await vi.waitFor(() => expect(first.nudge()).toBeNull())
    first.app.unmount()

    const again = await mountToday(vault)
    expect(again.nudge()).toBeNull()
    again.app.unmount()
  })

  it('can be snoozed from its menu', async () => {
    const { vault } = await createdVault('today-snooze')
    await vault.records.put('opportunities', 'o-1', acme(countingIds('o')))
    const today = await mountToday(vault)
    today.button('Snooze…').click()
    await nextTick()
    today.button('For a week').click()
    await vi.waitFor(() => expect(today.nudge()).toBeNull())
    const saved = (await vault.records.get('pipeline', 'pipeline')) as { actions: object }
    expect(Object.values(saved.actions)).toMatchObject([{ status: 'snoozed' }])
    today.app.unmount()
  })
})
